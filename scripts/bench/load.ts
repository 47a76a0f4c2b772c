/**
 * `pnpm bench load [--triples N] [--sweep 1000,2000,4000,8000] [--sweep-triples N] [--rounds R] [--resolution]`
 *
 * With --resolution, only the cost of person resolution: the loader with it and without it, on
 * the same triples, alternating, best of R rounds each, as a ratio (target: at most 10 % slower).
 *
 * Loads N synthetic triples (default 100,000) with realistic key reuse into the real local
 * Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687) with the loader (MERGE, evidence kept as
 * claims), and in the same run the same rows with a bare `UNWIND … CREATE` into an emptied
 * database (no constraints, no lookups) as the baseline. Prints triples/s for both, the ratio,
 * and a batch-size sweep. It empties the database it points at: never run it against data you keep.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { PREDICATE_SIGNATURES, loadConfig, type Predicate, type Triple } from '../../packages/core/src/index.js';
import { connect, createLoader } from '../../packages/loader/src/index.js';
import { CLAIM_FIELDS, claimRow, claimValues } from '../../packages/loader/src/internal/rows.js';
import { syntheticTriples } from './_synthetic-triples.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const TRIPLES = Number(arg('triples', '100000'));
const SWEEP = arg('sweep', '1000,2000,4000,8000').split(',').map(Number);
const SWEEP_TRIPLES = Number(arg('sweep-triples', '20000'));
// The machine is shared: each figure is the best of this many runs, interleaved, so a burst of
// someone else's load does not decide a comparison.
const ROUNDS = Number(arg('rounds', '2'));

// ---------- database helpers

async function run(driver: Driver, database: string, text: string, params: Record<string, unknown> = {}) {
  const s = driver.session({ database });
  try {
    return await s.run(text, params);
  } finally {
    await s.close();
  }
}

/** Empties the database: all data, and (with dropSchema) every constraint and index. */
async function emptyDatabase(driver: Driver, database: string, dropSchema: boolean) {
  await run(driver, database, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  if (!dropSchema) return;
  for (const r of (await run(driver, database, 'SHOW CONSTRAINTS YIELD name')).records) await run(driver, database, `DROP CONSTRAINT \`${String(r.get('name')).replace(/`/g, '')}\``);
  for (const r of (await run(driver, database, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")).records) await run(driver, database, `DROP INDEX \`${String(r.get('name')).replace(/`/g, '')}\``);
}

/**
 * The baseline: the same claim rows as the loader sends (lists of values in CLAIM_FIELDS order),
 * with bare CREATEs: no lookups, no dedup, no constraints.
 */
async function bareCreate(driver: Driver, database: string, triples: Triple[], batchSize: number): Promise<number> {
  const byPredicate = new Map<Predicate, ReturnType<typeof claimValues>[]>();
  for (const t of triples) {
    const row = claimValues(claimRow(t));
    let list = byPredicate.get(t.predicate);
    if (!list) byPredicate.set(t.predicate, (list = []));
    list.push(row);
  }
  const col = (f: (typeof CLAIM_FIELDS)[number]) => `row[${CLAIM_FIELDS.indexOf(f)}]`;
  const props = CLAIM_FIELDS.map((f) => `${f}: ${col(f)}`).join(', ');
  const started = performance.now();
  const s = driver.session({ database });
  try {
    for (const [p, rows] of byPredicate) {
      const sig = PREDICATE_SIGNATURES[p];
      // Labels from the fixed list (the signature); every value a parameter.
      const text = `UNWIND $rows AS row
CREATE (a:Article {id: ${col('article')}})-[:ASSERTS]->(c:Claim {${props}})
CREATE (c)-[:SUBJECT]->(s:${sig.subject} {key: ${col('subjectKey')}})
CREATE (c)-[:OBJECT]->(o:${sig.object} {key: ${col('objectKey')}})
CREATE (s)-[:${p} {firstDate: ${col('date')}, lastDate: ${col('date')}, articleIds: [${col('article')}], articleCount: 1, claimCount: 1}]->(o)`;
      for (let i = 0; i < rows.length; i += batchSize) {
        await s.executeWrite((tx) => tx.run(text, { rows: rows.slice(i, i + batchSize) }));
      }
    }
  } finally {
    await s.close();
  }
  return (performance.now() - started) / 1000;
}

/**
 * What bounds any loader from above on this server, with the same rows: only sending them
 * (UNWIND … RETURN count(*), nothing written), and only creating each claim node with its
 * properties (no relationship, no lookup, no constraint or index). Evidence kept as claims
 * costs at least the second; everything else the loader does is added to it.
 */
async function ceilings(driver: Driver, database: string, triples: Triple[], batchSize: number) {
  const rows = triples.map((t) => claimValues(claimRow(t)));
  const props = CLAIM_FIELDS.map((f, i) => `${f}: row[${i}]`).join(', ');
  const timed = async (text: string, write: boolean) => {
    const s = driver.session({ database });
    const started = performance.now();
    try {
      for (let i = 0; i < rows.length; i += batchSize) {
        const work = (tx: ManagedTransaction) => tx.run(text, { rows: rows.slice(i, i + batchSize) });
        await (write ? s.executeWrite(work) : s.executeRead(work));
      }
    } finally {
      await s.close();
    }
    return (performance.now() - started) / 1000;
  };
  return {
    send: await timed('UNWIND $rows AS row RETURN count(*)', false),
    claimsOnly: await timed(`UNWIND $rows AS row CREATE (:Claim {${props}})`, true),
  };
}

async function loaderRun(driver: Driver, database: string, triples: Triple[], batchSize: number, resolvePeople = true) {
  await emptyDatabase(driver, database, false);
  const loader = createLoader({ driver, database, batchSize, resolvePeople });
  await loader.prepare();
  const started = performance.now();
  const report = await loader.load(triples);
  return { seconds: (performance.now() - started) / 1000, report };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const config = loadConfig();
const { driver, database, target } = await connect(config, { maxTransactionRetryTimeMs: 60_000 });
try {
  const triples = syntheticTriples(TRIPLES);
  const articles = new Set(triples.map((t) => t.article)).size;
  const keys = (pred: (t: Triple) => string[]) => new Set(triples.flatMap(pred)).size;
  console.log(`# pnpm bench load — ${target}, database ${database}`);
  console.log(`synthetic corpus: ${fmt(triples.length)} triples, ${fmt(articles)} articles, ${fmt(keys((t) => [t.subject, t.object].filter((e) => e.type === 'Person').map((e) => e.key)))} people, ${fmt(keys((t) => [t.subject, t.object].filter((e) => e.type === 'Country').map((e) => e.key)))} countries, ${fmt(new Set(triples.map((t) => claimRow(t).factKey)).size)} distinct facts`);

  // Warm-up: the server compiles each statement shape once; neither timed run should pay for that.
  const warm = triples.slice(0, 3000);
  await emptyDatabase(driver, database, true);
  await bareCreate(driver, database, warm, 1000);
  await loaderRun(driver, database, warm, 1000);

  if (args.includes('--resolution')) {
    // Person resolution's cost: the same load with and without it, alternating, best of each.
    const best = { without: Infinity, with: Infinity };
    for (let round = 0; round < ROUNDS; round++) {
      best.without = Math.min(best.without, (await loaderRun(driver, database, triples, 4000, false)).seconds);
      best.with = Math.min(best.with, (await loaderRun(driver, database, triples, 4000, true)).seconds);
      console.log(`round ${round + 1}: without resolution ${best.without.toFixed(2)} s best so far, with ${best.with.toFixed(2)} s`);
    }
    console.log(`loader without person resolution: ${fmt(triples.length / best.without)} triples/s; with: ${fmt(triples.length / best.with)} triples/s`);
    console.log(`ratio with / without (time): ${(best.with / best.without).toFixed(3)}  (target: ≤ 1.10)`);
    await driver.close();
    process.exit(0);
  }

  // Batch-size sweep (loader, emptied database each time) on a prefix of the corpus, rounds interleaved.
  const part = triples.slice(0, SWEEP_TRIPLES);
  console.log(`\nbatch-size sweep (loader, ${fmt(part.length)} triples, emptied database each time, best of ${ROUNDS}):`);
  const best = new Map<number, number>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of SWEEP) {
      const { seconds } = await loaderRun(driver, database, part, size);
      best.set(size, Math.min(best.get(size) ?? Infinity, seconds));
    }
  }
  console.log('batch size | seconds | triples/s');
  for (const size of SWEEP) console.log(`${String(size).padStart(10)} | ${best.get(size)!.toFixed(2).padStart(7)} | ${fmt(part.length / best.get(size)!).padStart(9)}`);
  const chosen = [...best].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  console.log(`fastest: ${chosen}`);

  // Baseline (bare CREATE into an emptied database: no constraints or indexes, nothing looked up)
  // and the loader (same rows, same batch size, evidence kept), alternating, best of each.
  let bareSeconds = Infinity;
  let seconds = Infinity;
  let report: Awaited<ReturnType<typeof loaderRun>>['report'] | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    await emptyDatabase(driver, database, true);
    bareSeconds = Math.min(bareSeconds, await bareCreate(driver, database, triples, chosen));
    const run = await loaderRun(driver, database, triples, chosen);
    if (run.seconds < seconds) ({ seconds, report } = run);
    console.log(`round ${round + 1}: bare CREATE ${(triples.length / bareSeconds).toFixed(0)} triples/s so far best, loader ${(triples.length / run.seconds).toFixed(0)} triples/s this round`);
  }
  const bareRate = triples.length / bareSeconds;
  const rate = triples.length / seconds;
  console.log(`\nfull run, batch size ${chosen}, best of ${ROUNDS}:`);
  console.log(`bare UNWIND…CREATE baseline: ${fmt(triples.length)} triples in ${bareSeconds.toFixed(2)} s = ${fmt(bareRate)} triples/s`);
  console.log(`loader (MERGE, claims with evidence): ${fmt(triples.length)} triples in ${seconds.toFixed(2)} s = ${fmt(rate)} triples/s`);
  console.log(`ratio loader / bare CREATE: ${(rate / bareRate).toFixed(2)}  (targets: ≥ 20,000 triples/s, ≥ 0.40)`);
  console.log(`graph: ${JSON.stringify(Object.fromEntries(Object.entries(report!.nodes).map(([k, v]) => [k, v!.created])))} nodes created; ${JSON.stringify(Object.fromEntries(Object.entries(report!.relationships).map(([k, v]) => [k, v!.created])))} relationships created`);

  // Idempotence under load: the same triples again.
  const again = performance.now();
  const second = await createLoader({ driver, database, batchSize: chosen }).load(triples);
  const againSeconds = (performance.now() - again) / 1000;
  console.log(`re-load of the same triples: ${againSeconds.toFixed(2)} s = ${fmt(triples.length / againSeconds)} triples/s; ${second.counters.nodesCreated} nodes and ${second.counters.relationshipsCreated} relationships created`);

  // Upper bounds on this server (emptied database, no schema), best of the rounds too. It empties
  // the database again, so it comes after the re-load.
  let send = Infinity;
  let claimsOnly = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    await emptyDatabase(driver, database, true);
    const c = await ceilings(driver, database, triples, chosen);
    send = Math.min(send, c.send);
    claimsOnly = Math.min(claimsOnly, c.claimsOnly);
  }
  console.log(`upper bounds here, same rows: only sending them ${fmt(triples.length / send)} triples/s; only creating the claim nodes (no link, no index) ${fmt(triples.length / claimsOnly)} triples/s`);
} finally {
  await driver.close();
}
