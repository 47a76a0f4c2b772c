/**
 * `pnpm bench export [--relationships N] [--formats graphml,gexf,...] [--db]`
 *
 * Streams a synthetic subgraph (N relationships, default 1,000,000, among 20,000 nodes; made
 * lazily, never held in memory) through each export writer into a file, each run in its own
 * child process so its peak RSS is its own. Runs every format at N/10 and at N: flat memory shows
 * as the same peak RSS at both sizes. The baseline, in the same run, is the generator alone
 * (iterating the same elements, writing nothing): MB/s are also given as a ratio to a plain
 * `JSON.stringify` of every element written through the same sink.
 * With --db it also exports the whole graph of the configured database (e.g. the one `pnpm bench
 * query` loaded) as GraphML, streamed from Neo4j.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../packages/core/src/index.js';
import {
  EXPORT_FORMATS, createQueries, exportGraph, streamSink, writeCsv, writeCytoscape, writeGexf, writeGraphml, writeHtml, writeNodeLink,
  type GraphNode, type GraphRelationship, type GraphSource,
} from '../../packages/query/src/index.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

const NODES = 20_000;

function syntheticGraph(relationships: number): GraphSource {
  const node = (i: number): GraphNode => ({
    id: i % 3 ? `Person:person ${i}` : `Country:C${String(i).padStart(5, '0')}`,
    label: i % 3 ? 'Person' : 'Country',
    key: i % 3 ? `person ${i}` : `C${String(i).padStart(5, '0')}`,
    name: i % 3 ? `Person ${i} "Ñandú" & Sons` : `Country ${i}`,
    aliases: i % 7 ? [] : [`Alias ${i}`, 'Ålias'],
    iso2: i % 3 ? null : 'XX',
  });
  return {
    async *nodes() {
      for (let i = 0; i < NODES; i++) yield node(i);
    },
    async *relationships() {
      for (let i = 0; i < relationships; i++) {
        const s = node((i * 7919) % NODES);
        const t = node((i * 104729 + 1) % NODES);
        const r: GraphRelationship = {
          id: `MET:${s.id}->${t.id}#${i}`, type: 'MET', source: s.id, target: t.id, symmetric: true,
          firstDate: '2025-03', lastDate: '2026-01-31', articleCount: 1 + (i % 5), evidenceCount: 1 + (i % 9),
          articleIds: [`a${i}`, `b${i % 1000}`], title: null, from: null, to: null, partners: [],
        };
        yield r;
      }
    },
  };
}

async function child(format: string, relationships: number, out: string) {
  const graph = syntheticGraph(relationships);
  const started = performance.now();
  if (format === 'baseline-generate') {
    let n = 0;
    for await (const _ of graph.nodes()) n++;
    for await (const _ of graph.relationships()) n++;
  } else if (format === 'baseline-json') {
    const sink = streamSink(createWriteStream(out));
    for await (const x of graph.nodes()) await sink.write(JSON.stringify(x) + '\n');
    for await (const x of graph.relationships()) await sink.write(JSON.stringify(x) + '\n');
    await sink.end();
  } else if (format === 'db-graphml') {
    const { connect } = await import('../../packages/loader/src/index.js');
    const { driver, database } = await connect(loadConfig());
    const result = await exportGraph(createQueries({ driver, database }), { kind: 'whole' }, 'graphml', out);
    await driver.close();
    relationships = result.relationships;
  } else {
    const sink = streamSink(createWriteStream(out));
    if (format === 'csv') {
      const rels = streamSink(createWriteStream(out + '.rels'));
      await writeCsv(graph, { nodes: sink, relationships: rels });
      await rels.end();
    } else {
      const writer = { graphml: writeGraphml, gexf: writeGexf, 'node-link': writeNodeLink, cytoscape: writeCytoscape, html: writeHtml }[format];
      if (!writer) throw new Error(`no writer for ${format}`);
      await writer(graph, sink);
    }
    await sink.end();
  }
  const seconds = (performance.now() - started) / 1000;
  let bytes = 0;
  for (const f of [out, out + '.rels']) {
    try {
      bytes += statSync(f).size;
    } catch {}
  }
  process.stdout.write(JSON.stringify({ seconds, bytes, relationships, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

async function main() {
  const N = Number(arg('relationships', '1000000'));
  const formats = arg('formats', EXPORT_FORMATS.filter((f) => f !== 'jsonl').join(',')).split(',');
  const dir = mkdtempSync(join(tmpdir(), 'wiregraph-bench-export-'));
  const self = fileURLToPath(import.meta.url);
  const run = (format: string, n: number) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', format, String(n), join(dir, `${format}-${n}`)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`${format} failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { seconds: number; bytes: number; relationships: number; maxRssMB: number };
    rmSync(join(dir, `${format}-${n}`), { force: true });
    rmSync(join(dir, `${format}-${n}.rels`), { force: true });
    return out;
  };
  console.log(`synthetic subgraph: ${NODES.toLocaleString()} nodes; ${(N / 10).toLocaleString()} and ${N.toLocaleString()} relationships (jsonl needs claims from a database: see --db and the round-trip test)`);
  const gen = run('baseline-generate', N);
  const json = run('baseline-json', N);
  const jsonRate = json.bytes / 1e6 / json.seconds;
  console.log(`baseline, generator alone: ${gen.seconds.toFixed(1)} s, peak RSS ${gen.maxRssMB.toFixed(0)} MB`);
  console.log(`baseline, JSON.stringify per element to a file: ${(json.bytes / 1e6).toFixed(0)} MB in ${json.seconds.toFixed(1)} s = ${jsonRate.toFixed(1)} MB/s, peak RSS ${json.maxRssMB.toFixed(0)} MB\n`);
  console.log('format     | MB (N)  | s (N)  | MB/s  | MB/s ÷ JSON baseline | peak RSS MB at N/10 | at N');
  for (const f of formats) {
    const small = run(f, N / 10);
    const big = run(f, N);
    const rate = big.bytes / 1e6 / big.seconds;
    console.log(`${f.padEnd(10)} | ${(big.bytes / 1e6).toFixed(0).padStart(7)} | ${big.seconds.toFixed(1).padStart(6)} | ${rate.toFixed(1).padStart(5)} | ${(rate / jsonRate).toFixed(2).padStart(20)} | ${small.maxRssMB.toFixed(0).padStart(19)} | ${big.maxRssMB.toFixed(0)}`);
  }
  if (process.argv.includes('--db')) {
    const db = run('db-graphml', 0);
    console.log(`\nwhole database as GraphML, streamed from Neo4j: ${db.relationships.toLocaleString()} relationships, ${(db.bytes / 1e6).toFixed(0)} MB in ${db.seconds.toFixed(1)} s = ${(db.bytes / 1e6 / db.seconds).toFixed(1)} MB/s, peak RSS ${db.maxRssMB.toFixed(0)} MB`);
  }
  rmSync(dir, { recursive: true, force: true });
}

const i = process.argv.indexOf('--child');
if (i >= 0) await child(process.argv[i + 1]!, Number(process.argv[i + 2]), process.argv[i + 3]!);
else await main();
