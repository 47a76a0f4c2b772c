// Extraction: Articles in, triples (docs/triples.md) out.
import type { Article, Triple } from '@wiregraph/core';
import { extractFromArticle } from './internal/story.js';

export { extractInWorkers, extractArticlesInWorkers, type ArticleTriples, type WorkerOptions } from './workers.js';

/** The triples one article asserts, each with evidence, date, confidence, sentence, offsets and rule id. */
export function extractTriples(article: Article): Triple[] {
  return extractFromArticle(article);
}

/** Streams triples from a stream of articles, one article at a time (memory stays flat). */
export async function* extractStream(articles: AsyncIterable<Article> | Iterable<Article>): AsyncGenerator<Triple> {
  for await (const a of articles) yield* extractTriples(a);
}
