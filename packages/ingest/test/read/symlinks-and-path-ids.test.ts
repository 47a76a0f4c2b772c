import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '@wiregraph/core';
import { readArticles, type ReadOptions } from '../../src/read/index.js';

async function read(inputs: string[], options: ReadOptions = {}) {
  const run = readArticles(inputs, options);
  const articles: Article[] = [];
  for await (const a of run) articles.push(a);
  return { articles, summary: run.summary() };
}

const STORY = 'The foreign ministers met in the capital on 2 June 2022 and agreed to meet again.\n';

describe('symbolic links in input folders', () => {
  it('walks a folder with two links back to its parent once, reporting the loop, when links are followed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wg-loop-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'story.txt'), STORY);
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('..', join(root, 'sub', 'up-again'));
    const { articles, summary } = await read([root], { followSymlinks: true });
    expect(articles).toHaveLength(1);
    expect(summary.skippedByReason['symlink-loop']).toBe(2);
    expect(summary.skipped.map((s) => s.message)).toEqual([expect.stringContaining('a symbolic link leads back to'), expect.stringContaining('a symbolic link leads back to')]);
  }, 10_000);

  it('does not read a link to a file outside the folder (or any link) unless asked, and says so', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'wg-outside-'));
    const secret = join(outside, 'secret.txt');
    writeFileSync(secret, 'SECRET-OUTSIDE-THE-FOLDER said the minister on 2 June 2022.\n');
    const root = mkdtempSync(join(tmpdir(), 'wg-links-'));
    writeFileSync(join(root, 'story.txt'), STORY);
    symlinkSync(secret, join(root, 'passwd.txt'));
    symlinkSync('..', join(root, 'loop'));
    const { articles, summary } = await read([root]);
    expect(articles.map((a) => a.origin?.file)).toEqual([join(root, 'story.txt')]);
    expect(JSON.stringify(articles)).not.toContain('SECRET-OUTSIDE');
    expect(summary.skippedTotal).toBe(0);
    expect(summary.warnings.items.map((w) => [w.code, w.file])).toEqual([
      ['symlink-not-followed', join(root, 'loop')],
      ['symlink-not-followed', join(root, 'passwd.txt')],
    ]);
    // Named on the command line, a link is read: the user asked for it.
    expect((await read([join(root, 'passwd.txt')])).articles).toHaveLength(1);
  });
});

describe('ids of stories without a wire id in a watched folder', () => {
  it('come from the path, so a story corrected in place keeps its id; elsewhere from the content', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wg-path-id-'));
    const file = join(root, 'desk', 'story.txt');
    mkdirSync(join(root, 'desk'));
    writeFileSync(file, 'The prime ministers met in Rome on 2 June 2022.\n');
    const first = (await read([file], { idRoot: root })).articles[0]!;
    writeFileSync(file, 'The prime ministers met in Milan on 2 June 2022, a correction says.\n');
    const corrected = (await read([file], { idRoot: root })).articles[0]!;
    expect(corrected.id).toBe(first.id);
    expect(corrected.body).toContain('Milan');
    // Outside a watched folder the id stays the content hash the README describes.
    const plain = (await read([file])).articles[0]!;
    expect(plain.id).not.toBe(first.id);
    expect(plain.id).toMatch(/^wg-[0-9a-f]{24}$/);
  });

  it('keep a wire id where the format has one, and tell the lines of a JSON Lines file apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wg-path-id-'));
    const file = join(root, 'wire.jsonl');
    writeFileSync(file, [{ id: 'wire-7', date: '2024-01-02', text: 'The ministers met in Rome.' }, { date: '2024-01-02', text: 'The ministers met in Oslo.' }, { date: '2024-01-02', text: 'The ministers met in Lima.' }].map((r) => JSON.stringify(r)).join('\n'));
    const ids = (await read([file], { idRoot: root })).articles.map((a) => a.id);
    expect(ids[0]).toBe('wire-7');
    expect(new Set(ids).size).toBe(3);
  });
});
