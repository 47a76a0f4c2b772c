import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article, Triple } from '@wiregraph/core';

export interface WorkerOptions {
  /** Worker threads to use (default: the machine's cores). */
  workers?: number;
  /** Articles sent to a worker at once (default 64). */
  batchSize?: number;
}

const ENTRY = new URL('./worker-bootstrap.mjs', import.meta.url);

/**
 * Extracts triples on several worker threads and yields them per article batch, in input
 * order. Each worker loads the model and lexicons once; at most two batches per worker are
 * in flight, so memory stays flat however long the input is.
 */
export async function* extractInWorkers(articles: AsyncIterable<Article> | Iterable<Article>, opts: WorkerOptions = {}): AsyncGenerator<Triple[]> {
  for await (const batch of extractArticlesInWorkers(articles, opts)) yield batch.flatMap((b) => b.triples);
}

/** One article and every triple it asserts (possibly none). */
export interface ArticleTriples {
  article: Article;
  triples: Triple[];
}

/**
 * Like extractInWorkers, but yields each batch as its articles paired with their own triples,
 * articles with no triples included (a loader needs those to clear a corrected story's claims).
 */
export async function* extractArticlesInWorkers(
  articles: AsyncIterable<Article> | Iterable<Article>,
  opts: WorkerOptions = {},
): AsyncGenerator<ArticleTriples[]> {
  const n = Math.max(1, opts.workers ?? availableParallelism());
  const batchSize = Math.max(1, opts.batchSize ?? 64);
  const pool = Array.from({ length: n }, () => new Worker(ENTRY));
  const pending = new Map<number, { resolve: (t: ArticleTriples[]) => void; reject: (e: unknown) => void }>();
  const sent = new Map<number, Article[]>();
  const load = new Array<number>(n).fill(0);
  for (const [i, w] of pool.entries()) {
    w.on('message', (msg: { id: number; perArticle?: Triple[][]; error?: string }) => {
      load[i]!--;
      const p = pending.get(msg.id);
      const batch = sent.get(msg.id) ?? [];
      pending.delete(msg.id);
      sent.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(new Error(msg.error));
      else p.resolve(batch.map((article, k) => ({ article, triples: msg.perArticle?.[k] ?? [] })));
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const queue: Promise<ArticleTriples[]>[] = [];
  let nextId = 0;
  const send = (batch: Article[]) => {
    const id = nextId++;
    let wi = 0;
    for (let i = 1; i < n; i++) if (load[i]! < load[wi]!) wi = i;
    load[wi]!++;
    sent.set(id, batch);
    queue.push(new Promise<ArticleTriples[]>((resolve, reject) => pending.set(id, { resolve, reject })));
    pool[wi]!.postMessage({ id, articles: batch });
  };
  try {
    let batch: Article[] = [];
    for await (const a of articles) {
      batch.push(a);
      if (batch.length >= batchSize) {
        send(batch);
        batch = [];
        while (queue.length >= n * 2) yield await queue.shift()!;
      }
    }
    if (batch.length) send(batch);
    while (queue.length) yield await queue.shift()!;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
