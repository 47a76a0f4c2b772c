import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { ENTITY_LABELS, FACT_TYPES, assertNodeLabel, assertRelationshipType, type Triple } from '@wiregraph/core';
import { createLoader } from '@wiregraph/loader';
import { clearDatabase, useTestDatabase } from '../../../scripts/test/neo4j.js';
import { createQueries, exportGraph, type ExportFormat, type GraphQueries, type Selection } from '../src/index.js';
import { loadDevGraph } from './dev-graph.js';
import { readCsv } from './csv-read.js';

const t = useTestDatabase();
let q: GraphQueries;
const dir = mkdtempSync(join(tmpdir(), 'wiregraph-export-'));
const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const NETWORKX = fileURLToPath(new URL('./networkx-check.py', import.meta.url));

interface GraphFacts {
  entities: number;
  byLabel: Record<string, number>;
  facts: string[];
}

/** The fact graph as the database holds it: one sorted line per fact with its dates and evidence. */
async function graphFacts(): Promise<GraphFacts> {
  const run = (cypher: string) => t.driver.executeQuery(cypher, {}, { database: t.db.database }).then((r) => r.records);
  const byLabel: Record<string, number> = {};
  for (const label of ENTITY_LABELS) {
    byLabel[label] = Number((await run(`MATCH (n:${assertNodeLabel(label)}) RETURN count(n) AS c`))[0]!.get('c'));
  }
  const rows = await run(
    `MATCH (a)-[r:${FACT_TYPES.map(assertRelationshipType).join('|')}]->(b)
     RETURN type(r) AS type, coalesce(a.key, a.iso3) AS a, coalesce(b.key, b.iso3) AS b, r.title AS title, r.firstDate AS firstDate,
            r.lastDate AS lastDate, r.claimCount AS claims, r.articleIds AS articles, r.partners AS partners`,
  );
  const facts = rows
    .map((r) => JSON.stringify([r.get('type'), r.get('a'), r.get('b'), r.get('title'), r.get('firstDate'), r.get('lastDate'), Number(r.get('claims')), [...(r.get('articles') ?? [])].sort(), [...(r.get('partners') ?? [])].sort()]))
    .sort();
  return { entities: Object.values(byLabel).reduce((a, b) => a + b, 0), byLabel, facts };
}

async function exportTo(selection: Selection, format: ExportFormat, name: string) {
  const path = join(dir, name);
  const result = await exportGraph(q, selection, format, path);
  return { path, result };
}

