import type { ArticleMeta } from '../internal/rows.js';
import type { ArticleRun } from './article-runs.js';
import { EntityNames } from './entity-names.js';
import { ExternalSort } from './external-sort.js';
import { planRuns, type PlannedChunk } from './planned-chunk.js';

/**
 * The first pass: the input, planned in chunks (by planning workers for triples files, see
 * plan-pool.ts, or here from article runs), goes to three sorts as lines, which sort as they
 * come (see ExternalSort): claims by fact, articles and mentions by id. Each line is a JSON
 * array whose first items are the sort key; a running sequence number (zero-padded) keeps input
 * order among equal keys, so "the later one wins" survives the sort.
 */

export interface Spool {
  /** Sorted by fact, then claim id, then input order. */
  claims: ExternalSort;
  /** Sorted by article id, then input order. */
  articles: ExternalSort;
  /** Sorted by article, label and key. */
  mentions: ExternalSort;
  names: EntityNames;
  runs: number;
  triples: number;
}

/** Article runs planned here, a few at a time (stories: the extraction already ran on the worker pool). */
export async function* plannedRuns(runs: AsyncIterable<ArticleRun>, runsPerChunk = 64): AsyncGenerator<PlannedChunk> {
  let next = 0;
  let batch: ArticleRun[] = [];
  const plan = () => {
    const chunk = planRuns(batch, next);
    next += chunk.articleLines + chunk.claimLines;
    batch = [];
    return chunk;
  };
  for await (const run of runs) {
    batch.push(run);
    if (batch.length >= runsPerChunk) yield plan();
  }
  if (batch.length > 0) yield plan();
}

/**
 * Sends every planned chunk's lines to three sorts, which sort as the lines come; returns them
 * with their input ended by nobody yet (each one's sorted() ends it). On a failure the sorts
 * are stopped.
 */
export async function spool(chunks: AsyncIterable<PlannedChunk>, tmpDir: string, onChunk?: (runs: number, triples: number) => void): Promise<Spool> {
  const out: Spool = {
    claims: new ExternalSort('claims', { tmpDir }),
    articles: new ExternalSort('articles', { tmpDir, bufferSize: '64M' }),
    mentions: new ExternalSort('mentions', { tmpDir, bufferSize: '64M' }),
    names: new EntityNames(),
    runs: 0,
    triples: 0,
  };
  const { claims, articles, mentions } = out;
  try {
    for await (const chunk of chunks) {
      for (const [label, key, names] of chunk.names) out.names.addNames(label, key, names);
      // A write returns a promise only when a sort's input is backed up: only those are awaited.
      const backedUp = [
        articles.writeBlock(chunk.articles, chunk.articleLines),
        claims.writeBlock(chunk.claims, chunk.claimLines),
        mentions.writeBlock(chunk.mentions, chunk.mentionLines),
      ].filter((p) => p !== undefined);
      if (backedUp.length > 0) await Promise.all(backedUp);
      out.runs += chunk.runs;
      out.triples += chunk.triples;
      onChunk?.(out.runs, out.triples);
    }
  } catch (err) {
    await Promise.all([claims.abort(), articles.abort(), mentions.abort()]);
    throw err;
  }
  return out;
}

/** Sorted lines, grouped by their first item(s): `keyOf` names the group (groups are small: one article's). */
export async function* groups<T>(sorted: AsyncIterable<string>, parse: (line: string) => T, keyOf: (item: T) => string): AsyncGenerator<T[]> {
  let group: T[] = [];
  let key: string | undefined;
  for await (const line of sorted) {
    const item = parse(line);
    const k = keyOf(item);
    if (key !== undefined && k !== key) {
      yield group;
      group = [];
    }
    key = k;
    group.push(item);
  }
  if (group.length > 0) yield group;
}

export type SpooledArticle = [id: string, seq: string, meta: ArticleMeta | null];
export type SpooledMention = [article: string, label: string, key: string];
