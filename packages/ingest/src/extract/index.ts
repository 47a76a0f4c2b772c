// Extraction: Articles in, triples (shared/spec/TRIPLES.md) out.
import type { Article, Triple } from '@wiregraph/core';
import { extractFromArticle } from './internal/story.js';
import { guardPeople } from './person-guard.js';

export { guardPeople, fusedKeys } from './person-guard.js';
export { extractInWorkers, extractArticlesInWorkers, type ArticleTriples, type WorkerOptions } from './workers.js';

/** The triples one article asserts, each with evidence, date, confidence, sentence, offsets and rule id. */
export function extractTriples(article: Article): Triple[] {
  return guardPeople(extractFromArticle(article));
}

/** Streams triples from a stream of articles, one article at a time (memory stays flat). */
export async function* extractStream(articles: AsyncIterable<Article> | Iterable<Article>): AsyncGenerator<Triple> {
  for await (const a of articles) yield* extractTriples(a);
}
