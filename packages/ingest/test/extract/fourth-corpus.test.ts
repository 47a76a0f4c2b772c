import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Triple } from '@wiregraph/core';
import { readArticles } from '../../src/read/index.js';
import { extractTriples } from '../../src/extract/index.js';
import { readTriplesFile, scoreTriples } from '../../src/eval/index.js';

// Twelve team-written stories, blind when first scored (F1 0.789 on main, 0.818 on the first
// quality branch); since the pass that followed they are a development set (see
// fixtures/fourth-corpus/README.md).
const DIR = new URL('./fixtures/fourth-corpus/', import.meta.url);

let predicted: Triple[] = [];

beforeAll(async () => {
  const articles: Article[] = [];
  for await (const a of readArticles([new URL('articles.jsonl', DIR).pathname])) articles.push(a);
  expect(articles).toHaveLength(12);
  predicted = articles.flatMap((a) => extractTriples(a));
}, 120_000);

describe('the fourth corpus quality level', () => {
  // Pinned a little below the level reached (P 0.968, R 0.935, F1 0.951; MET 0.871, VISITED
  // 0.918, HOLDS_OFFICE 0.960, COOPERATES_WITH 0.968, COOPERATES_ON 0.983; dates 0.967), so that
  // a regression fails but an unrelated one-triple change does not.
  it('keeps F1 ≥ 0.93 with precision ≥ 0.95 overall, F1 ≥ 0.85 per predicate and dates ≥ 0.94', () => {
    const r = scoreTriples(readTriplesFile(new URL('gold.jsonl', DIR).pathname), predicted);
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.93);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.95);
    for (const [pred, f] of Object.entries(r.byPredicate)) expect(f.f1, pred).toBeGreaterThanOrEqual(0.85);
    expect(r.dateAccuracy.accuracy).toBeGreaterThanOrEqual(0.94);
  });
});
