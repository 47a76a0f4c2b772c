/**
 * `pnpm bench import [--triples 1000000] [--loader-triples 100000] [--home .wiregraph-bench]`
 *
 * The bulk import (`wiregraph import --triples`, neo4j-admin) end to end, from a triples file to
 * a queryable database with every index online, on N synthetic triples (the load bench's
 * generator: realistic key reuse); and in the same run, the Bolt loader's rate on the first M of
 * the same triples into an emptied database of the same server. It also imports the first M
 * with the importer, so peak memory can be compared at M and at N. Prints rates, the ratio, peak
 * RSS, the phase breakdown and the steps inside the csv and index phases.
 *
 * It wipes the data of its own instance first (--home, default .wiregraph-bench, on
 * NEO4J_BOLT_PORT / NEO4J_HTTP_PORT; the corpus files are kept) and stops that server at the end.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../packages/core/src/index.js';
import { connect, createLoader, type ImportReport } from '../../packages/loader/src/index.js';
import { localNeo4jSettings, resetLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../packages/local-neo4j/src/index.js';
import { syntheticTripleStream } from './_synthetic-triples.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const TRIPLES = Number(arg('triples', '1000000'));
const LOADER_TRIPLES = Number(arg('loader-triples', '100000'));
const HOME = resolve(arg('home', '.wiregraph-bench'));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => (ms / 1000).toFixed(1);
/** The 1-minute load average: on a shared machine, whether the loader and the import ran under the same load. */
const load = () => loadavg()[0]!.toFixed(1);

/** The corpus as JSON Lines, written once per size (not timed): the import reads a file as a user's would. */
async function triplesFile(count: number): Promise<string> {
  const dir = join(HOME, 'corpus');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `synthetic-${count}.jsonl`);
  try {
    if (statSync(path).size > 0) return path;
  } catch {
    /* not written yet */
  }
  const out = createWriteStream(path);
  for (const t of syntheticTripleStream(count)) if (!out.write(JSON.stringify(t) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

/** `wiregraph import` in its own process, as a user runs it; its report says its peak RSS. */
function runImport(file: string): Promise<{ wallMs: number; report: ImportReport }> {
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'packages/cli/src/bin.ts'), 'import', '--triples', file, '--replace', '--json', '--no-progress'], {
      cwd: REPO,
      env: { ...process.env, WIREGRAPH_HOME: HOME, WIREGRAPH_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`wiregraph import exited ${code}: ${out}`));
      resolvePromise({ wallMs: performance.now() - started, report: JSON.parse(out) as ImportReport });
    });
  });
}

async function loaderRate(file: string, count: number): Promise<number> {
  const { readTriples } = await import('../../packages/loader/src/index.js');
  const { createReadStream } = await import('node:fs');
  const triples = [];
  for await (const t of readTriples(createReadStream(file), file, (e) => { throw e; })) triples.push(t);
  const config = loadConfig({ dataDir: HOME });
  const { driver, database } = await connect(config, { maxTransactionRetryTimeMs: 60_000 });
  try {
    const s = driver.session({ database });
    await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
    await s.close();
    const loader = createLoader({ driver, database });
    await loader.prepare();
    const started = performance.now();
    await loader.load(triples);
    return count / ((performance.now() - started) / 1000);
  } finally {
    await driver.close();
  }
}

/** Queryable, indexes online: the end of "end to end". */
async function checkQueryable(): Promise<string> {
  const { driver, database } = await connect(loadConfig({ dataDir: HOME }));
  try {
    const q = async (text: string) => (await driver.executeQuery(text, {}, { database })).records;
    const notOnline = await q("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name");
    const [claims] = await q('MATCH (c:Claim) RETURN count(c) AS n');
    const hits = await q("CALL db.index.fulltext.queryNodes('entity_names', 'person') YIELD node RETURN count(node) AS n");
    return `${notOnline.length} indexes not online; ${fmt(Number(claims!.get('n')))} claims; full-text search answers (${fmt(Number(hits[0]!.get('n')))} hits)`;
  } finally {
    await driver.close();
  }
}

const settings = localNeo4jSettings(loadConfig({ dataDir: HOME }));
console.log(`# pnpm bench import — home ${HOME}, bolt ${settings.boltPort}`);
const small = await triplesFile(LOADER_TRIPLES);
const big = await triplesFile(TRIPLES);
// Every run starts from an empty store (not timed): emptying the last run's million claims through
// Cypher would exhaust the server's heap, and each run should measure the same work.
await resetLocalNeo4j(settings);
await startLocalNeo4j(settings);
try {
  const loadBefore = load();
  const loader = await loaderRate(small, LOADER_TRIPLES);
  console.log(`Bolt loader, first ${fmt(LOADER_TRIPLES)} triples, emptied database: ${fmt(loader)} triples/s (load average ${loadBefore} -> ${load()})`);
  const rows: [number, { wallMs: number; report: ImportReport }][] = [];
  for (const [count, file] of [[LOADER_TRIPLES, small], [TRIPLES, big]] as const) {
    const loadAtStart = load();
    const run = await runImport(file);
    rows.push([count, run]);
    console.log(`import ${fmt(count)}: ${secs(run.wallMs)} s wall, ${fmt(count / (run.wallMs / 1000))} triples/s (load average ${loadAtStart} -> ${load()}); ${await checkQueryable()}`);
  }
  const phases = ['csv', 'stop', 'import', 'start', 'index'] as const;
  const steps = ['read', 'write', 'served', 'schema', 'lists', 'people'] as const;
  console.log(`\ntriples   | wall s | triples/s | x loader | peak RSS MiB | ${phases.map((p) => `${p} s`).join(' | ')} | ${steps.map((s) => `${s} s`).join(' | ')}`);
  for (const [count, { wallMs, report }] of rows) {
    const rate = count / (wallMs / 1000);
    console.log(
      [fmt(count).padStart(9), secs(wallMs).padStart(6), fmt(rate).padStart(9), (rate / loader).toFixed(1).padStart(8), String(report.peakRssMiB).padStart(12),
        ...phases.map((p) => secs(report.phases[p] ?? 0)), ...steps.map((s) => secs(report.steps[s] ?? 0))].join(' | '),
    );
  }
  console.log('(csv = read + write: reading and planning (on worker threads) while the sorts run, then the CSVs from the sorted lines; stop runs beside csv; index = served + schema + lists + people)');
  const [, last] = rows.at(-1)!;
  console.log(`\nimporter: ${last.report.importerSummary.join('; ')}`);
} finally {
  await stopLocalNeo4j(settings);
}
