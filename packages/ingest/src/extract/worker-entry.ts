// Worker thread body for extractInWorkers: extracts each batch of articles it is sent.
import { parentPort } from 'node:worker_threads';
import type { Article } from '@wiregraph/core';
import { extractArticle } from './pipeline.js';

parentPort?.on('message', (msg: { id: number; articles: Article[] }) => {
  try {
    // One array per article, in order, so callers can pair each article with its triples.
    const perArticle = msg.articles.map((a) => extractArticle(a));
    parentPort!.postMessage({ id: msg.id, perArticle });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
