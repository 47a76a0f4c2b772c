import { TextDecoder } from 'node:util';
import { InputError } from '@wiregraph/core';
import { SUPPORTED_FORMATS_TEXT } from '../skip-reasons.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte-order mark names (UTF-8 without one); UTF-16 is only recognised with its BOM. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP (docx, xlsx, …)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
];

/**
 * Throws `binary` if the start of a UTF-8 file is not text: a known binary signature, a NUL
 * byte, or many control characters. UTF-16 (with a BOM) is text by definition.
 */
export function assertText(head: Uint8Array, encoding: TextEncoding, file: string): void {
  if (encoding !== 'utf-8') return;
  for (const [kind, sig] of MAGIC) {
    if (sig.every((b, i) => head[i] === b)) {
      throw new InputError('binary', `${file}: a binary file (${kind}), not a story; supported formats: ${SUPPORTED_FORMATS_TEXT}`, file);
    }
  }
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) throw new InputError('binary', `${file}: a binary file (NUL byte at offset ${i}), not a story; supported formats: ${SUPPORTED_FORMATS_TEXT}`, file);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (n > 0 && control / n > 0.05) {
    throw new InputError('binary', `${file}: a binary file (control bytes), not a story; supported formats: ${SUPPORTED_FORMATS_TEXT}`, file);
  }
}

/** Offset of the first byte that breaks UTF-8, or -1 if the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const decoders: Record<TextEncoding, TextDecoder> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/**
 * Decodes bytes (BOM already removed) strictly: invalid UTF-8 is an `invalid-encoding` error
 * naming the line and column of the first bad byte, never silently replaced, because a
 * replaced character would corrupt the names extraction keys on.
 */
export function decodeStrict(bytes: Uint8Array, encoding: TextEncoding, file: string, firstLine = 1): string {
  try {
    return decoders[encoding].decode(bytes);
  } catch (err) {
    if (encoding !== 'utf-8') {
      throw new InputError('invalid-encoding', `${file}: invalid ${encoding.toUpperCase()} text`, file, {}, { cause: err });
    }
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let line = firstLine;
    let lineStart = 0;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
    const column = decoders['utf-8'].decode(bytes.subarray(lineStart, lineStart + firstValidPrefix(bytes.subarray(lineStart, at)))).length + 1;
    throw new InputError(
      'invalid-encoding',
      `${file}:${line}:${column}: invalid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at}); save the file as UTF-8`,
      file,
      { line, column },
      { cause: err },
    );
  }
}

function firstValidPrefix(bytes: Uint8Array): number {
  const bad = firstInvalidUtf8(bytes);
  return bad < 0 ? bytes.length : bad;
}
