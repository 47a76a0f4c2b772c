/**
 * Run in a child process by memory.test.ts: reads a warm-up file (so code and parser are
 * loaded), then the file under test, and prints the peak resident memory of each phase.
 */
import { readArticles } from '../../../src/read/index.js';

async function drain(path: string) {
  const run = readArticles([path]);
  let n = 0;
  for await (const _ of run) n++;
  return { read: n, skipped: run.summary().skippedByReason };
}

const [warmUp, target] = process.argv.slice(2) as [string, string];
await drain(warmUp);
global.gc?.();
const baseline = process.resourceUsage().maxRSS * 1024;
const result = await drain(target);
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ baseline, peak, ...result }) + '\n');
