// Planning worker for the import (see plan-pool.ts): plans each chunk of triples lines it is sent.
import { parentPort } from 'node:worker_threads';
import { planTripleLines, type PlannedChunk } from './planned-chunk.js';

export interface PlanRequest {
  id: number;
  lines: string[];
  file: string;
  firstLine: number;
  firstSeq: number;
}

export type PlanAnswer = { id: number; chunk: PlannedChunk } | { id: number; error: string };

parentPort?.on('message', (req: PlanRequest) => {
  let answer: PlanAnswer;
  try {
    answer = { id: req.id, chunk: planTripleLines(req.lines, req.file, req.firstLine, req.firstSeq) };
  } catch (e) {
    answer = { id: req.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(answer);
});
