import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { DatabaseError, silentLogger, type Article, type Logger, type Triple } from '@wiregraph/core';
import { emptyReport, mergeReport, tally, type LoadReport } from './report.js';
import { planBatch, type ArticleBatch, type BatchPlan } from './internal/rows.js';
import { writeBatch } from './internal/write-batch.js';
import { schemaStatements } from './internal/schema.js';
import { countryRows, sectorRows } from './internal/reference-data.js';
import { MERGE_REFERENCE_COUNTRIES, MERGE_REFERENCE_SECTORS } from './internal/statements.js';
import { resolvePeople } from './resolve.js';

/**
 * Triples per write transaction. Chosen by the batch-size sweep of `pnpm bench load`
 * (docs/benchmarks.md, "Loading", has the measured table).
 */
export const DEFAULT_BATCH_SIZE = 4000;

export interface LoaderOptions {
  driver: Driver;
  /** Database name; the server default when omitted. */
  database?: string;
  batchSize?: number;
  logger?: Logger;
  /** Where the driver points, for error messages ("bolt://127.0.0.1:7687"). */
  target?: string;
  /** Load every ISO country and sector before the first write (default true). */
  referenceData?: boolean;
  /**
   * Resolve people after each load: merge Person nodes that name one person (default true; see
   * docs/entity-resolution.md). Off, duplicates stay until `wiregraph resolve`.
   */
  resolvePeople?: boolean;
}

/** Triples with, optionally, the metadata of their articles (articles with no triples still get a node). */
export interface LoadInput {
  articles?: Iterable<Article>;
  triples: Iterable<Triple> | AsyncIterable<Triple>;
}

export interface Loader {
  /** Applies the schema and (unless disabled) reference data, once per loader; every write calls it first. */
  prepare(): Promise<void>;
  /** Applies cypher/schema.cypher (every statement IF NOT EXISTS) and waits for the indexes (default up to 300 s). */
  applySchema(options?: { indexTimeoutSeconds?: number }): Promise<void>;
  /** Every ISO country and every sector, kept current; safe to run any number of times. */
  loadReferenceData(): Promise<LoadReport>;
  /**
   * Loads triples in batches. Within one call, all triples of an article are that article's
   * claims: claims it asserted in earlier loads and does not assert now are removed.
   */
  load(input: Iterable<Triple> | AsyncIterable<Triple> | LoadInput): Promise<LoadReport>;
  /** One article and its whole set of triples (an empty set clears its claims): what ingest calls per story. */
  loadArticleTriples(article: Article | string, triples: readonly Triple[]): Promise<LoadReport>;
}

const CONSTRAINT_RACE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const ALREADY_EXISTS = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

function isLoadInput(x: unknown): x is LoadInput {
  return typeof x === 'object' && x !== null && 'triples' in x && !(Symbol.iterator in x) && !(Symbol.asyncIterator in x);
}

