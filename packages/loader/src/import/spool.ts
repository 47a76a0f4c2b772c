import { CLAIM_FIELDS, planBatch, type ArticleMeta, type ClaimRow } from '../internal/rows.js';
import type { ArticleRun } from './article-runs.js';
import { EntityNames } from './entity-names.js';
import { ExternalSort } from './external-sort.js';

/**
 * The first pass: each article run is planned by the loader's own planBatch (claim rows and their
 * hashes, one claim per fact and article with the later triple winning, mentions, entity names),
 * then sent line by line to three sorts (see ExternalSort): claims by fact, articles and mentions by id.
 * Each line is a JSON array whose first items are the sort key; a running sequence number
 * (zero-padded) keeps input order among equal keys, so "the later one wins" survives the sort.
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

const seq = (n: number) => String(n).padStart(12, '0');

export function claimLine(c: ClaimRow, n: number): string {
  return JSON.stringify([c.factKey, c.id, seq(n), ...CLAIM_FIELDS.map((f) => c[f])]);
}

/** A spooled claim line back as a claim row. */
export function parseClaimLine(line: string): ClaimRow {
  const v = JSON.parse(line) as unknown[];
  const row = {} as Record<string, unknown>;
  CLAIM_FIELDS.forEach((f, i) => (row[f] = v[3 + i]));
  return row as unknown as ClaimRow;
}

/**
 * Plans every run and sends its lines to three sorts, which sort as the lines come; returns
 * them with their input ended by nobody yet (each one's sorted() ends it). On a failure the
 * sorts are stopped.
 */
export async function spool(runs: AsyncIterable<ArticleRun>, tmpDir: string, onRun?: (runs: number, triples: number) => void): Promise<Spool> {
  const out: Spool = {
    claims: new ExternalSort('claims', { tmpDir }),
    articles: new ExternalSort('articles', { tmpDir, bufferSize: '64M' }),
    mentions: new ExternalSort('mentions', { tmpDir, bufferSize: '64M' }),
    names: new EntityNames(),
    runs: 0,
    triples: 0,
  };
  const { claims, articles, mentions } = out;
  let n = 0;
  try {
    for await (const run of runs) {
      const plan = planBatch([{ articleId: run.articleId, article: run.article, triples: run.triples, replace: true }]);
      out.names.add(plan);
      for (const a of plan.articles) await articles.write(JSON.stringify([a.id, seq(n++), a.meta]));
      for (const list of Object.values(plan.claims)) for (const c of list) await claims.write(claimLine(c, n++));
      for (const [label, list] of Object.entries(plan.mentions)) for (const m of list) await mentions.write(JSON.stringify([m.article, label, m.key]));
      out.runs++;
      out.triples += plan.tripleCount;
      onRun?.(out.runs, out.triples);
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
