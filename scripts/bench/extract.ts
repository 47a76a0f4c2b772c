/**
 * `pnpm bench extract [--mb N] [--workers N]`: throughput of full triple extraction next to
 * bare wink-nlp readDoc over the same synthetic corpus in the same run, as a ratio; then the
 * worker-thread pool on N threads against extraction on one thread; peak RSS along the way.
 *
 * The corpus is composed by a seeded generator from sentence templates (meetings, visits,
 * cooperation frames with sector lists, offices, traps, filler), with leaders made up from
 * syllables and real countries, so it is varied and never the dev corpus. Stories are
 * generated lazily, so memory use reflects the extractor, not the corpus.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { countries, type Article } from '@wiregraph/core';
import { extractArticlesInWorkers, extractTriples } from '../../packages/ingest/src/index.js';
import { rng } from './_random.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const MB = opt('mb', 10);
const WORKERS = opt('workers', 2);


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
const rss = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
const fmt = (n: number, d = 1) => n.toFixed(d);

// Warm both paths once (model load, lexicon compilation) outside the timings.
// The same wink-nlp and model the extractor uses, resolved from the ingest package.
const requireIngest = createRequire(new URL('../../packages/ingest/package.json', import.meta.url));
const winkNLP = requireIngest('wink-nlp') as (m: unknown) => { readDoc: (t: string) => { tokens: () => { length: () => number } } };
const nlp = winkNLP(requireIngest('wink-eng-lite-web-model'));
nlp.readDoc(story(0).body);
extractTriples(story(0));

// Bare readDoc and full extraction alternate story by story, so both see the same machine
// load (the machine is shared); each is timed on its own.
let articles = 0;
let bytes = 0;
let tokens = 0;
let triples = 0;
let bareMs = 0;
let fullMs = 0;
const rssAt: string[] = [];
for (const a of corpus(target)) {
  let t = performance.now();
  const doc = nlp.readDoc(a.body);
  bareMs += performance.now() - t;
  tokens += doc.tokens().length();
  t = performance.now();
  triples += extractTriples(a).length;
  fullMs += performance.now() - t;
  articles++;
  bytes += Buffer.byteLength(a.body);
  if (rssAt.length < 4 && bytes >= (target * (rssAt.length + 1)) / 4) rssAt.push(`${(rssAt.length + 1) * 25}%:${rss()}MB`);
}

// The worker pool on one thread and on N threads, same corpus, same conditions. Each worker
// loads the model and lexicons on its first batch (1–3 s), which says nothing about throughput
// on large inputs: the rate is timed from the moment every worker has returned its first batch.
// The stories are made before the pool runs, so the generator's work on the main thread does not
// compete with the workers for the machine's cores (it is no part of extraction).
const stories = [...corpus(target)];
async function poolRun(workers: number): Promise<{ ms: number; triples: number; steadyAps: number }> {
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
  return { ms: end - t, triples: n, steadyAps: ((doneArticles - warmArticles) * 1000) / Math.max(end - warmAt, 1) };
}
const pool1 = await poolRun(1);
const poolN = await poolRun(WORKERS);
const poolMs = poolN.ms;
const wTriples = poolN.triples;

const per = (ms: number) => ({ aps: articles / (ms / 1000), mbps: bytes / 1024 / 1024 / (ms / 1000), tps: tokens / (ms / 1000) });
const bare = per(bareMs);
const full = per(fullMs);
const pool = per(poolMs);
const out = [
  `corpus: ${articles} synthetic stories, ${fmt(bytes / 1024 / 1024)} MB, ${tokens} wink tokens`,
  `bare wink readDoc:        ${fmt(bare.aps, 0).padStart(7)} articles/s  ${fmt(bare.mbps, 2).padStart(6)} MB/s  ${fmt(bare.tps, 0).padStart(8)} tokens/s`,
  `full extraction (1 core): ${fmt(full.aps, 0).padStart(7)} articles/s  ${fmt(full.mbps, 2).padStart(6)} MB/s  ${fmt(full.tps, 0).padStart(8)} tokens/s  (${triples} triples)`,
  `ratio full / bare readDoc: ${fmt(bareMs / fullMs, 2)}  (target ≥ 0.5)`,
  `worker pool (1 thread):    ${fmt(per(pool1.ms).aps, 0).padStart(7)} articles/s  ${fmt(per(pool1.ms).mbps, 2).padStart(6)} MB/s`,
  `worker pool (${WORKERS} threads):   ${fmt(pool.aps, 0).padStart(7)} articles/s  ${fmt(pool.mbps, 2).padStart(6)} MB/s  ${fmt(pool.tps, 0).padStart(8)} tokens/s  (${wTriples} triples)`,
  `ratio ${WORKERS} threads / 1 thread, whole run (with worker start-up): ${fmt(pool1.ms / poolMs, 2)}`,
  `steady rate after every worker's first batch: 1 thread ${fmt(pool1.steadyAps, 0)} articles/s, ${WORKERS} threads ${fmt(poolN.steadyAps, 0)} articles/s`,
  `ratio ${WORKERS} threads / 1 thread, steady: ${fmt(poolN.steadyAps / pool1.steadyAps, 2)}  (target ≥ 1.7 on 2 free cores; machine load avg now ${loadavg()[0]!.toFixed(1)})`,
  `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; RSS during 1-core extraction by share of input: ${rssAt.join(' ')}`,
];
process.stdout.write(out.join('\n') + '\n');
if (wTriples !== triples || pool1.triples !== triples) {
  process.stderr.write(`worker pool gave ${wTriples} triples, one core ${triples}\n`);
  process.exitCode = 1;
}
