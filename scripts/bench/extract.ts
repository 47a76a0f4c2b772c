/**
 * `pnpm bench extract [--mb N] [--workers N] [--rounds N]`: throughput of full triple extraction next to
 * bare wink-nlp readDoc over the same synthetic corpus, as a ratio; the worker-thread pool on
 * N threads against one core; peak RSS along the way.
 *
 * One core is measured honestly: the one-thread passes (in-process extraction interleaved with
 * bare readDoc, and the pool with one worker) run in a child process pinned to CPU 0 with
 * `taskset -c 0`. Unpinned, a single JS thread on a 2-core machine is helped by V8's concurrent
 * GC and compiler threads on the other core, which inflates "one core" and deflates the pool's
 * ratio. The same passes are also run unpinned, for comparison with older figures. The N-worker
 * pool runs unpinned in its own child. Every child composes the same seeded stories.
 *
 * The corpus is composed by a seeded generator from sentence templates (meetings, visits,
 * cooperation frames with sector lists, offices, traps, filler), with leaders made up from
 * syllables and real countries, so it is varied and never the dev corpus.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { countries, type Article } from '@wiregraph/core';
import { extractArticlesInWorkers, extractTriples } from '../../packages/ingest/src/index.js';
import { WINK_PIPE } from '../../packages/ingest/src/extract/internal/nlp.js';
import { rng } from './_random.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const MB = opt('mb', 10);
const WORKERS = opt('workers', 2);
const ROUNDS = Math.max(1, opt('rounds', 1));
const PHASE = args.includes('--phase') ? args[args.indexOf('--phase') + 1] : undefined;

const CS = countries().filter((c) => c.independent && c.demonyms.length && c.capitals.length);
const SYL = ['ka', 'ren', 'to', 'mi', 'sa', 'lo', 'vik', 'an', 'dre', 'mar', 'el', 'ha', 'zu', 'ri', 'no', 'bel', 'sta', 'gor', 'lin', 'da'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Finance Minister'];
const SECTORS = ['defence', 'cybersecurity', 'critical minerals', 'offshore wind', 'nuclear energy', 'trade', 'investment', 'digital technology', 'artificial intelligence', 'semiconductors', 'space', 'health care', 'education', 'food security', 'maritime security', 'infrastructure', 'civil aviation', 'counter-terrorism', 'labour mobility', 'tourism', 'water resources', 'undersea cables', 'climate action', 'green hydrogen', 'supply chains'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'Markets in the region were little changed on the news, with traders waiting for fresh data on inflation.',
  'Officials said the discussions were frank and covered a wide range of regional and global issues.',
  'The ministry said a detailed readout would be published later, without giving further details.',
  'Analysts said the relationship had grown steadily over the past decade despite occasional disagreements.',
  'Heavy rain disrupted traffic in the capital for a second day, according to the local weather office.',
  'The opposition criticised the government for what it called a lack of transparency over the talks.',
];

function story(i: number): Article {
  const r = rng(i + 1);
  const pick = <T>(l: readonly T[]) => l[Math.floor(r() * l.length)]!;
  const name = () => {
    const w = () => {
      const s = pick(SYL) + pick(SYL) + (r() < 0.5 ? pick(SYL) : '');
      return s[0]!.toUpperCase() + s.slice(1);
    };
    return `${w()} ${w()}`;
  };
  const a = pick(CS);
  let b = pick(CS);
  while (b === a) b = pick(CS);
  const pa = { name: name(), title: pick(TITLES) };
  const pb = { name: name(), title: pa.title };
  const day = pick(DAYS);
  const secs = [pick(SECTORS), pick(SECTORS), pick(SECTORS)];
  const sentences = [
    `${a.demonyms[0]} ${pa.title} ${pa.name} held talks with his ${b.demonyms[0]} counterpart ${pb.name} in ${a.capitals[0]} on ${day}, officials said.`,
    `${pb.name.split(' ')[1]}, who arrived in ${a.capitals[0]} on ${pick(DAYS)} for a three-day visit, said the two countries would deepen their partnership.`,
    `The two leaders agreed to deepen cooperation in ${secs[0]}, ${secs[1]} and ${secs[2]}, according to a joint statement.`,
    pick(FILLER),
    `${a.name} and ${b.name} also signed a memorandum of understanding on ${pick(SECTORS)}.`,
    pick(FILLER),
    `${pa.name.split(' ')[1]} is expected to visit ${b.capitals[0]} later this year, but no date has been set.`,
    pick(FILLER),
    `The two sides did not reach an agreement on ${pick(SECTORS)}, the statement said.`,
    pick(FILLER),
  ];
  const paras = [];
  for (let k = 0; k < sentences.length; k += 2) paras.push(sentences.slice(k, k + 2).join(' '));
  return { id: `b${i}`, source: 'Bench Wire', published: '2025-06-14', body: paras.join('\n\n'), format: 'text' };
}

function* corpus(bytes: number): Generator<Article> {
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const s = story(i);
    total += Buffer.byteLength(s.body);
    yield s;
  }
}

const target = MB * 1024 * 1024;
const rssMB = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const fmt = (n: number, d = 1) => n.toFixed(d);

/** What a child process measured, sent to the parent as one JSON line on stdout. */
interface OneThread {
  articles: number;
  bytes: number;
  tokens: number;
  triples: number;
  bareMs: number;
  /** readDoc with only the annotations the extractor asks wink for (WINK_PIPE). */
  pipeMs: number;
  fullMs: number;
  rssAt: string[];
  heapAt: string[];
  peakMB: number;
}
interface PoolRun {
  ms: number;
  triples: number;
  steadyAps: number;
  peakMB: number;
}

