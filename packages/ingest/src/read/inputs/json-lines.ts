import { TextDecoder } from 'node:util';
import { InputError, type Article } from '@wiregraph/core';
import type { StoryContext } from '../build-article.js';
import { articleFromJsonLine } from '../formats/jsonl.js';
import type { ByteSource } from './byte-source.js';
import { decodeStrict, type TextEncoding } from './decode.js';

/** UTF-16 input re-encoded as UTF-8 chunks, so one line splitter serves both. */
async function* utf8Chunks(src: ByteSource, encoding: TextEncoding, bomLength: number): AsyncGenerator<Buffer> {
  if (encoding === 'utf-8') {
    let first = true;
    for await (const chunk of src.chunks()) {
      yield first && bomLength ? chunk.subarray(bomLength) : chunk;
      first = false;
    }
    return;
  }
  const decoder = new TextDecoder(encoding);
  for await (const chunk of src.chunks()) yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  yield Buffer.from(decoder.decode(), 'utf8');
}

/**
 * JSON Lines, one line at a time over the byte stream: memory holds one chunk and one line,
 * never the file. A line longer than `maxLineBytes` is dropped as it streams by (`too-large`)
 * instead of being buffered. Blank lines are passed over. Yields an Article or the
 * InputError of each line that cannot be read.
 */
export async function* readJsonLines(
  src: ByteSource,
  encoding: TextEncoding,
  bomLength: number,
  ctx: Omit<StoryContext, 'item' | 'line'>,
  maxLineBytes: number,
  onBytes: (n: number) => void,
): AsyncGenerator<Article | InputError> {
  let lineNo = 0;
  let pending: Buffer[] = [];
  let pendingLen = 0;
  let oversized = false;
  let records = 0;

  const tooLarge = (line: number) => {
    records++;
    return new InputError('too-large', `${ctx.file}:${line}: line above the limit of ${maxLineBytes} bytes`, ctx.file, { line });
  };

  const handle = (bytes: Buffer, line: number): Article | InputError | undefined => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    let start = 0;
    while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
    if (start === end) return undefined;
    records++;
    try {
      const text = decodeStrict(bytes.subarray(start, end), 'utf-8', ctx.file, line);
      return articleFromJsonLine(text, { ...ctx, line });
    } catch (err) {
      if (err instanceof InputError) return err;
      throw err;
    }
  };

  for await (const chunk of utf8Chunks(src, encoding, bomLength)) {
    onBytes(chunk.length);
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(0x0a, pos);
      if (nl < 0) {
        if (!oversized) {
          pending.push(chunk.subarray(pos));
          pendingLen += chunk.length - pos;
          if (pendingLen > maxLineBytes) [oversized, pending, pendingLen] = [true, [], 0];
        }
        break;
      }
      lineNo++;
      if (oversized || pendingLen + (nl - pos) > maxLineBytes) {
        yield tooLarge(lineNo);
      } else {
        const bytes = pending.length ? Buffer.concat([...pending, chunk.subarray(pos, nl)]) : chunk.subarray(pos, nl);
        const r = handle(bytes, lineNo);
        if (r) yield r;
      }
      [oversized, pending, pendingLen] = [false, [], 0];
      pos = nl + 1;
    }
  }
  if (oversized) yield tooLarge(lineNo + 1);
  else if (pendingLen > 0) {
    const r = handle(Buffer.concat(pending), lineNo + 1);
    if (r) yield r;
  }
  if (records === 0) yield new InputError('empty', `${ctx.file}: no JSON Lines records`, ctx.file);
}
