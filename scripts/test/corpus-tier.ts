/**
 * `pnpm test:corpora`: the corpus tier alone (vitest project `corpora`, *.corpus.test.ts).
 * Without the outside corpora (WIREGRAPH_CORPORA or ../shared) it prints one line saying why it
 * did not run, and succeeds: a clone outside our machines has nothing for it to read.
 */
import { spawnSync } from 'node:child_process';
import { locateCorpora } from './corpora.js';

const { root, missing } = locateCorpora();
if (!root) {
  console.log(`corpus tier not run: ${missing}`);
} else {
  const run = spawnSync('vitest', ['run', '--project', 'corpora', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.error) console.error(`test:corpora: could not start vitest: ${run.error.message}`);
  process.exitCode = run.status ?? 1;
}
