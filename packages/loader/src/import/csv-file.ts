import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { InputError } from '@wiregraph/core';

/**
 * One CSV file for neo4j-admin, written as a stream (memory stays flat however many rows).
 * Strings are always quoted (so "" is an empty string and an empty field a null, which the
 * importer does not store, as the loader does not store a null); arrays are joined with
 * ARRAY_DELIMITER, a control character no name or id contains.
 */

/** U+001F, the unit separator: passed to neo4j-admin as --array-delimiter. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type CsvValue = string | number | readonly string[] | null | undefined;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return quote(value);
  // An empty list cannot be written (the importer reads it as null): the fix-up pass sets it.
  if (value.length === 0) return '';
  for (const v of value) {
    if (v.includes(ARRAY_DELIMITER)) throw new InputError('BAD_VALUE', `a list value contains U+001F, which the importer uses between list items: ${JSON.stringify(v)}`, '<import>');
  }
  return quote(value.join(ARRAY_DELIMITER));
}

export function csvRow(values: readonly CsvValue[]): string {
  let line = csvField(values[0]);
  for (let i = 1; i < values.length; i++) line += ',' + csvField(values[i]);
  return line;
}

/**
 * Lines into a writable stream (a file, or a sort's input), gathered into ~1 MB writes. A line
 * costs a string append; only a full chunk is handed to the stream, and only a stream that is
 * backed up makes the caller wait: millions of rows go by without a promise each.
 */
export class LineSink {
  lines = 0;
  private readonly out: Writable;
  private chunk = '';

  constructor(out: Writable) {
    this.out = out;
  }

  /** Adds a line; returns a promise only when the caller must wait for the stream to drain. */
  write(line: string): Promise<void> | undefined {
    this.chunk += line + '\n';
    this.lines++;
    return this.chunk.length >= CHUNK_CHARS ? this.flush() : undefined;
  }

  /** Adds `count` lines at once: `text` is those lines, each ending in a line break. */
  writeBlock(text: string, count: number): Promise<void> | undefined {
    this.chunk += text;
    this.lines += count;
    return this.chunk.length >= CHUNK_CHARS ? this.flush() : undefined;
  }

  private flush(): Promise<void> | undefined {
    if (this.chunk === '') return undefined;
    const ready = this.out.write(this.chunk);
    this.chunk = '';
    return ready ? undefined : once(this.out, 'drain').then(() => undefined);
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    if (!this.out.writableFinished) await once(this.out, 'finish');
  }
}

const CHUNK_CHARS = 1 << 20;

/** A text file written line by line as a stream. */
export class LineFile extends LineSink {
  readonly path: string;

  constructor(path: string) {
    super(createWriteStream(path, { encoding: 'utf8', highWaterMark: CHUNK_CHARS }));
    this.path = path;
  }
}

export class CsvFile {
  readonly header: readonly string[];
  rows = 0;
  /** Whether a value holds a line break: the file is then passed as --multiline-fields. */
  multiline = false;
  private readonly file: LineFile;

  constructor(path: string, header: readonly string[]) {
    this.header = header;
    this.file = new LineFile(path);
    void this.file.write(header.join(','));
  }

  get path(): string {
    return this.file.path;
  }

  /** A row: `values`, then `renderedTail` when given (fields already rendered with csvRow, see claimLine). */
  write(values: readonly CsvValue[], renderedTail?: string): Promise<void> | undefined {
    let line = csvRow(values);
    if (renderedTail !== undefined) line += ',' + renderedTail;
    if (!this.multiline && /[\r\n]/.test(line)) this.multiline = true;
    this.rows++;
    return this.file.write(line);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
