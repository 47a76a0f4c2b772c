import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  NODES_HEADER, RELATIONSHIPS_HEADER, graphFromArrays, stringSink, tripleLine, writeCsv, writeCytoscape, writeGexf, writeGraphml,
  writeHtml, writeNodeLink, writeTriples,
} from '../src/index.js';
import { periodEnd, periodStart, xmlEscape, csvField, jsonForScript } from '../src/export/escape.js';
import { TRICKY_NAME, nodes, relationships } from './fixtures.js';
import { readCsv } from './csv-read.js';

const graph = () => graphFromArrays(nodes, relationships);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: false, parseTagValue: false, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute });

describe('escaping helpers', () => {
  it('xmlEscape escapes markup and quotes, keeps non-Latin text, drops characters XML cannot hold', () => {
    expect(xmlEscape(`a & b < c > "d" 'e' 习近平\u0001`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos; 习近平');
  });
  it('csvField quotes fields with commas, quotes or line breaks and doubles quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('习近平')).toBe('习近平');
    expect(csvField(null)).toBe('');
  });
  it('jsonForScript cannot close a script element', () => {
    expect(jsonForScript({ s: '</script><!--' })).not.toMatch(/<\/script|<!--/);
    expect(JSON.parse(jsonForScript({ s: '</script>&' }))).toEqual({ s: '</script>&' });
  });
  it('partial dates widen to the whole period', () => {
    expect([periodStart('2025'), periodEnd('2025'), periodStart('2024-02'), periodEnd('2024-02'), periodEnd('2025-02'), periodEnd('2025-05-03')]).toEqual([
      '2025-01-01', '2025-12-31', '2024-02-01', '2024-02-29', '2025-02-28', '2025-05-03',
    ]);
  });
});

describe('GraphML writer', () => {
  it('declares a typed key for every attribute it writes and round-trips names through an XML parser', async () => {
    const out = stringSink();
    expect(await writeGraphml(graph(), out)).toEqual({ nodes: 5, relationships: 3 });
    const doc = xml.parse(out.text());
    const root = doc.graphml[0];
    const keys = new Map<string, { type: string; for: string }>(root.key.map((k: Record<string, string>) => [k['@id'], { type: k['@attr.type']!, for: k['@for']! }]));
    const g = root.graph[0];
    expect(g.node).toHaveLength(5);
    expect(g.edge).toHaveLength(3);
    for (const el of [...g.node, ...g.edge]) for (const d of el.data ?? []) expect(keys.has(d['@key'])).toBe(true);
    const first = g.node[0];
    const name = first.data.find((d: Record<string, string>) => d['@key'] === 'n_name');
    expect(name['#text']).toBe(TRICKY_NAME);
    expect(JSON.parse(first.data.find((d: Record<string, string>) => d['@key'] === 'n_aliases')['#text'])).toEqual(['Ace & Co', 'Айше']);
    expect(g.node.map((n: Record<string, string>) => n['@id'])).toContain('Person:xi jinping');
    expect(keys.get('e_articleCount')).toEqual({ type: 'int', for: 'edge' });
    const met = g.edge[0];
    expect(JSON.parse(met.data.find((d: Record<string, string>) => d['@key'] === 'e_articleIds')['#text'])).toEqual(['dev,01 "quoted"', 'seed']);
  });
});

describe('GEXF writer', () => {
  it('writes GEXF 1.3 with edge spells from the dates and the office title as a dynamic attribute', async () => {
    const out = stringSink();
    await writeGexf(graph(), out);
    const text = out.text();
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    const g = xml.parse(text).gexf[0].graph[0];
    expect(g['@mode']).toBe('dynamic');
    const edges = g.edges[0].edge;
    expect(edges[0]['@start']).toBe('2025-05-01');
    expect(edges[0]['@end']).toBe('2026-01-31');
    const office = edges[1].attvalues[0].attvalue.find((a: Record<string, string>) => a['@for'] === 'title');
    expect(office).toMatchObject({ '@value': 'President', '@start': '2025-01-01', '@end': '2025-02-28' });
    expect(edges[2]['@start']).toBeUndefined();
    expect(g.nodes[0].node[0]['@label']).toBe(TRICKY_NAME);
    expect(g.nodes[0].node[2]['@label']).toBe('محمد بن سلمان');
  });
});

describe('JSON writers', () => {
  it('node-link JSON parses and keeps every node and link with its attributes', async () => {
    const out = stringSink();
    await writeNodeLink(graph(), out);
    const data = JSON.parse(out.text());
    expect(data).toMatchObject({ directed: true, multigraph: true });
    expect(data.nodes.map((n: { id: string }) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(data.nodes[0].name).toBe(TRICKY_NAME);
    expect(data.links[2]).toMatchObject({ source: 'Country:CHN', target: 'Sector:critical-minerals', key: relationships[2]!.id, partners: ['PAK', 'KAZ'] });
  });

  it('Cytoscape.js elements JSON puts nodes and edges in data objects', async () => {
    const out = stringSink();
    await writeCytoscape(graph(), out);
    const data = JSON.parse(out.text());
    expect(data.elements.nodes).toHaveLength(5);
    expect(data.elements.edges[0].data).toMatchObject({ source: 'Person:ayse ace obrien', target: 'Person:xi jinping', type: 'MET', evidenceCount: 3 });
  });

  it('an empty graph is still valid JSON', async () => {
    const out = stringSink();
    await writeNodeLink(graphFromArrays([], []), out);
    expect(JSON.parse(out.text())).toMatchObject({ nodes: [], links: [] });
  });

  it('JSON Lines triples are in the contract shape and field order, one per line', async () => {
    const out = stringSink();
    expect(await writeTriples(graph(), out)).toEqual({ triples: 1 });
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const t = JSON.parse(lines[0]!);
    expect(Object.keys(t)).toEqual(['article', 'subject', 'predicate', 'object', 'date', 'evidence', 'confidence']);
    expect(t.evidence).toBe(relationships[0]!.claims![0]!.evidence);
    expect(tripleLine({ ...relationships[0]!.claims![0]!, title: 'x', partners: ['GBR'] })).toContain('"title":"x","partners":["GBR"]');
  });
});

describe('CSV writer', () => {
  it('writes neo4j-admin headers and RFC 4180 fields that read back to the same values', async () => {
    const n = stringSink();
    const r = stringSink();
    await writeCsv(graph(), { nodes: n, relationships: r });
    const nodeRows = readCsv(n.text());
    const relRows = readCsv(r.text());
    expect(nodeRows[0]!.join(',')).toBe(NODES_HEADER);
    expect(relRows[0]!.join(',')).toBe(RELATIONSHIPS_HEADER);
    expect(nodeRows).toHaveLength(6);
    expect(nodeRows[1]).toEqual(['Person:ayse ace obrien', 'Person', 'ayse ace obrien', '', '', TRICKY_NAME, 'Ace & Co;Айше']);
    expect(nodeRows[4]).toEqual(['Country:CHN', 'Country', '', 'CHN', 'CN', 'China', "People's Republic of China"]);
    expect(relRows[1]!.slice(0, 3)).toEqual(['Person:ayse ace obrien', 'Person:xi jinping', 'MET']);
    expect(relRows[1]!.at(-1)).toBe('dev,01 "quoted";seed');
    expect(relRows[3]![6]).toBe('PAK;KAZ');
  });
});

describe('HTML writer', () => {
  it('is one self-contained page: the library inline, no external URL to load, data that cannot break out of its script', async () => {
    const out = stringSink();
    await writeHtml(graph(), out, { title: 'around <Ace> & co' });
    const html = out.text();
    expect(html).toContain('<title>around &lt;Ace&gt; &amp; co</title>');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    const data = JSON.parse(/<script type="application\/json" id="graph-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(data.nodes[0].name).toBe(TRICKY_NAME);
    expect(data.edges[0].claims[0].evidence).toContain('<script>alert(1)</script>');
    expect(html.length).toBeGreaterThan(300_000); // cytoscape.min.js is inside
  });
});
