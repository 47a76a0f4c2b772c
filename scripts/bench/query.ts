/**
 * `pnpm bench query [--triples N] [--samples N] [--reuse] [--uncapped N]`
 *
 * Loads N synthetic triples (default 1,000,000; Zipf-distributed people, countries and sectors,
 * see _synthetic-triples.ts) through the loader into the configured database (emptied first;
 * --reuse keeps a graph a previous run loaded), then times every traversal of @wiregraph/query
 * from warm caches: each traversal runs once over its sample of start entities (warm-up), then
 * again, timed. Prints p50/p95/max in ms, and p95 as a ratio to a baseline measured in the same
 * run: the bare index lookup of one entity (cypher/queries/entity.cypher), the floor every
 * traversal starts from. Point at your own server with NEO4J_BOLT_PORT / NEO4J_URI.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig, type Triple } from '../../packages/core/src/index.js';
import { connect, createLoader } from '../../packages/loader/src/index.js';
import { createQueries, type GraphQueries } from '../../packages/query/src/index.js';
import { syntheticTriples } from './_synthetic-triples.js';
import { rng } from './_random.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const TRIPLES = Number(arg('triples', '1000000'));
const SAMPLES = Number(arg('samples', '100'));
const REUSE = process.argv.includes('--reuse');
// --uncapped N: also time N depth-2 neighbourhoods with no limit (the whole answer)
const UNCAPPED = Number(arg('uncapped', '0'));
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });


const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const config = loadConfig();
  const { driver, database } = await connect(config);
  const q = createQueries({ driver, database });
  try {
    const count = async (cypher: string) => Number((await driver.executeQuery(cypher, {}, { database })).records[0]!.get(0));
    let claims = await count('MATCH (c:Claim) RETURN count(c)');
    if (!REUSE || claims === 0) {
      console.log(`generating ${fmt(TRIPLES)} synthetic triples…`);
      const triples: Triple[] = syntheticTriples(TRIPLES);
      const session = driver.session({ database });
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
      const started = performance.now();
      const report = await createLoader({ driver, database }).load(triples);
      const seconds = (performance.now() - started) / 1000;
      console.log(`loaded ${fmt(report.triples)} triples in ${fmt(seconds)} s (${fmt(triples.length / seconds)} triples/s)`);
      claims = await count('MATCH (c:Claim) RETURN count(c)');
    }
    const facts = await count('MATCH ()-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]->() RETURN count(r)');
    const people = (await driver.executeQuery('MATCH (p:Person) RETURN p.key AS k', {}, { database })).records.map((r) => String(r.get('k')));
    const countries = (await driver.executeQuery('MATCH (c:Country) WHERE EXISTS { (c)--() } RETURN c.iso3 AS k', {}, { database })).records.map((r) => String(r.get('k')));
    const sectorKeys = (await driver.executeQuery('MATCH (s:Sector) RETURN s.key AS k', {}, { database })).records.map((r) => String(r.get('k')));
    console.log(`graph: ${fmt(claims)} claims, ${fmt(facts)} fact relationships, ${fmt(people.length)} people, ${fmt(countries.length)} countries with facts`);

    const random = rng(7);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    // one fixed sample of start entities per traversal, drawn uniformly from the graph's entities
    const metFacts = (await driver.executeQuery('MATCH (a:Person)-[:MET]->(b:Person) RETURN a.key AS a, b.key AS b LIMIT 5000', {}, { database })).records.map((r) => [String(r.get('a')), String(r.get('b'))] as const);
    const cases: [string, string, () => Promise<unknown>][] = [];
    const counts = new Map<string, number>();
    const add = (name: string, target: string, make: () => () => Promise<unknown>, samples = SAMPLES) => {
      counts.set(name, samples);
      for (let i = 0; i < samples; i++) cases.push([name, target, make()]);
    };
    add('baseline: entity lookup', '-', () => { const k = pick(people); return () => q.run('entity', { key: k }); });
    add('meetings', '20', () => { const k = pick(people); return () => q.meetings({ person: k }); });
    add('counterparts', '20', () => { const k = pick(people); return () => q.counterparts(k); });
    add('officeHolders', '20', () => { const k = pick(countries); return () => q.officeHolders({ country: k, asOf: '2025-06-30' }); });
    add('officesOf', '-', () => { const k = pick(people); return () => q.officesOf(k); });
    add('cooperation', '20', () => { const k = pick(countries); return () => q.cooperation({ country: k }); });
    add('partnersOn', '-', () => { const k = pick(sectorKeys); return () => q.partnersOn(k); });
    add('sharedSectors', '-', () => { const a = pick(countries); const b = pick(countries); return () => q.sharedSectors(a, b).catch(() => []); });
    add('evidence', '20', () => { const [a, b] = pick(metFacts); return () => q.evidence({ predicate: 'MET', subject: a, object: b }); });
    add('search', '20', () => { const k = pick(people).split(' ').at(-1)!; return () => q.search(k); });
    add('timeline', '-', () => { const k = pick(people); return () => q.timeline(k); });
    add('path (≤ 4 hops)', '200', () => { const a = pick(people); const b = pick(people); return () => q.path(a, b, { maxHops: 4, limit: 10 }); });
    // neighbourhood() as shipped: the strongest NEIGHBOURHOOD_LIMIT facts of each hop
    add('neighbourhood (depth 2)', '200', () => { const k = pick(people); return () => q.neighbourhood(k, { depth: 2 }); });
    // the same walk over MET only: the traversal without the country hubs' thousands of facts
    add('neighbourhood (d2, MET)', '-', () => { const k = pick(people); return () => q.neighbourhood(k, { depth: 2, types: ['MET'] }); });
    // from a country: every start is a hub
    add('neighbourhood (d2, country)', '-', () => { const k = pick(countries); return () => q.neighbourhood(k, { depth: 2 }); });
    // the whole answer (limit: null), a few starts only: seconds each
    if (UNCAPPED) add('neighbourhood (d2, no limit)', '-', () => { const k = pick(people); return () => q.neighbourhood(k, { depth: 2, limit: null, articleIds: null }); }, UNCAPPED);

    for (const [, , run] of cases) await run(); // warm-up: plans compiled, pages cached
    const times = new Map<string, number[]>();
    const sizes = new Map<string, number>();
    for (const [name, , run] of cases) {
      const t0 = performance.now();
      const result = await run();
      const ms = performance.now() - t0;
      times.set(name, [...(times.get(name) ?? []), ms]);
      // result size: rows, or a subgraph's facts
      const size = Array.isArray(result) ? result.length : ((result as { relationships?: unknown[] })?.relationships?.length ?? 1);
      sizes.set(name, (sizes.get(name) ?? 0) + size);
    }
    const base = percentile([...times.get('baseline: entity lookup')!].sort((a, b) => a - b), 95);
    console.log(`\n${SAMPLES} start entities per traversal, warm caches (ms):`);
    console.log('traversal                 |   p50 |   p95 |    max | p95 / baseline p95 | mean rows | target p95');
    for (const [name, target] of new Map(cases.map(([n, t]) => [n, t]))) {
      const s = [...times.get(name)!].sort((a, b) => a - b);
      console.log(`${name.padEnd(25)} | ${fmt(percentile(s, 50)).padStart(5)} | ${fmt(percentile(s, 95)).padStart(5)} | ${fmt(s.at(-1)!).padStart(6)} | ${(percentile(s, 95) / base).toFixed(1).padStart(18)} | ${fmt(sizes.get(name)! / counts.get(name)!).padStart(9)} | ${target === '-' ? '' : '< ' + target}`);
    }
  } finally {
    await driver.close();
  }
}

await main();
