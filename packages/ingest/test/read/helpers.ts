import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Article } from '@wiregraph/core';
import { DEV_CORPUS } from '../../../../scripts/test/corpora.js';
import { readArticles, type ReadOptions, type RunSummary } from '../../src/read/index.js';

/** The fixtures of these tests. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

/** The dev corpus (dev01–dev30) held in the repository. */
export const DEV_ARTICLES = DEV_CORPUS.articles;
export const DEV_GOLD = DEV_CORPUS.gold;

/** A fixed reference date, so datelines without a year resolve the same on every day. */
export const REFERENCE = new Date('2026-02-15T00:00:00Z');

export async function readAll(inputs: string[], options: ReadOptions = {}): Promise<{ articles: Article[]; summary: RunSummary }> {
  const run = readArticles(inputs, { referenceDate: REFERENCE, ...options });
  const articles: Article[] = [];
  for await (const a of run) articles.push(a);
  return { articles, summary: run.summary() };
}