// In-process extraction next to bare readDoc (wink's default pipe, the issue's baseline) and
// readDoc with the extractor's own pipe, alternating story by story so all see the same machine
// load (the machine is shared); each is timed on its own.
function oneThread(): OneThread {
  // The same wink-nlp and model the extractor uses, resolved from the ingest package.
  const requireIngest = createRequire(new URL('../../packages/ingest/package.json', import.meta.url));
  const winkNLP = requireIngest('wink-nlp') as (m: unknown, pipe?: string[]) => { readDoc: (t: string) => { tokens: () => { length: () => number } } };
  const model = requireIngest('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const nlpPipe = winkNLP(model, WINK_PIPE);
  // Warm every path once (model load, lexicon compilation) outside the timings.
  nlp.readDoc(story(0).body);
  nlpPipe.readDoc(story(0).body);
  extractTriples(story(0));
  const r: OneThread = { articles: 0, bytes: 0, tokens: 0, triples: 0, bareMs: 0, pipeMs: 0, fullMs: 0, rssAt: [], heapAt: [], peakMB: 0 };
  for (const a of corpus(target)) {
    let t = performance.now();
    const doc = nlp.readDoc(a.body);
    r.bareMs += performance.now() - t;
    r.tokens += doc.tokens().length();
    t = performance.now();
    nlpPipe.readDoc(a.body);
    r.pipeMs += performance.now() - t;
    t = performance.now();
    r.triples += extractTriples(a).length;
    r.fullMs += performance.now() - t;
    r.articles++;
    r.bytes += Buffer.byteLength(a.body);
    if (r.rssAt.length < 4 && r.bytes >= (target * (r.rssAt.length + 1)) / 4) {
      // Outside the timed sections: RSS, then the live heap after a full collection (RSS also
      // holds collector slack, which grows while the heap does not).
      const rss = rssMB();
      (globalThis as { gc?: () => void }).gc?.();
      r.rssAt.push(`${(r.rssAt.length + 1) * 25}%:${rss}MB`);
      r.heapAt.push(`${(r.heapAt.length + 1) * 25}%:${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)}MB`);
    }
  }
  r.peakMB = peakMB();
  return r;
}

// The worker pool. Each worker loads the model and lexicons on its first batch (1–3 s), which
// says nothing about throughput on large inputs: the steady rate is timed from the moment every
// worker has returned its first batch. The stories are made before the pool runs, so the
// generator's work on the main thread does not compete with the workers (it is no part of extraction).
async function poolRun(workers: number): Promise<PoolRun> {
  const stories = [...corpus(target)];
  const t = performance.now();
  let n = 0;
  let batches = 0;
  let warmAt = 0;
  let warmArticles = 0;
  let doneArticles = 0;
  for await (const batch of extractArticlesInWorkers(stories, { workers, batchSize: 64 })) {
    n += batch.reduce((k, b) => k + b.triples.length, 0);
    doneArticles += batch.length;
    if (++batches === workers) {
      warmAt = performance.now();
      warmArticles = doneArticles;
    }
  }
  const end = performance.now();
  return { ms: end - t, triples: n, steadyAps: ((doneArticles - warmArticles) * 1000) / Math.max(end - warmAt, 1), peakMB: peakMB() };
}

if (PHASE === 'one-thread') {
  process.stdout.write(JSON.stringify(oneThread()) + '\n');
} else if (PHASE === 'pool') {
  process.stdout.write(JSON.stringify(await poolRun(WORKERS)) + '\n');
} else {
  await main();
}

/** Runs one phase in a child process (optionally pinned to CPU 0) and returns what it measured. */
function child<T>(phase: string, workers: number, pin: boolean): T {
  const script = fileURLToPath(import.meta.url);
  const node = [process.execPath, '--expose-gc', '--import', 'tsx', script, '--phase', phase, '--mb', String(MB), '--workers', String(workers)];
  const [cmd, ...rest] = pin ? ['taskset', '-c', '0', ...node] : node;
  const res = spawnSync(cmd!, rest, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  if (res.status !== 0) throw new Error(`bench phase ${phase} (workers ${workers}, pinned ${pin}) failed: ${res.error?.message ?? `exit ${res.status}`}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!) as T;
}

async function main(): Promise<void> {
  const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const load0 = loadavg()[0]!;
  // Each round runs every pass once, in this order; with --rounds N the figures below are the
  // medians over rounds (other people's jobs on a shared machine come and go).
  const rounds: { pinned: OneThread; pool1Pinned: PoolRun; unpinned: OneThread; pool1Unpinned: PoolRun; poolN: PoolRun; load: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // One core: pinned (honest), then the same unpinned (as older runs measured it).
    const pinned = child<OneThread>('one-thread', 1, hasTaskset);
    const pool1Pinned = child<PoolRun>('pool', 1, hasTaskset);
    const unpinned = child<OneThread>('one-thread', 1, false);
    const pool1Unpinned = child<PoolRun>('pool', 1, false);
    // Both cores: the N-worker pool, unpinned.
    const poolN = child<PoolRun>('pool', WORKERS, false);
    rounds.push({ pinned, pool1Pinned, unpinned, pool1Unpinned, poolN, load: loadavg()[0]! });
  }
  const load1 = loadavg()[0]!;
  const median = (xs: number[]) => {
    const v = [...xs].sort((a, b) => a - b);
    return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  };
  const med = <T extends object>(pick: (r: (typeof rounds)[number]) => T): T => {
    const first = pick(rounds[0]!);
    const out = { ...first } as Record<string, unknown>;
    for (const [k, v] of Object.entries(first)) if (typeof v === 'number') out[k] = median(rounds.map((r) => (pick(r) as Record<string, number>)[k]!));
    return out as T;
  };
  const pinned = med((r) => r.pinned);
  const pool1Pinned = med((r) => r.pool1Pinned);
  const unpinned = med((r) => r.unpinned);
  const pool1Unpinned = med((r) => r.pool1Unpinned);
  const poolN = med((r) => r.poolN);

  const { articles, bytes, tokens, triples } = pinned;
  const per = (ms: number) => ({ aps: articles / (ms / 1000), mbps: bytes / 1024 / 1024 / (ms / 1000), tps: tokens / (ms / 1000) });
  const line = (label: string, ms: number, extra = '') => {
    const p = per(ms);
    return `${label.padEnd(44)} ${fmt(p.aps, 0).padStart(6)} articles/s  ${fmt(p.mbps, 2).padStart(5)} MB/s  ${fmt(p.tps, 0).padStart(7)} tokens/s${extra}`;
  };
  const pin = hasTaskset ? 'pinned, taskset -c 0' : 'NOT pinned: taskset missing';
  const oneCoreFull = per(pinned.fullMs).aps;
  const out = [
    `corpus: ${articles} synthetic stories, ${fmt(bytes / 1024 / 1024)} MB, ${tokens} wink tokens; load average ${fmt(load0)} at start, ${fmt(load1)} at end`,
    ...(hasTaskset ? [] : ['taskset (util-linux) not found: the one-core passes below run unpinned and overstate one core']),
    `-- one core (${pin})`,
    line('bare wink readDoc', pinned.bareMs),
    line('full extraction, in-process', pinned.fullMs, `  (${triples} triples)`),
    `ratio full / bare readDoc, one core: ${fmt(pinned.bareMs / pinned.fullMs, 2)}  (target ≥ 0.5)`,
    line(`readDoc with the extractor's pipe (${WINK_PIPE.join('+')})`, pinned.pipeMs),
    `ratio full / readDoc with the extractor's pipe, one core: ${fmt(pinned.pipeMs / pinned.fullMs, 2)}  (our rules' own share of the cost)`,
    `worker pool, 1 worker: ${fmt(pool1Pinned.steadyAps, 0)} articles/s steady, ${fmt(per(pool1Pinned.ms).aps, 0)} whole run`,
    `-- two cores (unpinned)`,
    `worker pool, ${WORKERS} workers: ${fmt(poolN.steadyAps, 0)} articles/s steady, ${fmt(per(poolN.ms).aps, 0)} whole run with worker start-up (${poolN.triples} triples)`,
    `ratio pool (${WORKERS} workers, steady) / one core in-process extraction: ${fmt(poolN.steadyAps / oneCoreFull, 2)}  (target ≥ 1.7)`,
    `ratio pool (${WORKERS} workers, steady) / pool (1 worker, one core, steady): ${fmt(poolN.steadyAps / pool1Pinned.steadyAps, 2)}`,
    `ratio whole runs with start-up, ${WORKERS} workers / 1 worker on one core: ${fmt(pool1Pinned.ms / poolN.ms, 2)}`,
    `-- one thread, unpinned (older figures were measured this way)`,
    line('bare wink readDoc', unpinned.bareMs),
    line('full extraction, in-process', unpinned.fullMs),
    `ratio full / bare readDoc, unpinned: ${fmt(unpinned.bareMs / unpinned.fullMs, 2)}; full / readDoc with the extractor's pipe: ${fmt(unpinned.pipeMs / unpinned.fullMs, 2)}`,
    `worker pool, 1 worker: ${fmt(pool1Unpinned.steadyAps, 0)} articles/s steady`,
    `ratio pool (${WORKERS} workers, steady) / unpinned in-process: ${fmt(poolN.steadyAps / per(unpinned.fullMs).aps, 2)}; / unpinned 1-worker pool: ${fmt(poolN.steadyAps / pool1Unpinned.steadyAps, 2)}`,
    `why they differ: unpinned, one JS thread borrows the second core for V8's concurrent GC and compilation, so it is more than one core's work.`,
    ...(ROUNDS > 1
      ? [
          `-- per round (figures above are medians over ${ROUNDS} rounds)`,
          ...rounds.map(
            (r, k) =>
              `round ${k + 1}: full/bare readDoc pinned ${fmt(r.pinned.bareMs / r.pinned.fullMs, 2)}, unpinned ${fmt(r.unpinned.bareMs / r.unpinned.fullMs, 2)}; ` +
              `pool ${WORKERS} workers / one core in-process ${fmt(r.poolN.steadyAps / (articles / (r.pinned.fullMs / 1000)), 2)}, / 1 worker pinned ${fmt(r.poolN.steadyAps / r.pool1Pinned.steadyAps, 2)}; load ${fmt(r.load)}`,
          ),
        ]
      : []),
    `-- memory`,
    `RSS during in-process extraction by share of input (pinned run): ${pinned.rssAt.join(' ')}; peak ${Math.round(pinned.peakMB)} MB`,
    `live heap after a full GC at the same points: ${pinned.heapAt.join(' ')}`,
    `peak RSS: pool 1 worker ${Math.round(pool1Pinned.peakMB)} MB, pool ${WORKERS} workers ${Math.round(poolN.peakMB)} MB`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  const counts = rounds.flatMap((r) => [r.pinned.triples, r.unpinned.triples, r.pool1Pinned.triples, r.pool1Unpinned.triples, r.poolN.triples]);
  if (counts.some((c) => c !== triples)) {
    process.stderr.write(`triple counts differ between runs: in-process ${triples}, others ${counts.join(', ')}\n`);
    process.exitCode = 1;
  }
}
