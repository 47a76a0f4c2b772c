/**
 * `pnpm bench <name> [args…]` runs scripts/bench/<name>.ts; `pnpm bench` lists them.
 * Each benchmark reports its figures as ratios against a baseline measured in the same run.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  process.stderr.write(`usage: pnpm bench <${available.join('|')}> [args…]\n`);
  process.exit(name ? 2 : 0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', `${here}${name}.ts`, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
