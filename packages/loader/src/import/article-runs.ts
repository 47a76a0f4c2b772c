import type { Article, Triple } from '@wiregraph/core';

/** One article's triples as they came, in a row: what the import plans as one batch. */
export interface ArticleRun {
  articleId: string;
  /** Metadata, when the input had the article (stories); triples alone give only the id. */
  article?: Article;
  triples: Triple[];
}

/**
 * Triples grouped into runs of one article, as the loader groups them: a run ends where the
 * article changes (the same article later in the input is a second run that adds to the first).
 * Articles given with no triples still become a run of their own, so they get a node.
 */
export async function* articleRuns(triples: Iterable<Triple> | AsyncIterable<Triple>, articles: Iterable<Article> = []): AsyncGenerator<ArticleRun> {
  const metadata = new Map<string, Article>();
  for (const a of articles) metadata.set(a.id, a);
  const seen = new Set<string>();
  let current: ArticleRun | undefined;
  for await (const t of triples as AsyncIterable<Triple>) {
    if (current && current.articleId === t.article) {
      current.triples.push(t);
      continue;
    }
    if (current) yield current;
    current = { articleId: t.article, article: metadata.get(t.article), triples: [t] };
    if (metadata.size > 0) seen.add(t.article);
  }
  if (current) yield current;
  for (const [id, article] of metadata) if (!seen.has(id)) yield { articleId: id, article, triples: [] };
}

/** The runs of triples already in memory (a planning worker's chunk): the same grouping, at once. */
export function runsOf(triples: readonly Triple[]): ArticleRun[] {
  const runs: ArticleRun[] = [];
  let current: ArticleRun | undefined;
  for (const t of triples) {
    if (current && current.articleId === t.article) current.triples.push(t);
    else runs.push((current = { articleId: t.article, triples: [t] }));
  }
  return runs;
}
