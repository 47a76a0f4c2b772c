import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corporaPath } from '../../../../scripts/test/corpora.js';
import { articleFromRecord } from '../../src/read/index.js';
import { readAll } from './helpers.js';

// The seed is a real agency story: it lives only in the outside corpora's corpus/dev, beside dev01–dev30.
const SEED_ARTICLES = corporaPath('corpus', 'dev', 'articles.jsonl');
const records = readFileSync(SEED_ARTICLES, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; title: string; text: string });

describe('the seed story (read in place from the outside corpora, never copied)', () => {
  it('reads with its date, ANI dateline, title and body', async () => {
    const { articles } = await readAll([SEED_ARTICLES]);
    const seed = articles.find((a) => a.id === 'seed')!;
    expect(seed.published).toBe('2026-02-01');
    expect(seed.dateline).toEqual({ place: 'Tokyo', country: 'JPN', agency: 'ANI' });
    expect(seed.source).toBe('ANI');
    expect(seed.title).toBe(records.find((r) => r.id === 'seed')!.title);
    expect(seed.body.startsWith('Japan and the United Kingdom have agreed')).toBe(true);
    expect(seed.body).not.toContain(' date 2026-02-01');
    expect(seed.body).not.toContain('(ANI):');
    expect(seed.format).toBe('jsonl');
    expect(seed.origin).toEqual({ file: SEED_ARTICLES, line: 1 });
  });

  it('reads the same from its text alone: date from the header, dateline parsed', () => {
    const text = records.find((r) => r.id === 'seed')!.text;
    const a = articleFromRecord({ text }, { file: 'seed.txt' });
    expect(a.published).toBe('2026-02-01');
    expect(a.dateline).toEqual({ place: 'Tokyo', country: 'JPN', agency: 'ANI' });
    expect(a.body.startsWith('Japan and the United Kingdom have agreed')).toBe(true);
    expect(a.id).toMatch(/^wg-[0-9a-f]{24}$/);
    expect(articleFromRecord({ text }, { file: 'elsewhere.txt' }).id).toBe(a.id);
  });
});
