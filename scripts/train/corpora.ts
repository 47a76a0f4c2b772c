// The gold corpora a learned stage trains and is cross-validated on: the dev corpus and the
// team-written corpora in the repository, and the real-copy corpus beside it (WIREGRAPH_CORPORA
// or ../shared). Real-check is never read here: it is kept for one blind score.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Triple } from '../../packages/core/src/index.js';
import { readArticles, readTriplesFile } from '../../packages/ingest/src/index.js';
import { DEV_CORPUS, locateCorpora } from '../test/corpora.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface GoldCorpus {
  name: string;
  articles: Article[];
  gold: Triple[];
}

function corpusDirs(): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [{ name: 'dev', dir: DEV_CORPUS.dir }];
  const fixtures = resolve(ROOT, 'packages/ingest/test/extract/fixtures');
  if (existsSync(fixtures)) for (const d of readdirSync(fixtures).sort()) out.push({ name: d, dir: resolve(fixtures, d) });
  const outside = locateCorpora();
  if (outside.root) out.push({ name: 'real', dir: resolve(outside.root, 'corpus', 'real') });
  else console.log(`real-copy corpus not used: ${outside.missing}`);
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
