import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Article, Triple } from '@wiregraph/core';
import { createLoader } from '@wiregraph/loader';
import { DEV_CORPUS, REPO_ROOT } from '../../../scripts/test/corpora.js';

/**
 * The graph these tests query: the dev corpus's gold (dev01–dev30, fixtures/dev-corpus) plus the
 * Tokyo story of examples/ (our retelling of the Starmer–Takaichi talks), under this article id.
 */
export const TOKYO_STORY = 'ex01-tokyo';
const TOKYO_FILE = 'stories/01-ani-tokyo-starmer-takaichi.txt';

const jsonLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function tokyoTriples(): Triple[] {
  return jsonLines<Triple & { file?: string }>(`${REPO_ROOT}/examples/expected.jsonl`)
    .filter((t) => t.file === TOKYO_FILE)
    .map(({ file: _file, ...t }) => ({ ...t, article: TOKYO_STORY }));
}

export function goldTriples(): Triple[] {
  return [...jsonLines<Triple>(DEV_CORPUS.gold), ...tokyoTriples()];
}

function devArticles(): Article[] {
  const tokyo: Article = { id: TOKYO_STORY, published: '2026-02-01', source: 'ANI', title: 'UK, Japan agree to deepen defence and economic security ties', body: '', format: 'text' };
  const dev = jsonLines<{ id: string; date: string; source: string; title: string; text: string }>(DEV_CORPUS.articles).map(
    (a): Article => ({ id: a.id, published: a.date, source: a.source, title: a.title, body: a.text, format: 'jsonl' }),
  );
  return [...dev, tokyo];
}

/** The test graph's triples (and its articles' metadata) loaded through the loader's API. */
export async function loadDevGraph(driver: Driver, database: string): Promise<void> {
  const loader = createLoader({ driver, database });
  await loader.load({ articles: devArticles(), triples: goldTriples() });
}
