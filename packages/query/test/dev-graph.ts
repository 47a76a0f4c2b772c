import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Article, Triple } from '@wiregraph/core';
import { createLoader } from '@wiregraph/loader';

export const CORPUS_DIR = new URL('../../../../shared/corpus/dev/', import.meta.url);

export function goldTriples(): Triple[] {
  return readFileSync(new URL('gold.jsonl', CORPUS_DIR), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Triple);
}

function devArticles(): Article[] {
  return readFileSync(new URL('articles.jsonl', CORPUS_DIR), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const a = JSON.parse(l) as { id: string; date: string; source: string; title: string; text: string };
      return { id: a.id, published: a.date, source: a.source, title: a.title, body: a.text, format: 'jsonl' };
    });
}

/** The dev corpus's gold triples (and its articles' metadata) loaded through the loader's API. */
export async function loadDevGraph(driver: Driver, database: string): Promise<void> {
  const loader = createLoader({ driver, database });
  await loader.load({ articles: devArticles(), triples: goldTriples() });
}
