import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Triple } from '@wiregraph/core';
import { readArticles } from '../../src/read/index.js';
import { extractTriples } from '../../src/extract/index.js';
import { readTriplesFile, scoreTriples } from '../../src/eval/index.js';

// The shared dev corpus is read in place (../shared is beside the repository); the seed story
// is never copied into the project.
const DEV = new URL('../../../../../shared/corpus/dev/', import.meta.url);
const ARTICLES = new URL('articles.jsonl', DEV).pathname;
const GOLD = new URL('gold.jsonl', DEV).pathname;

let articles: Article[] = [];
let predicted: Triple[] = [];

beforeAll(async () => {
  if (!existsSync(ARTICLES)) throw new Error(`dev corpus not found at ${ARTICLES}`);
  for await (const a of readArticles([ARTICLES])) articles.push(a);
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

describe('the dev corpus quality bar', () => {
  it('reaches F1 ≥ 0.90 with precision ≥ 0.92 overall and F1 ≥ 0.85 per predicate', () => {
    const r = scoreTriples(readTriplesFile(GOLD), predicted);
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.92);
    for (const [pred, f] of Object.entries(r.byPredicate)) expect(f.f1, pred).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the distractor stories no triples', () => {
    for (const id of ['dev08', 'dev12', 'dev21']) expect(predicted.filter((t) => t.article === id), id).toEqual([]);
  });

  it('gives one triple per fact per article', () => {
    const keys = predicted.map((t) => [t.article, t.predicate, ...[t.subject.key, t.object.key].sort()].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
