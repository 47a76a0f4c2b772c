import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { InputError } from '@wiregraph/core';
import type { PlanAnswer, PlanRequest } from './plan-worker.js';
import type { PlannedChunk } from './planned-chunk.js';

/**
 * Triples files planned on worker threads. Planning is per article, so it splits cleanly: this
 * thread only cuts the files into chunks of lines and hands them out; the workers parse, check,
 * group and plan them (planned-chunk.ts), and the chunks come back in input order. At most two
 * chunks per worker are in flight, so memory stays flat however long the input.
 */

export interface TriplesFile {
  /** The name bad lines are reported with. */
  file: string;
  open: () => Readable;
}

const ENTRY = new URL('./plan-worker-bootstrap.mjs', import.meta.url);
/** Lines of the files, cut into chunks, each with its file, first line number and first sequence number. */
async function* lineChunks(files: readonly TriplesFile[], chunkLines: number): AsyncGenerator<Omit<PlanRequest, 'id'>> {
  // A line gives at most one claim, and a run one article: two sequence numbers per line suffice.
  let seenLines = 0;
  for (const { file, open } of files) {
    let lines: string[] = [];
    let firstLine = 1;
    let n = 0;
    for await (const raw of createInterface({ input: open(), crlfDelay: Infinity })) {
      lines.push(++n === 1 ? raw.replace(/^\uFEFF/, '') : raw);
      if (lines.length === chunkLines) {
        yield { lines, file, firstLine, firstSeq: 2 * seenLines };
        seenLines += lines.length;
        firstLine = n + 1;
        lines = [];
      }
    }
    if (lines.length > 0) yield { lines, file, firstLine, firstSeq: 2 * seenLines };
    seenLines += lines.length;
  }
}

export interface PlanOptions {
  /** Worker threads (at least one). */
  workers: number;
  /** Each bad line, in input order, as readTriples reports it; the line is skipped. */
  onBadLine: (err: InputError) => void;
  /** Lines per chunk (default 2000, about 1 MB). */
  chunkLines?: number;
}

export async function* planTriplesInWorkers(files: readonly TriplesFile[], options: PlanOptions): AsyncGenerator<PlannedChunk> {
  const { onBadLine } = options;
  const n = Math.max(1, options.workers);
  const pool = Array.from({ length: n }, () => new Worker(ENTRY));
  const pending = new Map<number, { resolve: (c: PlannedChunk) => void; reject: (e: unknown) => void }>();
  const inFlight = new Array<number>(n).fill(0);
  const failAll = (e: unknown) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  for (const [i, w] of pool.entries()) {
    w.on('message', (answer: PlanAnswer) => {
      inFlight[i]!--;
      const p = pending.get(answer.id);
      pending.delete(answer.id);
      if ('error' in answer) p?.reject(new Error(`a planning worker failed: ${answer.error}`));
      else p?.resolve(answer.chunk);
    });
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`a planning worker stopped (exit ${code})`)));
  }
  const queue: Promise<PlannedChunk>[] = [];
  let nextId = 0;
  let lastArticle: string | undefined;
  const take = async () => {
    const chunk = await queue.shift()!;
    for (const b of chunk.badLines) onBadLine(new InputError(b.code, b.message, b.file, { line: b.line }));
    // A run the cut between two chunks split in two is one run.
    if (chunk.firstArticle !== undefined && chunk.firstArticle === lastArticle) chunk.runs--;
    lastArticle = chunk.lastArticle ?? lastArticle;
    return chunk;
  };
  try {
    for await (const request of lineChunks(files, options.chunkLines ?? 2000)) {
      const id = nextId++;
      let wi = 0;
      for (let i = 1; i < n; i++) if (inFlight[i]! < inFlight[wi]!) wi = i;
      inFlight[wi]!++;
      const answer = new Promise<PlannedChunk>((resolve, reject) => pending.set(id, { resolve, reject }));
      answer.catch(() => {});
      queue.push(answer);
      pool[wi]!.postMessage({ id, ...request } satisfies PlanRequest);
      while (queue.length >= n * 2) yield await take();
    }
    while (queue.length > 0) yield await take();
  } finally {
    for (const w of pool) w.removeAllListeners('exit');
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
