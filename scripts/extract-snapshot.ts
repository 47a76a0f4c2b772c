/**
 * `pnpm tsx scripts/extract-snapshot.ts <out-dir>`: extracts the triples of every
 * corpus the team scores on (dev, real, the team corpora under packages/ingest/test/extract/fixtures,
 * examples/stories) and writes each corpus's triples as sorted JSON Lines to <out-dir>/<corpus>.jsonl.
 * Run it before and after a change to the extractor, then `diff -r before after`: a refactoring
 * step must leave every file byte-identical.
 *
 * The real corpus is read from ../shared in place and its triples are written only to <out-dir>
 * (keep that outside the repository: they quote publishers' text).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Triple } from '@wiregraph/core';
import { extractTriples, readArticles } from '../packages/ingest/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const [outDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!outDir) {
  process.stderr.write('usage: pnpm tsx scripts/extract-snapshot.ts <out-dir>\n');
  process.exit(2);
}

const fixtures = join(root, 'packages/ingest/test/extract/fixtures');
const corpora: [name: string, input: string][] = [
  ['dev', join(root, '../shared/corpus/dev/articles.jsonl')],
  ['real', join(root, '../shared/corpus/real/articles.jsonl')],
  ...readdirSync(fixtures).sort().map((d): [string, string] => [d, join(fixtures, d, 'articles.jsonl')]),
  ['examples', join(root, 'examples/stories')],
];

mkdirSync(outDir, { recursive: true });
for (const [name, input] of corpora) {
  if (!existsSync(input)) {
    process.stderr.write(`${name}: ${input} not found, skipped\n`);
    continue;
  }
  const lines: string[] = [];
  let articles = 0;
  const t0 = performance.now();
  for await (const a of readArticles([input])) {
    articles++;
    for (const t of extractTriples(a) as Triple[]) lines.push(JSON.stringify(t));
  }
  lines.sort();
  writeFileSync(join(outDir, `${name}.jsonl`), lines.join('\n') + (lines.length ? '\n' : ''));
  process.stderr.write(`${name}: ${articles} articles, ${lines.length} triples, ${Math.round(performance.now() - t0)} ms\n`);
}
