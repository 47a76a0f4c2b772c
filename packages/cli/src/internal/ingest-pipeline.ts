/**
 * Ingest end to end: read → extract → load, as one stream. Stories are read lazily, extracted
 * on worker threads (both cores) in order, and loaded a group of articles per transaction, so
 * memory stays bounded however many stories come in. Loading is idempotent: each article's
 * claims are replaced by what it asserts now, so running again changes nothing.
 */
import { PREDICATES, silentLogger, type Article, type Logger, type Predicate } from '@wiregraph/core';
import { readArticles, type ArticleTriples, type ReadOptions, type RunSummary } from '@wiregraph/ingest';
import { emptyReport, mergeReport, type LoadReport, type Loader } from '@wiregraph/loader';
import type { Progress } from './progress.js';

/** Turns a stream of articles into a stream of per-article extractions, in input order. */
export type ArticleExtractor = (articles: AsyncIterable<Article>) => AsyncIterable<ArticleTriples>;

export interface IngestOptions {
  inputs: readonly string[];
  loader: Loader;
  extract: ArticleExtractor;
  read?: ReadOptions;
  logger?: Logger;
  progress?: Progress;
  /** Articles written per load call (each article's claims are replaced in one transaction). */
  articlesPerLoad?: number;
  /** Stories to pass over (for example those a watcher's ledger says are in already). */
  accept?: (article: Article) => boolean;
  /** Called once an article and its triples are committed (a watcher records it in its ledger). */
  onLoaded?: (articles: readonly Article[]) => void | Promise<void>;
}

export interface IngestSummary {
  read: RunSummary;
  articles: number;
  /** Stories read but passed over by `accept`. */
  passedOver: number;
  triplesByPredicate: Record<Predicate, number>;
  triples: number;
  load: LoadReport;
  elapsedMs: number;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const log = options.logger ?? silentLogger;
  const perLoad = Math.max(1, options.articlesPerLoad ?? 200);
  const run = readArticles(options.inputs, { logger: log, ...options.read });
  const byPredicate = Object.fromEntries(PREDICATES.map((p) => [p, 0])) as Record<Predicate, number>;
  const load = emptyReport();
  let articles = 0;
  let passedOver = 0;
  let triples = 0;

  await options.loader.prepare();
  let group: ArticleTriples[] = [];
  const flush = async () => {
    if (!group.length) return;
    const batch = group;
    group = [];
    const part = await options.loader.load({ articles: batch.map((g) => g.article), triples: batch.flatMap((g) => g.triples) });
    mergeReport(load, part);
    await options.onLoaded?.(batch.map((g) => g.article));
  };

  const accept = options.accept;
  async function* accepted(): AsyncGenerator<Article> {
    for await (const a of run.articles) {
      if (!accept || accept(a)) yield a;
      else passedOver++;
    }
  }

  for await (const item of options.extract(accepted())) {
    articles++;
    triples += item.triples.length;
    for (const t of item.triples) byPredicate[t.predicate]++;
    group.push(item);
    if (group.length >= perLoad) await flush();
    options.progress?.update({ stories: articles, triples });
  }
  await flush();
  options.progress?.done();

  const elapsedMs = Date.now() - started;
  load.elapsedMs = elapsedMs;
  const read = run.summary();
  log.info('ingest finished', { stories: articles, skipped: read.skippedTotal, duplicates: read.duplicates.total, triples, elapsedMs });
  return { read, articles, passedOver, triplesByPredicate: byPredicate, triples, load, elapsedMs };
}

/** The summary as a table a person reads at the end of a run. */
export function formatIngestSummary(s: IngestSummary): string {
  const created = (tallies: Record<string, { created: number; matched: number; deleted: number } | undefined>) =>
    Object.entries(tallies)
      .filter(([, t]) => t && (t.created || t.matched || t.deleted))
      .map(([k, t]) => `  ${k.padEnd(16)}${String(t!.created).padStart(8)} created${String(t!.matched).padStart(8)} matched${t!.deleted ? `${String(t!.deleted).padStart(6)} deleted` : ''}`);
  const lines = [
    `stories   ${s.read.read} read, ${s.read.skippedTotal} skipped, ${s.read.duplicates.total} duplicate (${(s.elapsedMs / 1000).toFixed(1)} s)`,
    `triples   ${s.triples}`,
    ...PREDICATES.map((p) => `  ${p.padEnd(16)}${String(s.triplesByPredicate[p]).padStart(8)}`),
    `claims    ${s.load.claims.created} created, ${s.load.claims.changed} changed, ${s.load.claims.unchanged} unchanged, ${s.load.claims.removed} removed`,
    'nodes',
    ...created(s.load.nodes),
    'relationships',
    ...created(s.load.relationships),
  ];
  if (s.read.skippedTotal) {
    lines.push('skipped');
    for (const item of s.read.skipped) {
      const at = item.line !== undefined ? `:${item.line}${item.column !== undefined ? `:${item.column}` : ''}` : item.item !== undefined ? ` item ${item.item}` : '';
      lines.push(`  ${item.file}${at}  ${item.reason}: ${item.message}`);
    }
    if (s.read.skippedTotal > s.read.skipped.length) lines.push(`  … and ${s.read.skippedTotal - s.read.skipped.length} more`);
  }
  return lines.join('\n');
}
