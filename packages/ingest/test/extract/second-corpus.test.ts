import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Triple } from '@wiregraph/core';
import { readArticles } from '../../src/read/index.js';
import { extractTriples } from '../../src/extract/index.js';
import { readTriplesFile, scoreTriples } from '../../src/eval/index.js';

// Twenty team-written stories unlike the dev corpus in phrasing (see fixtures/second-corpus/README.md).
const DIR = new URL('./fixtures/second-corpus/', import.meta.url);

let predicted: Triple[] = [];

beforeAll(async () => {
  const articles: Article[] = [];
  for await (const a of readArticles([new URL('articles.jsonl', DIR).pathname])) articles.push(a);
  expect(articles).toHaveLength(20);
  predicted = articles.flatMap((a) => extractTriples(a));
}, 120_000);

describe('the second corpus quality bar', () => {
  it('reaches F1 ≥ 0.90 with precision ≥ 0.92 overall and F1 ≥ 0.85 per predicate', () => {
    const r = scoreTriples(readTriplesFile(new URL('gold.jsonl', DIR).pathname), predicted);
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.92);
    for (const [pred, f] of Object.entries(r.byPredicate)) expect(f.f1, pred).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the distractors no triple', () => {
    const withTriples = new Set(predicted.map((t) => t.article));
    const gold = new Set(readTriplesFile(new URL('gold.jsonl', DIR).pathname).map((t) => t.article));
    const distractors = Array.from({ length: 20 }, (_, i) => `ho${String(i + 1).padStart(2, '0')}`).filter((id) => !gold.has(id));
    expect(distractors).toHaveLength(3);
    for (const id of distractors) expect(withTriples.has(id), id).toBe(false);
  });
});
