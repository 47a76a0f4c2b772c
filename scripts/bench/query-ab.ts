/**
 * `pnpm bench query-ab [--against REV] [--samples N]`
 *
 * The Cypher of cypher/queries/ against the same files at git revision REV (default HEAD~1), run
 * interleaved on the graph `pnpm bench query` loaded (old, new, new, old, … on the same start
 * entities), so both see the same load on a shared machine: p50/p95 ms of each and their ratio.
 * Server and driver time only (no TypeScript mapping). Point at the server with NEO4J_BOLT_PORT.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../packages/core/src/index.js';
import { connect } from '../../packages/loader/src/index.js';
import { bindParameters, parseQueryFile, queryFile } from '../../packages/query/src/index.js';
import { rng } from './_random.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const AGAINST = arg('against', 'HEAD~1');
const SAMPLES = Number(arg('samples', '60'));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

const toDriver = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

async function main() {
  const { driver, database } = await connect(loadConfig());
  try {
    const keys = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records.map((r) => String(r.get(0)));
    const people = await keys('MATCH (p:Person) RETURN p.key');
    const countries = await keys('MATCH (c:Country) WHERE EXISTS { (c)--() } RETURN c.iso3');
    const met = (await driver.executeQuery('MATCH (a:Person)-[:MET]->(b:Person) RETURN a.key AS a, b.key AS b LIMIT 5000', {}, { database })).records.map((r) => [String(r.get('a')), String(r.get('b'))]);
    const random = rng(11);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const cases: Record<string, () => Record<string, unknown>> = {
      meetings: () => ({ person: pick(people) }),
      cooperation: () => ({ country: pick(countries) }),
      evidence: () => { const [a, b] = pick(met); return { predicate: 'MET', subject: a, object: b }; },
      search: () => { const t = pick(people).split(' ').at(-1)!; return { query: `(${t} OR ${t}~1)`, limit: 10 }; },
    };
    console.log(`cypher/queries/ now against ${AGAINST}, ${SAMPLES} start entities each, interleaved, warm caches (ms):`);
    console.log('query        | old p50 | old p95 | new p50 | new p95 | new/old p95');
    for (const [name, make] of Object.entries(cases)) {
      const now = queryFile(name);
      const old = parseQueryFile(name, execFileSync('git', ['show', `${AGAINST}:cypher/queries/${name}.cypher`], { encoding: 'utf8' }));
      const samples = Array.from({ length: SAMPLES }, make);
      const run = async (file: typeof now, p: Record<string, unknown>) => {
        const t0 = performance.now();
        await driver.executeQuery(file.text, toDriver(bindParameters(file, p)), { database });
        return performance.now() - t0;
      };
      for (const p of samples) { await run(old, p); await run(now, p); } // warm-up
      const times = { old: [] as number[], now: [] as number[] };
      for (const [i, p] of samples.entries()) {
        const order = i % 2 ? (['now', 'old'] as const) : (['old', 'now'] as const);
        for (const which of order) times[which].push(await run(which === 'old' ? old : now, p));
      }
      const o = times.old.sort((a, b) => a - b);
      const n = times.now.sort((a, b) => a - b);
      console.log(`${name.padEnd(12)} | ${fmt(percentile(o, 50)).padStart(7)} | ${fmt(percentile(o, 95)).padStart(7)} | ${fmt(percentile(n, 50)).padStart(7)} | ${fmt(percentile(n, 95)).padStart(7)} | ${(percentile(n, 95) / percentile(o, 95)).toFixed(2).padStart(11)}`);
    }
  } finally {
    await driver.close();
  }
}

await main();
