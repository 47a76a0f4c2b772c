// `pnpm train <name> [flags]`: runs scripts/train/<name>.ts (each trains one learned stage).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here).filter((f) => f.endsWith('.ts') && !['run.ts', 'corpora.ts'].includes(f)).map((f) => f.slice(0, -3));
const name = process.argv[2];
if (!name || !existsSync(join(here, `${name}.ts`)) || !names.includes(name)) {
  console.error(`usage: pnpm train <${names.join('|')}> [--cv-only]`);
  process.exit(2);
}
process.argv.splice(2, 1);
await import(join(here, `${name}.ts`));