function networkx(format: string, path: string) {
  const run = spawnSync('/usr/bin/python3', [NETWORKX, format, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`networkx could not read the ${format} export: ${run.stderr}`);
  return JSON.parse(run.stdout) as { class: string; nodes: Record<string, Record<string, unknown>>; edges: Record<string, unknown>[] };
}

let original: GraphFacts;
let around: { nodes: number; relationships: number };

beforeAll(async () => {
  await loadDevGraph(t.driver, t.db.database);
  q = createQueries({ driver: t.driver, database: t.db.database });
  original = await graphFacts();
  const sub = await q.neighbourhood('keir starmer', { depth: 2 });
  around = { nodes: sub.nodes.length, relationships: sub.relationships.length };
});

describe('exports of the dev-gold graph, read back by the real tools', () => {
  for (const format of ['graphml', 'gexf', 'node-link'] as const) {
    it(`${format}: networkx reads the whole graph with every node, fact and attribute`, async () => {
      const { path, result } = await exportTo({ kind: 'whole' }, format, `whole.${format}`);
      expect(result).toMatchObject({ nodes: original.entities, relationships: original.facts.length });
      const g = networkx(format, path);
      expect(Object.keys(g.nodes)).toHaveLength(original.entities);
      expect(g.edges).toHaveLength(original.facts.length);
      // GEXF's node label is the display name; the Neo4j label goes in neo4jLabel there
      const starmer = g.nodes['Person:keir starmer']!;
      expect(starmer).toMatchObject(format === 'gexf' ? { key: 'keir starmer', label: 'Keir Starmer', neo4jLabel: 'Person' } : { key: 'keir starmer', label: 'Person', name: 'Keir Starmer' });
      const erdogan = g.nodes['Person:recep tayyip erdogan']!;
      expect(format === 'gexf' ? erdogan.label : erdogan.name).toBe('Recep Tayyip Erdoğan');
      const office = g.edges.find((e) => e.source === 'Person:keir starmer' && e.target === 'Country:GBR')!;
      expect(office).toMatchObject({ type: 'HOLDS_OFFICE', articleCount: 3, evidenceCount: 3, firstDate: '2025-07-08', lastDate: '2026-02-10' });
      const claims = g.edges.reduce((n, e) => n + Number(e.evidenceCount), 0);
      expect(claims).toBe(original.facts.reduce((n, f) => n + Number((JSON.parse(f) as unknown[])[6]), 0));
      if (format === 'gexf') {
        expect(office.start).toBe('2025-07-08');
        expect(office.title).toEqual([['Prime Minister', '2025-07-08', '2026-02-10']]);
      } else {
        expect(office.title).toBe('Prime Minister');
      }
    });
  }

  it('graphml: the neighbourhood selection (--around "Keir Starmer" --depth 2) holds the same subgraph as neighbourhood()', async () => {
    const { path } = await exportTo({ kind: 'neighbourhood', entity: 'Keir Starmer', depth: 2 }, 'graphml', 'around.graphml');
    const g = networkx('graphml', path);
    expect(Object.keys(g.nodes)).toHaveLength(around.nodes);
    expect(g.edges).toHaveLength(around.relationships);
    expect(g.nodes['Person:sanae takaichi']!.name).toBe('Sanae Takaichi');
    expect(g.nodes['Person:pham minh chinh']!.name).toBe('Phạm Minh Chính');
  });

  it('graphml: --around writes the whole neighbourhood by default; with --limit the capped one, every story id of its facts, and says what it cut', async () => {
    const capped = await q.neighbourhood('JPN', { depth: 2, limit: 5 });
    const { path, result } = await exportTo({ kind: 'neighbourhood', entity: 'JPN', depth: 2, limit: 5 }, 'graphml', 'japan-capped.graphml');
    expect(result.neighbourhood).toEqual({ limit: 5, truncated: true, foundFacts: capped.foundFacts });
    const g = networkx('graphml', path);
    expect(g.edges).toHaveLength(capped.relationships.length);
    expect(Object.keys(g.nodes).sort()).toEqual(capped.nodes.map((n) => n.id).sort());
    for (const e of g.edges) expect(JSON.parse(String(e.articleIds))).toHaveLength(Number(e.articleCount));
    // without a limit an export writes the whole neighbourhood (unlike neighbourhood(), which caps by default)
    const whole = await exportTo({ kind: 'neighbourhood', entity: 'JPN', depth: 2 }, 'graphml', 'japan-all.graphml');
    expect(whole.result.neighbourhood).toEqual({ limit: null, truncated: false, foundFacts: whole.result.relationships });
    expect(whole.result.relationships).toBe((await q.neighbourhood('JPN', { depth: 2, limit: null })).relationships.length);
  });

  it('node-link: filters on predicates, countries and dates select only the matching facts', async () => {
    const { path, result } = await exportTo({ kind: 'filter', predicates: ['MET'], countries: ['JPN'], from: '2026-01-01', to: '2026-03-31' }, 'node-link', 'filtered.json');
    const g = networkx('node-link', path);
    expect(g.edges.length).toBe(result.relationships);
    expect(g.edges.map((e) => [e.source, e.target].sort().join(' + ')).sort()).toEqual([
      'Person:gilberto teodoro + Person:shinjiro koizumi',
      'Person:johann wadephul + Person:toshimitsu motegi',
      'Person:keir starmer + Person:sanae takaichi',
    ]);
  });

  it('cytoscape: the elements of a query-file selection are the entities it returns and the facts among them', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const result = await exportGraph(q, { kind: 'query', file: 'cooperation', params: { country: 'JPN' } }, 'cytoscape', undefined, out);
    const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const partners = (await q.cooperation({ country: 'JPN' })).map((r) => `Country:${r.partner.key}`);
    expect(data.elements.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).toEqual([...partners, 'Country:JPN'].sort());
    expect(data.elements.edges).toHaveLength(result.relationships);
    expect(data.elements.edges.every((e: { data: { type: string } }) => e.data.type === 'COOPERATES_WITH')).toBe(true);
  });

  it('html: headless Chromium renders every node of the page, and a click on a fact shows its evidence', async () => {
    const { path } = await exportTo({ kind: 'neighbourhood', entity: 'keir starmer', depth: 2 }, 'html', 'around.html');
    mkdirSync(ARTIFACTS, { recursive: true });
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wiregraph-chromium-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto('file://' + path);
      await page.waitForSelector('body[data-rendered]');
      expect(Number(await page.getAttribute('body', 'data-rendered'))).toBe(around.nodes);
      const names = await page.evaluate(() => (globalThis as unknown as { cy: { nodes(): { map(f: (n: { data(k: string): string }) => string): string[] } } }).cy.nodes().map((n) => n.data('name')));
      expect(names).toEqual(expect.arrayContaining(['Keir Starmer', 'Sanae Takaichi', 'Phạm Minh Chính']));
      await page.evaluate(() => (globalThis as unknown as { cy: { $id(id: string): { emit(e: string): void } } }).cy.$id('MET:Person:keir starmer->Person:sanae takaichi').emit('tap'));
      await expect.poll(() => page.textContent('#details')).toContain('Sanae Takaichi held talks in Tokyo on Saturday');
      await page.screenshot({ path: join(ARTIFACTS, 'export-html.png') });
      expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('csv: nodes.csv and relationships.csv loaded into an empty Neo4j by their neo4j-admin headers give the same graph', async () => {
    const { path } = await exportTo({ kind: 'whole' }, 'csv', 'csv');
    const nodes = readCsv(readFileSync(join(path, 'nodes.csv'), 'utf8'));
    const rels = readCsv(readFileSync(join(path, 'relationships.csv'), 'utf8'));
    await clearDatabase(t.driver, { schema: true });
    // the header says what each column is: :ID, :LABEL, :START_ID, :END_ID, :TYPE, name:type properties
    const typed = (header: string[], row: string[]) => {
      const props: Record<string, unknown> = {};
      const meta: Record<string, string> = {};
      header.forEach((h, i) => {
        const v = row[i] ?? '';
        if (h.startsWith(':')) meta[h] = v;
        else if (v !== '') {
          const [name, type] = h.split(':') as [string, string | undefined];
          props[name] = type === 'int' ? Number(v) : type === 'string[]' ? v.split(';') : v;
        }
      });
      return { meta, props };
    };
    const [nh, ...nrows] = nodes;
    for (const label of ENTITY_LABELS) {
      const rows = nrows.map((r) => typed(nh!, r)).filter((r) => r.meta[':LABEL'] === label).map((r) => ({ id: r.meta[':ID'], props: r.props }));
      await t.driver.executeQuery(`UNWIND $rows AS row CREATE (n:${assertNodeLabel(label)}) SET n = row.props, n.csvId = row.id`, { rows }, { database: t.db.database });
    }
    const [rh, ...rrows] = rels;
    for (const type of FACT_TYPES) {
      const rows = rrows.map((r) => typed(rh!, r)).filter((r) => r.meta[':TYPE'] === type).map((r) => ({ start: r.meta[':START_ID'], end: r.meta[':END_ID'], props: r.props }));
      await t.driver.executeQuery(
        `UNWIND $rows AS row MATCH (a {csvId: row.start}) MATCH (b {csvId: row.end}) CREATE (a)-[r:${assertRelationshipType(type)}]->(b) SET r = row.props`,
        { rows },
        { database: t.db.database },
      );
    }
    await t.driver.executeQuery('MATCH (n) REMOVE n.csvId', {}, { database: t.db.database });
    const imported = await graphFacts();
    expect(imported.byLabel).toEqual(original.byLabel);
    expect(imported.facts).toEqual(original.facts);
  });

  it('jsonl: the triples, loaded back through the loader into an empty database, rebuild the same fact graph', async () => {
    await clearDatabase(t.driver, { schema: true });
    await loadDevGraph(t.driver, t.db.database);
    const { path, result } = await exportTo({ kind: 'whole' }, 'jsonl', 'triples.jsonl');
    const triples = readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Triple);
    expect(result.triples).toBe(triples.length);
    expect(triples.length).toBe(516);
    await clearDatabase(t.driver, { schema: true });
    await createLoader({ driver: t.driver, database: t.db.database }).load(triples);
    const reloaded = await graphFacts();
    expect(reloaded.byLabel).toEqual(original.byLabel);
    expect(reloaded.facts).toEqual(original.facts);
  });
});
