import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../src/read/index.js';
import { fixture, readAll } from './helpers.js';

describe('JSON Lines', () => {
  it('reads the good records of a file and names the line and reason of each bad one', async () => {
    const file = fixture('jsonl', 'mixed.jsonl');
    const { articles, summary } = await readAll([file]);
    expect(articles.map((a) => a.id)).toEqual(['dev06', 'dev10', '42']);
    expect(summary.skipped.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 3, reason: 'malformed-json' },
      { line: 4, reason: 'invalid-record' },
      { line: 8, reason: 'empty' },
    ]);
    expect(summary.skipped.every((s) => s.file === file && s.message.startsWith(`${file}:${s.line}:`))).toBe(true);
    expect(summary.skippedByReason).toEqual({ 'malformed-json': 1, 'invalid-record': 1, empty: 1 });
  });

  it('reads a repeated id once and a repeated body under another id once, and counts both', async () => {
    const { summary } = await readAll([fixture('jsonl', 'mixed.jsonl')]);
    expect(summary.duplicates).toMatchObject({ total: 2, byId: 1, byBody: 1 });
    expect(summary.duplicates.items).toEqual([
      expect.objectContaining({ line: 6, id: 'dev06', kind: 'id', duplicateOf: 'dev06' }),
      expect.objectContaining({ line: 7, id: 'dev10-again', kind: 'body', duplicateOf: 'dev10' }),
    ]);
  });

  it('reads duplicates again when dedupe is off', async () => {
    const { articles, summary } = await readAll([fixture('jsonl', 'mixed.jsonl')], { dedupe: false });
    expect(articles.map((a) => a.id)).toEqual(['dev06', 'dev10', 'dev06', 'dev10-again', '42']);
    expect(summary.duplicates.total).toBe(0);
  });

  it('keeps a numeric id as its string, reads an RFC 822 date and keeps the url', async () => {
    const { articles } = await readAll([fixture('jsonl', 'mixed.jsonl')]);
    expect(articles[2]).toMatchObject({ id: '42', published: '2025-10-21T10:00:00+02:00', url: 'https://example.org/42', source: 'AP', dateline: { place: 'NEW DELHI', agency: 'AP' } });
  });

  it('reads a file with a UTF-8 byte-order mark and CRLF line endings', async () => {
    const { articles, summary } = await readAll([fixture('jsonl', 'bom-crlf.jsonl')]);
    expect(summary.skippedTotal).toBe(0);
    expect(articles.map((a) => [a.id, a.published, a.body])).toEqual([
      ['crlf-1', '2025-05-05', 'One story.'],
      ['crlf-2', '2025-05-06', 'Another story.'],
    ]);
  });

  it('decodes a UTF-16 file with a byte-order mark', async () => {
    const { articles } = await readAll([fixture('jsonl', 'utf16le-bom.jsonl')]);
    expect(articles.map((a) => a.body)).toEqual(['Zürich story one.', 'Story two é.']);
  });

  it('skips a line of invalid UTF-8 with its line and column and reads the others', async () => {
    const { articles, summary } = await readAll([fixture('jsonl', 'one-invalid-utf8-line.jsonl')]);
    expect(articles.map((a) => a.id)).toEqual(['ok-1', 'ok-2']);
    expect(summary.skipped).toEqual([expect.objectContaining({ line: 2, column: 42, reason: 'invalid-encoding' })]);
  });

  it('rejects a line above the story size limit with the reason and reads the next', async () => {
    const big = JSON.stringify({ id: 'big', date: '2026-01-01', text: 'x'.repeat(5000) });
    const { Readable } = await import('node:stream');
    const stdin = Readable.from([Buffer.from(`${big}\n{"id":"small","date":"2026-01-01","text":"Fits."}\n`)]);
    const { articles, summary } = await readAll(['-'], { stdin, maxStoryBytes: 1000 });
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(summary.skipped).toEqual([expect.objectContaining({ file: '-', line: 1, reason: 'too-large' })]);
  });

  it('rejects a story above the limit even when its line fits', async () => {
    const { Readable } = await import('node:stream');
    const stdin = Readable.from([Buffer.from(`${JSON.stringify({ id: 'a', text: 'é'.repeat(600) })}\n`)]);
    const { summary } = await readAll(['-'], { stdin, maxStoryBytes: 1000 });
    expect(summary.skipped).toEqual([expect.objectContaining({ line: 1, reason: 'too-large', message: expect.stringContaining('1200 bytes') })]);
  });

  it('reads a .json file holding an array of records, placing each by item index', async () => {
    const { articles } = await readAll([fixture('jsonl', 'records.json')]);
    expect(articles.map((a) => [a.id, a.origin?.item, a.format])).toEqual([
      ['arr-1', 1, 'jsonl'],
      ['arr-2', 2, 'jsonl'],
    ]);
  });

  it('articleFromRecord refuses a record without text, naming the file and line', () => {
    expect(() => articleFromRecord({ id: 'x' }, { file: 'f.jsonl', line: 9 })).toThrow(expect.objectContaining({ code: 'invalid-record', file: 'f.jsonl', place: { line: 9 } }));
  });
});
