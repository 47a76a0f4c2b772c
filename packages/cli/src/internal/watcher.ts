/**
 * Watches a folder or an RSS/Atom feed and ingests each new story exactly once (see the
 * ledger). Folders are polled (portable, and robust on network drives where fs events are
 * not): a file is taken once it has settled — its size and time unchanged for the settle time
 * on our clock, or last modified longer ago than that — in every mode, `--once` included (it
 * waits the settle time and looks again), so a story still being written is not read half-way. A feed that is down, or a database that is away,
 * is retried with exponential backoff; every failure is logged and the watcher keeps going.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@wiregraph/core';
import { ingest, type ArticleExtractor, type IngestSummary } from './ingest-pipeline.js';
import type { Loader } from '@wiregraph/loader';
import type { WatchLedger } from './watch-ledger.js';

export interface WatchOptions {
  target: string;
  loader: Loader;
  extract: ArticleExtractor;
  ledger: WatchLedger;
  logger: Logger;
  intervalMs: number;
  /** Longest wait between retries after failures. */
  maxBackoffMs?: number;
  /** Run one pass and return its result (files still being written are left for the next run). */
  once?: boolean;
  /** How long a file's size and time must stay unchanged before it is read (default 2 s). */
  settleMs?: number;
  signal?: AbortSignal;
  /** Called after every pass, for tests and progress. */
  onPass?: (pass: PassResult) => void;
  fetchTimeoutMs?: number;
}

export interface PassResult {
  ok: boolean;
  ingested: number;
  summary?: IngestSummary;
  error?: string;
}

export function isFeedUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

const IGNORED = /(^\.|~$|\.(tmp|part|crdownload|swp)$)/i;

function listFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export const DEFAULT_SETTLE_MS = 2000;

export async function watch(options: WatchOptions): Promise<PassResult | undefined> {
  const log = options.logger;
  const maxBackoff = options.maxBackoffMs ?? 5 * 60_000;
  let failures = 0;
  const pass = isFeedUrl(options.target) ? feedPass(options) : folderPass(options);
  log.info('watching', { target: options.target, intervalMs: options.intervalMs, ledger: options.ledger.path, known: options.ledger.size });
  for (;;) {
    let result: PassResult;
    try {
      result = await pass(options.once ?? false);
    } catch (err) {
      result = { ok: false, ingested: 0, error: err instanceof Error ? err.message : String(err) };
    }
    options.onPass?.(result);
    if (options.once) {
      if (!result.ok) throw new Error(result.error ?? 'watch pass failed');
      return result;
    }
    let wait = options.intervalMs;
    if (result.ok) failures = 0;
    else {
      failures++;
      wait = Math.min(options.intervalMs * 2 ** failures, maxBackoff);
      log.warn('watch pass failed, retrying with backoff', { target: options.target, failures, retryInMs: wait, problem: result.error });
    }
    try {
      await sleep(wait, undefined, { signal: options.signal });
    } catch {
      log.info('watch stopped', { target: options.target });
      return undefined;
    }
  }
}

interface Sighting {
  fingerprint: string;
  /** When this fingerprint was first seen, on our clock (immune to a writer's clock skew). */
  since: number;
  mtimeMs: number;
}

function sighting(path: string, previous: Sighting | undefined, now: number): Sighting | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined; // gone between listing and looking: nothing to read
  }
  const fingerprint = `${st.size}:${st.mtimeMs}`;
  return previous?.fingerprint === fingerprint ? previous : { fingerprint, since: now, mtimeMs: st.mtimeMs };
}

const SETTLE_MARGIN_MS = 25;

/** When a file seen this way may be read: its fingerprint held for the settle time, or its last write is that old. */
const settledAt = (s: Sighting, settleMs: number) => Math.min(s.since, s.mtimeMs) + settleMs;

