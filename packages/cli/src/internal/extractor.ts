/**
 * Per-article extraction for the ingest pipeline: on worker threads when there is more than
 * one core to use, in-process otherwise (small inputs do not pay for starting workers).
 */
import { extractArticlesInWorkers, extractTriples, type ArticleTriples } from '@wiregraph/ingest';
import type { Article } from '@wiregraph/core';
import type { ArticleExtractor } from './ingest-pipeline.js';

export function createExtractor(workers: number): ArticleExtractor {
  if (workers <= 1) {
    return async function* inProcess(articles: AsyncIterable<Article>): AsyncGenerator<ArticleTriples> {
      for await (const article of articles) yield { article, triples: extractTriples(article) };
    };
  }
  return async function* onWorkers(articles: AsyncIterable<Article>): AsyncGenerator<ArticleTriples> {
    for await (const batch of extractArticlesInWorkers(articles, { workers })) yield* batch;
  };
}
