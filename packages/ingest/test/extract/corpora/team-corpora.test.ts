import { describe, expect, it } from 'vitest';
import type { Article, Triple } from '@wiregraph/core';
import { readArticles } from '../../../src/read/index.js';
import { extractTriples } from '../../../src/extract/index.js';
import { readTriplesFile, scoreTriples } from '../../../src/eval/index.js';

/**
 * The team-written corpora beside the dev corpus (each folder's README says what its stories
 * exercise and what they scored blind). The second holds the quality bar; the third,
 * fourth and fifth were blind when first scored and are development sets since the passes that followed,
 * so their levels are pinned a little below what was reached: a regression fails, an unrelated
 * one-triple change does not.
 */
interface CorpusBar {
  name: string;
  stories: number;
  f1: number;
  precision: number;
  perPredicateF1: number;
  dates?: number;
}

const CORPORA: CorpusBar[] = [
  // reached P 0.996 R 0.958 F1 0.977
  { name: 'second', stories: 20, f1: 0.9, precision: 0.92, perPredicateF1: 0.85 },
  // reached P 0.994 R 0.991 F1 0.992, every predicate ≥ 0.985, dates 0.997
  { name: 'third', stories: 16, f1: 0.97, precision: 0.97, perPredicateF1: 0.95, dates: 0.96 },
  // reached P 0.968 R 0.935 F1 0.951, every predicate ≥ 0.871, dates 0.967
  { name: 'fourth', stories: 12, f1: 0.93, precision: 0.95, perPredicateF1: 0.85, dates: 0.94 },
  // blind F1 0.804; reached P 1.000 R 0.994 F1 0.997, every predicate ≥ 0.987, dates 0.968
  { name: 'fifth', stories: 14, f1: 0.97, precision: 0.97, perPredicateF1: 0.95, dates: 0.94 },
];

const dirOf = (name: string) => new URL(`../fixtures/${name}-corpus/`, import.meta.url);

async function extractCorpus(name: string): Promise<{ articles: Article[]; predicted: Triple[]; gold: Triple[] }> {
  const dir = dirOf(name);
  const articles: Article[] = [];
  for await (const a of readArticles([new URL('articles.jsonl', dir).pathname])) articles.push(a);
  return { articles, predicted: articles.flatMap((a) => extractTriples(a)), gold: readTriplesFile(new URL('gold.jsonl', dir).pathname) };
}

describe.each(CORPORA)('the $name corpus', (bar) => {
  const dates = bar.dates === undefined ? '' : ` and dates ≥ ${bar.dates}`;
  it(`keeps F1 ≥ ${bar.f1} with precision ≥ ${bar.precision} overall, F1 ≥ ${bar.perPredicateF1} per predicate${dates}`, async () => {
    const { articles, predicted, gold } = await extractCorpus(bar.name);
    expect(articles).toHaveLength(bar.stories);
    const r = scoreTriples(gold, predicted);
    expect(r.overall.f1).toBeGreaterThanOrEqual(bar.f1);
    expect(r.overall.precision).toBeGreaterThanOrEqual(bar.precision);
    for (const [pred, f] of Object.entries(r.byPredicate)) expect(f.f1, pred).toBeGreaterThanOrEqual(bar.perPredicateF1);
    if (bar.dates !== undefined) expect(r.dateAccuracy.accuracy).toBeGreaterThanOrEqual(bar.dates);
  }, 120_000);
});

describe('the second corpus distractors', () => {
  it('give no triple', async () => {
    const { predicted, gold } = await extractCorpus('second');
    const withTriples = new Set(predicted.map((t) => t.article));
    const inGold = new Set(gold.map((t) => t.article));
    const distractors = Array.from({ length: 20 }, (_, i) => `ho${String(i + 1).padStart(2, '0')}`).filter((id) => !inGold.has(id));
    expect(distractors).toHaveLength(3);
    for (const id of distractors) expect(withTriples.has(id), id).toBe(false);
  }, 120_000);
});
