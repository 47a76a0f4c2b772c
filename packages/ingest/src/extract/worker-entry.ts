// Worker thread body for extractInWorkers: extracts each batch of articles it is sent.
import { parentPort } from 'node:worker_threads';
import type { Article } from '@wiregraph/core';
import { extractFromArticle } from './internal/story.js';

parentPort?.on('message', (msg: { id: number; articles: Article[] }) => {
  try {
    const triples = msg.articles.flatMap((a) => extractFromArticle(a));
    parentPort!.postMessage({ id: msg.id, triples });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
