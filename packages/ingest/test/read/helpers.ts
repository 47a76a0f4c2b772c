import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Article } from '@wiregraph/core';
import { readArticles, type ReadOptions, type RunSummary } from '../../src/read/index.js';

/** The fixtures of these tests. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

/** The repository root, and the shared read-only folder beside it (../shared from the repo). */
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const SHARED = join(REPO, '..', 'shared');
export const DEV_ARTICLES = join(SHARED, 'corpus', 'dev', 'articles.jsonl');
export const DEV_GOLD = join(SHARED, 'corpus', 'dev', 'gold.jsonl');
export const IPTC_SAMPLE = join(SHARED, 'conformance', 'iptc', 'LISTING_22_Sports_story_in_NewsML-G2NITF.xml');

/** A fixed reference date, so datelines without a year resolve the same on every day. */
export const REFERENCE = new Date('2026-02-15T00:00:00Z');

export async function readAll(inputs: string[], options: ReadOptions = {}): Promise<{ articles: Article[]; summary: RunSummary }> {
  const run = readArticles(inputs, { referenceDate: REFERENCE, ...options });
  const articles: Article[] = [];
  for await (const a of run) articles.push(a);
  return { articles, summary: run.summary() };
}
