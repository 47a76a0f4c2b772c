/**
 * `pnpm bench load [--triples N] [--sweep 250,500,1000,2000,5000] [--sweep-triples N]`
 *
 * Loads N synthetic triples (default 100,000) with realistic key reuse into the real local
 * Neo4j (NEO4J_URI, default bolt://127.0.0.1:7687) with the loader (MERGE, evidence kept as
 * claims), and in the same run the same rows with a bare `UNWIND … CREATE` into an emptied
 * database (no constraints, no lookups) as the baseline. Prints triples/s for both, the ratio,
 * and a batch-size sweep. It empties the database it points at: never run it against data you keep.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { PREDICATE_SIGNATURES, loadConfig, type Predicate, type Triple } from '../../packages/core/src/index.js';
import { connect, createLoader } from '../../packages/loader/src/index.js';
import { claimRow } from '../../packages/loader/src/internal/rows.js';
import { syntheticTriples } from './_synthetic-triples.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const TRIPLES = Number(arg('triples', '100000'));
const SWEEP = arg('sweep', '250,500,1000,2000,5000').split(',').map(Number);
const SWEEP_TRIPLES = Number(arg('sweep-triples', '30000'));

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

/** The baseline: the same claim rows with bare CREATEs, no lookups, no dedup, no constraints. */
async function bareCreate(driver: Driver, database: string, triples: Triple[], batchSize: number): Promise<number> {
  const byPredicate = new Map<Predicate, ReturnType<typeof claimRow>[]>();
  for (const t of triples) {
    const row = claimRow(t);
    let list = byPredicate.get(t.predicate);
    if (!list) byPredicate.set(t.predicate, (list = []));
    list.push(row);
  }
  const started = performance.now();
  const s = driver.session({ database });
  try {
    for (const [p, rows] of byPredicate) {
      const sig = PREDICATE_SIGNATURES[p];
      // Labels from the fixed list (the signature); every value a parameter.
      const text = `UNWIND $rows AS row
CREATE (a:Article {id: row.article})-[:ASSERTS]->(c:Claim {id: row.id, article: row.article, predicate: row.predicate,
  subjectKey: row.subjectKey, objectKey: row.objectKey, date: row.date, evidence: row.evidence, confidence: row.confidence,
  sentence: toInteger(row.sentence), title: row.title, partners: row.partners})
CREATE (c)-[:SUBJECT]->(s:${sig.subject} {key: row.subjectKey})
CREATE (c)-[:OBJECT]->(o:${sig.object} {key: row.objectKey})
CREATE (s)-[:${p} {firstDate: row.date, lastDate: row.date, articleIds: [row.article], articleCount: 1, claimCount: 1}]->(o)`;
      for (let i = 0; i < rows.length; i += batchSize) {
        await s.executeWrite((tx) => tx.run(text, { rows: rows.slice(i, i + batchSize) }));
      }
    }
  } finally {
    await s.close();
  }
  return (performance.now() - started) / 1000;
}

async function loaderRun(driver: Driver, database: string, triples: Triple[], batchSize: number) {
  await emptyDatabase(driver, database, false);
  const loader = createLoader({ driver, database, batchSize });
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

  // Batch-size sweep (loader, emptied database each time) on a prefix of the corpus.
  console.log(`\nbatch-size sweep (loader, ${fmt(Math.min(SWEEP_TRIPLES, triples.length))} triples, emptied database each time):`);
  console.log('batch size | seconds | triples/s');
  const sweep: { size: number; rate: number }[] = [];
  for (const size of SWEEP) {
    const part = triples.slice(0, SWEEP_TRIPLES);
    const { seconds } = await loaderRun(driver, database, part, size);
    sweep.push({ size, rate: part.length / seconds });
    console.log(`${String(size).padStart(10)} | ${seconds.toFixed(2).padStart(7)} | ${fmt(part.length / seconds).padStart(9)}`);
  }
  const best = sweep.reduce((a, b) => (b.rate > a.rate ? b : a));
  console.log(`fastest: ${best.size}`);

  // Baseline: bare CREATE into an emptied database (no constraints or indexes, nothing looked up).
  await emptyDatabase(driver, database, true);
  const bareSeconds = await bareCreate(driver, database, triples, best.size);
  const bareRate = triples.length / bareSeconds;

  // The loader, same rows, same batch size, evidence kept.
  const { seconds, report } = await loaderRun(driver, database, triples, best.size);
  const rate = triples.length / seconds;
  console.log(`\nfull run, batch size ${best.size}:`);
  console.log(`bare UNWIND…CREATE baseline: ${fmt(triples.length)} triples in ${bareSeconds.toFixed(2)} s = ${fmt(bareRate)} triples/s`);
  console.log(`loader (MERGE, claims with evidence): ${fmt(triples.length)} triples in ${seconds.toFixed(2)} s = ${fmt(rate)} triples/s`);
  console.log(`ratio loader / bare CREATE: ${(rate / bareRate).toFixed(2)}  (targets: ≥ 20,000 triples/s, ≥ 0.40)`);
  console.log(`graph: ${JSON.stringify(Object.fromEntries(Object.entries(report.nodes).map(([k, v]) => [k, v!.created])))} nodes created; ${JSON.stringify(Object.fromEntries(Object.entries(report.relationships).map(([k, v]) => [k, v!.created])))} relationships created`);

  // Idempotence under load: the same triples again.
  const again = performance.now();
  const second = await createLoader({ driver, database, batchSize: best.size }).load(triples);
  const againSeconds = (performance.now() - again) / 1000;
  console.log(`re-load of the same triples: ${againSeconds.toFixed(2)} s = ${fmt(triples.length / againSeconds)} triples/s; ${second.counters.nodesCreated} nodes and ${second.counters.relationshipsCreated} relationships created`);
} finally {
  await driver.close();
}
void neo4j;