export function createLoader(options: LoaderOptions): Loader {
  const { driver } = options;
  const database = options.database;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const log = options.logger ?? silentLogger;
  const target = options.target ?? 'the Neo4j server';
  let prepared: Promise<void> | undefined;

  const session = (mode: 'READ' | 'WRITE' = 'WRITE') => driver.session({ database, defaultAccessMode: mode });

  function databaseError(err: unknown, context: Record<string, unknown>, what: string): DatabaseError {
    if (err instanceof DatabaseError) return err;
    const code = err instanceof Neo4jError ? err.code : undefined;
    const message = err instanceof Error ? err.message : String(err);
    const gone = code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED|ECONNRESET|closed/i.test(message);
    const text = gone
      ? `lost the connection to Neo4j at ${target} while ${what} (${message}). Each batch is one transaction, so nothing half-written remains: start the server and run the same load again — it is idempotent and completes the rest.`
      : `Neo4j at ${target} failed while ${what}: ${message}`;
    return new DatabaseError(gone ? 'DB_UNAVAILABLE' : 'DB_WRITE_FAILED', text, { ...context, neo4jCode: code }, { cause: err });
  }

  async function applySchema(options: { indexTimeoutSeconds?: number } = {}): Promise<void> {
    const s = session();
    try {
      for (const statement of schemaStatements()) {
        try {
          // executeWrite: loaders starting together deadlock on schema locks, a transient error it retries.
          await s.executeWrite((tx) => tx.run(statement));
        } catch (err) {
          // Two processes applying the schema at once: the other one won, which is just as good.
          if (err instanceof Neo4jError && ALREADY_EXISTS.test(err.code)) continue;
          throw err;
        }
      }
      await s.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(options.indexTimeoutSeconds ?? 300) });
    } catch (err) {
      throw databaseError(err, {}, 'applying cypher/schema.cypher');
    } finally {
      await s.close();
    }
    log.debug('schema applied');
  }

  async function loadReferenceData(): Promise<LoadReport> {
    const started = Date.now();
    const report = emptyReport();
    const s = session();
    try {
      for (const [label, text, rows] of [
        ['Country', MERGE_REFERENCE_COUNTRIES, countryRows()],
        ['Sector', MERGE_REFERENCE_SECTORS, sectorRows()],
      ] as const) {
        const result = await s.executeWrite((tx) => tx.run(text, { rows }));
        const u = result.summary.counters.updates() as unknown as Record<string, number>;
        const created = u.nodesCreated ?? 0;
        report.nodes[label] = { created, matched: rows.length - created, deleted: 0 };
        report.counters.nodesCreated += created;
        report.counters.propertiesSet += u.propertiesSet ?? 0;
      }
    } catch (err) {
      throw databaseError(err, {}, 'loading reference data');
    } finally {
      await s.close();
    }
    report.elapsedMs = Date.now() - started;
    log.debug('reference data loaded', { nodes: report.nodes });
    return report;
  }

  function prepare(): Promise<void> {
    prepared ??= (async () => {
      await applySchema();
      if (options.referenceData !== false) await loadReferenceData();
    })().catch((err) => {
      prepared = undefined;
      throw err;
    });
    return prepared;
  }

  async function writePlan(plan: BatchPlan, total: LoadReport): Promise<void> {
    const s = session();
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          // executeWrite retries transient errors (deadlocks, leader switches, lost connections) itself.
          const part = await s.executeWrite((tx) => writeBatch(tx, plan));
          mergeReport(total, part);
          return;
        } catch (err) {
          // Two loaders creating the same key at once: the loser's MERGE sees the winner's node on retry.
          if (err instanceof Neo4jError && err.code === CONSTRAINT_RACE && attempt < 5) {
            log.debug('constraint race, retrying batch', { attempt });
            continue;
          }
          throw err;
        }
      }
    } catch (err) {
      throw databaseError(
        err,
        { batch: total.batches + 1, triplesCommitted: total.triples },
        `writing batch ${total.batches + 1} (${total.triples} triples already committed)`,
      );
    } finally {
      await s.close();
    }
  }

  /** The resolution step after a load: new mentions join the people they name (tallied as Person nodes deleted). */
  async function resolveAfter(total: LoadReport): Promise<void> {
    if (options.resolvePeople === false || total.triples === 0) return;
    try {
      const r = await resolvePeople({ driver, database, logger: log });
      if (r.peopleMerged) tally(total.nodes, 'Person', { deleted: r.peopleMerged });
      total.claims.removed += r.claimsDropped;
    } catch (err) {
      throw databaseError(err, { triplesCommitted: total.triples }, `resolving people after ${total.triples} triples were committed`);
    }
  }

  async function load(input: Iterable<Triple> | AsyncIterable<Triple> | LoadInput): Promise<LoadReport> {
    const started = Date.now();
    await prepare();
    const total = emptyReport();
    const metadata = new Map<string, Article>();
    const triples = isLoadInput(input) ? input.triples : input;
    if (isLoadInput(input)) for (const a of input.articles ?? []) metadata.set(a.id, a);

    // An article's first run of triples in this load replaces its claims; a later, separate run adds to them.
    const seen = new Set<string>();
    let pending: ArticleBatch[] = [];
    let pendingTriples = 0;
    let current: ArticleBatch | undefined;

    // One transaction in flight at a time (so batches commit in input order: a later run of an
    // article must not commit before the run it adds to), while the next batch is read and
    // planned: the client's share of the work overlaps the server's.
    let writing: Promise<void> | undefined;
    let failure: { err: unknown } | undefined;
    const settle = async () => {
      await writing;
      writing = undefined;
      if (failure) throw failure.err;
    };
    const flush = async () => {
      if (pending.length === 0) return;
      const plan = planBatch(pending);
      pending = [];
      pendingTriples = 0;
      await settle();
      writing = writePlan(plan, total).then(
        () => log.debug('batch committed', { batches: total.batches, triples: total.triples }),
        // Kept, not left unhandled: the next flush (or the end of the load) throws it.
        (err: unknown) => {
          failure = { err };
        },
      );
    };
    const startArticle = (id: string): ArticleBatch => {
      const batch: ArticleBatch = { articleId: id, article: metadata.get(id), triples: [], replace: !seen.has(id) };
      seen.add(id);
      pending.push(batch);
      return batch;
    };

    try {
      for await (const t of triples as AsyncIterable<Triple>) {
        if (!current || current.articleId !== t.article) {
          // Batches end only between articles, so one article's claims are replaced in one transaction.
          if (pendingTriples >= batchSize) await flush();
          current = startArticle(t.article);
        }
        current.triples.push(t);
        pendingTriples++;
      }
      for (const id of metadata.keys()) if (!seen.has(id)) startArticle(id);
      await flush();
      await settle();
    } finally {
      // An input that throws mid-load still lets the batch in flight finish before the error surfaces.
      await writing;
    }
    await resolveAfter(total);
    total.elapsedMs = Date.now() - started;
    log.info('load finished', { triples: total.triples, articles: total.articles, batches: total.batches, claims: total.claims, elapsedMs: total.elapsedMs });
    return total;
  }

  async function loadArticleTriples(article: Article | string, triples: readonly Triple[]): Promise<LoadReport> {
    const started = Date.now();
    await prepare();
    const id = typeof article === 'string' ? article : article.id;
    const wrong = triples.find((t) => t.article !== id);
    if (wrong) throw new RangeError(`triple of article "${wrong.article}" passed with article "${id}"`);
    const total = emptyReport();
    await writePlan(planBatch([{ articleId: id, article: typeof article === 'string' ? undefined : article, triples: [...triples], replace: true }]), total);
    await resolveAfter(total);
    total.elapsedMs = Date.now() - started;
    return total;
  }

  return { prepare, applySchema, loadReferenceData, load, loadArticleTriples };
}
