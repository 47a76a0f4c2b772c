import { createWriteStream, type WriteStream } from 'node:fs';
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

/** A text file written line by line as a stream; lines are joined into ~64 kB writes. */
export class LineFile {
  readonly path: string;
  lines = 0;
  private readonly out: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;

  constructor(path: string) {
    this.path = path;
    this.out = createWriteStream(path, { encoding: 'utf8' });
  }

  /** Adds a line; resolves at once unless the stream asks to wait (then after it drains). */
  async write(line: string): Promise<void> {
    this.buffer.push(line + '\n');
    this.bufferedChars += line.length + 1;
    this.lines++;
    if (this.bufferedChars >= 65_536) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
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

  write(values: readonly CsvValue[]): Promise<void> {
    const line = values.map(csvField).join(',');
    if (!this.multiline && /[\r\n]/.test(line)) this.multiline = true;
    this.rows++;
    return this.file.write(line);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
