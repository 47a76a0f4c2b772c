import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Triple } from '@wiregraph/core';
import { corporaPath } from '../../../../../scripts/test/corpora.js';
import { readArticles } from '../../../src/read/index.js';
import { extractTriples } from '../../../src/extract/index.js';

// The seed is a real agency story: read in place from the outside corpora, never copied.
const ARTICLES = corporaPath('corpus', 'dev', 'articles.jsonl');

let articles: Article[] = [];
let predicted: Triple[] = [];

beforeAll(async () => {
  for await (const a of readArticles([ARTICLES])) if (a.id === 'seed') articles.push(a);
  predicted = articles.flatMap((a) => extractTriples(a));
}, 120_000);

describe('the seed story', () => {
  const seed = () => predicted.filter((t) => t.article === 'seed');
  const has = (p: string, s: string, o: string) => seed().find((t) => t.predicate === p && ((t.subject.key === s && t.object.key === o) || ((p === 'MET' || p === 'COOPERATES_WITH') && t.subject.key === o && t.object.key === s)));

  it('gives Keir Starmer MET Sanae Takaichi on Saturday 2026-01-31', () => {
    expect(has('MET', 'keir starmer', 'sanae takaichi')?.date).toBe('2026-01-31');
  });

  it('gives both leaders HOLDS_OFFICE Prime Minister', () => {
    expect(has('HOLDS_OFFICE', 'keir starmer', 'GBR')?.title).toBe('Prime Minister');
    expect(has('HOLDS_OFFICE', 'sanae takaichi', 'JPN')?.title).toBe('Prime Minister');
  });

  it('gives Japan and the UK cooperating, on the sectors the story names', () => {
    expect(has('COOPERATES_WITH', 'JPN', 'GBR')).toBeDefined();
    for (const sector of ['defence', 'cybersecurity', 'economic-security', 'supply-chains', 'critical-minerals', 'energy', 'renewable-energy', 'nuclear-energy', 'technology', 'trade']) {
      expect(has('COOPERATES_ON', 'JPN', sector), `JPN ${sector}`).toBeDefined();
      expect(has('COOPERATES_ON', 'GBR', sector), `GBR ${sector}`).toBeDefined();
    }
    expect(has('COOPERATES_ON', 'JPN', 'defence')?.partners).toContain('GBR');
  });

  it('quotes a whole sentence of the story as evidence, never the header or dateline', () => {
    const text = articles.find((a) => a.id === 'seed')!.body;
    for (const t of seed()) {
      expect(text.includes(t.evidence)).toBe(true);
      expect(t.evidence).not.toMatch(/^\s*date \d{4}|\(ANI\):/);
    }
  });
});
