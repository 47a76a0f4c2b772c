// The gold corpora a learned stage trains and is cross-validated on: the team-written corpora in
// the repository, and the development and real-copy corpora beside it (WIREGRAPH_CORPORA or
// ../shared). Real-check is never read here: it is kept for one blind score.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Triple } from '../../packages/core/src/index.js';
import { readArticles, readTriplesFile } from '../../packages/ingest/src/index.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface GoldCorpus {
  name: string;
  articles: Article[];
  gold: Triple[];
}

function corpusDirs(): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  const fixtures = resolve(ROOT, 'packages/ingest/test/extract/fixtures');
  if (existsSync(fixtures)) for (const d of readdirSync(fixtures).sort()) out.push({ name: d, dir: resolve(fixtures, d) });
  const shared = process.env.WIREGRAPH_CORPORA ?? resolve(ROOT, '../shared');
  for (const name of ['dev', 'real']) out.push({ name, dir: resolve(shared, 'corpus', name) });
  return out.filter((c) => existsSync(resolve(c.dir, 'articles.jsonl')) && existsSync(resolve(c.dir, 'gold.jsonl')));
}

export async function loadCorpora(only?: readonly string[]): Promise<GoldCorpus[]> {
  const out: GoldCorpus[] = [];
  for (const { name, dir } of corpusDirs()) {
    if (only && !only.includes(name)) continue;
    const articles: Article[] = [];
    for await (const a of readArticles([resolve(dir, 'articles.jsonl')])) articles.push(a);
    out.push({ name, articles, gold: readTriplesFile(resolve(dir, 'gold.jsonl')) });
  }
  return out;
}
