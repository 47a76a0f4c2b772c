import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_STORY_BYTES, SUPPORTED_FORMATS_TEXT } from '../../src/read/index.js';
import { fixture, readAll } from './helpers.js';

const bad = (name: string) => fixture('bad', name);

describe('bad input: a clear reason, and the batch goes on', () => {
  it.each(['empty.txt', 'blank.txt', 'header-only.txt'])('skips a story with no text (%s) as empty', async (name) => {
    const { articles, summary } = await readAll([bad(name)]);
    expect(articles).toEqual([]);
    expect(summary.skipped).toEqual([expect.objectContaining({ file: bad(name), reason: 'empty' })]);
  });

  it.each([
    ['feed.xml', ''],
    ['lines.jsonl', '\n  \n\n'],
  ])('skips an empty %s as empty', async (name, content) => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-empty-'));
    writeFileSync(join(dir, name), content);
    const { summary } = await readAll([dir]);
    expect(summary.skipped).toEqual([expect.objectContaining({ file: join(dir, name), reason: 'empty' })]);
  });

  it.each(['picture.txt', 'nul-bytes.jsonl'])('skips a binary file (%s) and lists the supported formats', async (name) => {
    const { summary } = await readAll([bad(name)]);
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'binary', message: expect.stringContaining(SUPPORTED_FORMATS_TEXT) })]);
  });

  it('refuses a file in no supported format and lists the supported ones', async () => {
    const { summary } = await readAll([bad('stories.csv'), bad('unknown-root.xml')]);
    expect(summary.skipped.map((s) => s.reason)).toEqual(['unsupported-format', 'unsupported-format']);
    expect(summary.skipped[0]!.message).toContain('supported formats: plain text (.txt), JSON Lines');
    expect(summary.skipped[1]!.message).toContain('root <html>');
  });

  it('refuses invalid UTF-8 with the line and column of the first bad byte', async () => {
    const { summary } = await readAll([bad('latin1.txt')]);
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'invalid-encoding', line: 4, column: 8 })]);
    expect(summary.skipped[0]!.message).toMatch(/latin1\.txt:4:8: invalid UTF-8 \(byte 0xe1/);
  });

  it('names the file, line and column of malformed XML', async () => {
    const { summary } = await readAll([bad('malformed.nitf')]);
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'malformed-xml', line: 6, column: 51 })]);
    expect(summary.skipped[0]!.message).toContain(`${bad('malformed.nitf')}:6:51: malformed XML`);
  });

  it(`rejects a story file above the default limit of ${DEFAULT_MAX_STORY_BYTES} bytes with the reason`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-big-'));
    writeFileSync(join(dir, 'big.txt'), 'Words and more words. '.repeat(Math.ceil((DEFAULT_MAX_STORY_BYTES + 4096) / 22)));
    writeFileSync(join(dir, 'small.txt'), 'A small story.');
    const { articles, summary } = await readAll([dir]);
    expect(articles.map((a) => a.body)).toEqual(['A small story.']);
    expect(summary.skipped).toEqual([expect.objectContaining({ file: join(dir, 'big.txt'), reason: 'too-large', message: expect.stringContaining('above the limit') })]);
  });

  it('rejects an oversized item inside a feed and reads the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-bigitem-'));
    const file = join(dir, 'feed.rss');
    writeFileSync(file, `<rss><channel><title>T</title><item><guid>big</guid><description>${'x'.repeat(3000)}</description></item><item><guid>ok</guid><description>Fine.</description></item></channel></rss>`);
    const { articles, summary } = await readAll([file], { maxStoryBytes: 1000 });
    expect(articles.map((a) => a.id)).toEqual(['ok']);
    expect(summary.skipped).toEqual([expect.objectContaining({ item: 1, reason: 'too-large' })]);
  });

  it('reads every good story of a batch full of bad files and counts each bad one by reason', async () => {
    const { articles, summary } = await readAll([fixture('bad'), fixture('text', 'dev19-xinhua.txt'), 'no/such/file.txt']);
    expect(articles).toHaveLength(1);
    expect(summary.read).toBe(1);
    expect(summary.skippedTotal).toBe(12);
    expect(summary.skippedByReason).toEqual({
      'unsafe-xml': 2,
      empty: 3,
      'invalid-encoding': 1,
      'malformed-xml': 1,
      binary: 2,
      'unsupported-format': 2,
      'not-found': 1,
    });
    expect(summary.skipped.every((s) => s.file && s.message.includes(s.file))).toBe(true);
  });
});
