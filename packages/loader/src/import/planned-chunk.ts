import { InputError, type EntityType, type Predicate } from '@wiregraph/core';
import { parseTripleLine } from '../parse-triples.js';
import { planBatch, type ClaimRow } from '../internal/rows.js';
import { csvRow } from './csv-file.js';
import { runsOf, type ArticleRun } from './article-runs.js';

/**
 * A stretch of the input planned into the lines of the three sorts (see spool.ts): what a
 * planning worker sends back, or what the main thread makes of article runs itself. Plain data
 * (strings and arrays), so it crosses a thread cheaply.
 */
export interface PlannedChunk {
  /** Lines for each sort, each ending in a line break, and how many there are. */
  claims: string;
  claimLines: number;
  articles: string;
  articleLines: number;
  mentions: string;
  mentionLines: number;
  /** Each entity key's names in the order first seen in the chunk (see EntityNames.addNames). */
  names: [label: EntityType, key: string, names: string[]][];
  runs: number;
  triples: number;
  /** The article of the chunk's first and last run: a run cut by a chunk's end is counted once. */
  firstArticle?: string;
  lastArticle?: string;
  /** Bad lines of a triples file, in order (reported by the main thread, which skips them). */
  badLines: { code: string; message: string; file: string; line: number }[];
}

/** Zero-padded, so that the byte order of the sort is input order. */
const seq = (n: number) => String(n).padStart(13, '0');

/** What the write pass needs of a claim: its fact's aggregates and links, and its node's row already rendered. */
export interface SpooledClaim extends Pick<ClaimRow, 'factKey' | 'id' | 'article' | 'predicate' | 'subjectKey' | 'objectKey' | 'date' | 'title' | 'partners'> {
  /** The claim node's CSV fields after its importer id (CLAIM_FIELDS), rendered in the planning worker. */
  row: string;
}

const int = (n: number | null) => (n === null ? null : Math.trunc(n));

/** The claim node's CSV fields in CLAIM_FIELDS order (offsets as whole numbers). */
export function claimRowFields(c: ClaimRow): string {
  return csvRow([
    c.id, c.article, c.predicate, c.subjectKey, c.objectKey, c.factKey, c.date, c.evidence,
    int(c.sentence), int(c.start), int(c.end), c.confidence, c.rule, c.title, c.partners, c.hash,
  ]);
}

/** Sort key first (fact, claim id, input order), then what the write pass needs (SpooledClaim). */
export function claimLine(c: ClaimRow, n: number): string {
  return JSON.stringify([c.factKey, c.id, seq(n), c.article, c.predicate, c.subjectKey, c.objectKey, c.date, c.title, c.partners, claimRowFields(c)]);
}

export function parseClaimLine(line: string): SpooledClaim {
  const [factKey, id, , article, predicate, subjectKey, objectKey, date, title, partners, row] = JSON.parse(line) as [string, string, string, string, Predicate, string, string, string | null, string | null, string[] | null, string];
  return { factKey, id, article, predicate, subjectKey, objectKey, date, title, partners, row };
}

/**
 * Plans article runs with the loader's own planBatch (claim rows and hashes, one claim per fact
 * and article with the later triple winning, mentions, names). `firstSeq` numbers the lines in
 * input order; a chunk uses at most (runs + triples) numbers from it.
 */
export function planRuns(runs: Iterable<ArticleRun>, firstSeq: number): PlannedChunk {
  const out: PlannedChunk = { claims: '', claimLines: 0, articles: '', articleLines: 0, mentions: '', mentionLines: 0, names: [], runs: 0, triples: 0, badLines: [] };
  const names = new Map<string, [EntityType, string, string[]]>();
  let n = firstSeq;
  for (const run of runs) {
    // replace: false, as the import never removes stale claims (planBatch then skips listing them).
    const plan = planBatch([{ articleId: run.articleId, article: run.article, triples: run.triples, replace: false }]);
    for (const a of plan.articles) out.articles += JSON.stringify([a.id, seq(n++), a.meta]) + '\n';
    out.articleLines += plan.articles.length;
    for (const list of Object.values(plan.claims)) {
      for (const c of list) out.claims += claimLine(c, n++) + '\n';
      out.claimLines += list.length;
    }
    for (const [label, list] of Object.entries(plan.mentions)) {
      for (const m of list) out.mentions += JSON.stringify([m.article, label, m.key]) + '\n';
      out.mentionLines += list.length;
    }
    for (const label of ['Person', 'Country', 'Sector', 'Organization'] as const) {
      for (const row of plan.entities[label]) {
        const id = `${label}\u0000${row.key}`;
        const seen = names.get(id);
        if (!seen) names.set(id, [label, row.key, [...row.names]]);
        else for (const name of row.names) if (!seen[2].includes(name)) seen[2].push(name);
      }
    }
    out.firstArticle ??= run.articleId;
    out.lastArticle = run.articleId;
    out.runs++;
    out.triples += plan.tripleCount;
  }
  out.names = [...names.values()];
  return out;
}

/**
 * Lines of a triples file (JSON Lines), numbered from `firstLine`: parsed, checked, grouped into
 * runs of one article and planned. A bad line is listed with its file and line, and skipped.
 */
export function planTripleLines(lines: readonly string[], file: string, firstLine: number, firstSeq: number): PlannedChunk {
  const badLines: PlannedChunk['badLines'] = [];
  const triples = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      triples.push(parseTripleLine(line, file, firstLine + i));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      badLines.push({ code: err.code, message: err.message, file, line: firstLine + i });
    }
  }
  return { ...planRuns(runsOf(triples), firstSeq), badLines };
}