/** The files that have settled; with `once`, waits (at most the settle time) for the young ones and looks again. */
async function settledFiles(root: string, seen: Map<string, Sighting>, settleMs: number, once: boolean, log: Logger): Promise<string[]> {
  const now = Date.now();
  const paths = listFiles(root);
  for (const path of paths) {
    const s = sighting(path, seen.get(path), now);
    if (s) seen.set(path, s);
    else seen.delete(path);
  }
  let young = paths.filter((p) => seen.has(p) && settledAt(seen.get(p)!, settleMs) > now);
  if (once && young.length) {
    const until = Math.min(Math.max(...young.map((p) => settledAt(seen.get(p)!, settleMs))), now + settleMs);
    // (A timer may fire a little early: a small margin keeps a settled file from looking young.)
    await sleep(Math.max(0, until - Date.now()) + SETTLE_MARGIN_MS);
    const later = Date.now();
    for (const path of young) {
      const s = sighting(path, seen.get(path), later);
      if (s) seen.set(path, s);
      else seen.delete(path);
    }
    young = young.filter((p) => seen.has(p) && settledAt(seen.get(p)!, settleMs) > later);
    for (const path of young) log.info('file still being written: left for the next run', { file: path });
  }
  const unsettled = new Set(young);
  return paths.filter((p) => seen.has(p) && !unsettled.has(p));
}

function folderPass(options: WatchOptions): (once: boolean) => Promise<PassResult> {
  const root = resolve(options.target);
  const seen = new Map<string, Sighting>();
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  return async (once) => {
    const ready: { path: string; hash: string }[] = [];
    for (const path of await settledFiles(root, seen, settleMs, once, options.logger)) {
      const hash = sha256(path);
      if (!options.ledger.hasFile(path, hash)) ready.push({ path, hash });
    }
    if (!ready.length) return { ok: true, ingested: 0 };
    const loadedFrom = new Set<string>();
    const summary = await ingest({
      inputs: ready.map((r) => r.path),
      loader: options.loader,
      extract: options.extract,
      logger: options.logger,
      // Ids from paths under the folder: a story corrected in place keeps its id and replaces its claims.
      read: { idRoot: root },
      onLoaded: (articles) => {
        for (const a of articles) if (a.origin) loadedFrom.add(resolve(a.origin.file));
      },
    });
    const skipped = new Map<string, string>();
    for (const s of summary.read.skipped) if (!skipped.has(resolve(s.file))) skipped.set(resolve(s.file), s.message);
    for (const r of ready) {
      // A file of several stories (JSON Lines, a feed) with some skipped is partial: its good stories are in.
      const status = !skipped.has(r.path) ? 'ingested' : loadedFrom.has(r.path) ? 'partial' : 'skipped';
      options.ledger.recordFile(r.path, r.hash, status);
      if (status !== 'ingested') options.logger.warn(status === 'partial' ? 'file partly ingested (recorded; retried when it changes)' : 'file not ingested (recorded; retried when it changes)', { file: r.path, reason: skipped.get(r.path) });
    }
    options.logger.info('watch pass', { files: ready.length, stories: summary.articles, triples: summary.triples, skipped: summary.read.skippedTotal });
    return { ok: true, ingested: summary.articles, summary };
  };
}

function feedPass(options: WatchOptions): (once: boolean) => Promise<PassResult> {
  const url = options.target;
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 30_000), headers: { 'user-agent': 'wiregraph-watch' } });
    if (!response.ok) throw new Error(`feed ${url} answered HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    // The readers take paths: the feed goes through a private temporary file, removed after.
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-feed-'));
    const file = join(dir, 'feed.xml');
    try {
      writeFileSync(file, body);
      const summary = await ingest({
        inputs: [file],
        loader: options.loader,
        extract: options.extract,
        logger: options.logger,
        accept: (a) => !options.ledger.hasStory(a.id),
        onLoaded: (articles) => {
          for (const a of articles) options.ledger.recordStory(a.id, url);
        },
      });
      if (summary.read.skippedTotal) options.logger.warn('feed items not ingested', { feed: url, skipped: summary.read.skipped.map((s) => ({ item: s.item, reason: s.reason, message: s.message })) });
      options.logger.info('watch pass', { feed: url, newStories: summary.articles, alreadyIngested: summary.passedOver, triples: summary.triples });
      return { ok: true, ingested: summary.articles, summary };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
