import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@wiregraph/core';
import { readArticles, readStories } from '../../src/read/index.js';
import { DEV_ARTICLES, fixture, readAll, REFERENCE } from './helpers.js';

describe('inputs: directories, globs, several paths and standard input', () => {
  it('walks a directory recursively in name order, passing over dot files', async () => {
    const { articles, summary } = await readAll([fixture('tree')]);
    expect(articles.map((a) => [a.format, a.origin?.file])).toEqual([
      ['text', fixture('tree', 'a-xinhua.txt')],
      ['rss', fixture('tree', 'sub', 'feed.rss')],
      ['rss', fixture('tree', 'sub', 'feed.rss')],
      ['rss', fixture('tree', 'sub', 'feed.rss')],
      ['nitf', fixture('tree', 'sub', 'story.nitf')],
    ]);
    expect(summary.files).toBe(3);
    expect(summary.skippedTotal).toBe(0);
  });

  it('expands a glob', async () => {
    const { articles } = await readAll([fixture('tree', '**', '*.{nitf,txt}')]);
    expect(articles.map((a) => a.format)).toEqual(['text', 'nitf']);
  });

  it('reports a glob that matches nothing and a missing path as not-found', async () => {
    const { summary } = await readAll([fixture('tree', '*.nothing'), fixture('missing.txt')]);
    expect(summary.skipped.map((s) => s.reason)).toEqual(['not-found', 'not-found']);
  });

  it('reads several paths of different formats in one run', async () => {
    const { articles } = await readAll([fixture('atom'), fixture('nitf', 'kyodo-style.nitf'), DEV_ARTICLES]);
    expect(articles).toHaveLength(3 + 1 + 30);
  });

  it('reads a plain story from standard input, sniffing the format', async () => {
    const stdin = Readable.from([Buffer.from(' date 2026-02-01 LONDON, Feb 1 (Reuters) - Britain and Ireland '), Buffer.from('agreed on energy.\n')]);
    const { articles } = await readAll(['-'], { stdin });
    expect(articles[0]).toMatchObject({ published: '2026-02-01', format: 'text', body: 'Britain and Ireland agreed on energy.', origin: { file: '-' } });
  });

  it('reads JSON Lines and XML from standard input', async () => {
    const jsonl = Readable.from([Buffer.from('{"id":"s1","date":"2026-01-01","text":"One."}\n{"id":"s2","date":"2026-01-02","text":"Two."}\n')]);
    expect((await readAll(['-'], { stdin: jsonl })).articles.map((a) => a.id)).toEqual(['s1', 's2']);
    const xml = Readable.from([Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"><title>S</title><entry><id>e1</id><updated>2026-01-03T00:00:00Z</updated><content>Three.</content></entry></feed>')]);
    expect((await readAll(['-'], { stdin: xml })).articles.map((a) => [a.id, a.format])).toEqual([['e1', 'atom']]);
  });
});

describe('streaming and the run summary', () => {
  it('reads lazily: taking the first story of a large file reads only its first chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-lazy-'));
    const file = join(dir, 'many.jsonl');
    const line = JSON.stringify({ id: 'x', date: '2026-01-01', text: 'A line of story text. '.repeat(40) });
    writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => line.replace('"x"', `"s${i}"`)).join('\n'));
    const run = readArticles([file], { referenceDate: REFERENCE });
    for await (const a of run) {
      expect(a.id).toBe('s0');
      break;
    }
    expect(run.summary().read).toBe(1);
    expect(run.summary().bytes).toBeLessThan(statSync(file).size / 4);
  });

  it('logs one structured warning per skipped item', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (l) => lines.push(l) });
    const run = readStories([fixture('jsonl', 'mixed.jsonl')], { logger, referenceDate: REFERENCE });
    for await (const _ of run.articles);
    const logged = lines.map((l) => JSON.parse(l) as { level: string; msg: string; reason: string; line: number });
    expect(logged.map((l) => [l.level, l.msg, l.reason, l.line])).toEqual([
      ['warn', 'story skipped', 'malformed-json', 3],
      ['warn', 'story skipped', 'invalid-record', 4],
      ['warn', 'story skipped', 'empty', 8],
    ]);
  });

  it('lists at most maxListed skipped items but counts them all', async () => {
    const stdin = Readable.from([Buffer.from('{not json\n'.repeat(50))]);
    const { summary } = await readAll(['-'], { stdin, maxListed: 5 });
    expect(summary.skipped).toHaveLength(5);
    expect(summary.skippedTotal).toBe(50);
    expect(summary.skippedByReason).toEqual({ 'malformed-json': 50 });
  });

  it('counts duplicates across files of one run', async () => {
    const { articles, summary } = await readAll([fixture('tree', 'sub', 'feed.rss'), fixture('rss', 'world-desk.rss')]);
    expect(articles).toHaveLength(3);
    expect(summary.duplicates).toMatchObject({ total: 3, byId: 3 });
  });
});
