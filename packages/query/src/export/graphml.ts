import type { GraphSource, WriteCounts } from './graph-source.js';
import type { TextSink } from './sink.js';
import { xmlEscape } from './escape.js';

type KeyType = 'string' | 'int' | 'boolean';
/** Every attribute a node or edge can carry, declared up front with its type (GraphML wants keys before the graph). */
const NODE_KEYS: [string, KeyType][] = [['label', 'string'], ['key', 'string'], ['name', 'string'], ['aliases', 'string'], ['iso2', 'string']];
const EDGE_KEYS: [string, KeyType][] = [
  ['type', 'string'], ['symmetric', 'boolean'], ['title', 'string'], ['from', 'string'], ['to', 'string'], ['partners', 'string'],
  ['firstDate', 'string'], ['lastDate', 'string'], ['articleCount', 'int'], ['evidenceCount', 'int'], ['articleIds', 'string'],
];

function data(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  // lists go in as JSON text: GraphML has no list type, and JSON keeps any separator inside a value unambiguous
  const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
  return `<data key="${key}">${xmlEscape(text)}</data>`;
}

/** GraphML with typed <key> declarations (networkx read_graphml, Gephi, yEd). */
export async function writeGraphml(graph: GraphSource, out: TextSink): Promise<WriteCounts> {
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const [name, type] of NODE_KEYS) await out.write(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`);
  for (const [name, type] of EDGE_KEYS) await out.write(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`);
  await out.write('  <graph id="wiregraph" edgedefault="directed">\n');
  const counts = { nodes: 0, relationships: 0 };
  for await (const n of graph.nodes()) {
    counts.nodes++;
    await out.write(
      `    <node id="${xmlEscape(n.id)}">${data('n_label', n.label)}${data('n_key', n.key)}${data('n_name', n.name)}${n.aliases.length ? data('n_aliases', n.aliases) : ''}${data('n_iso2', n.iso2)}</node>\n`,
    );
  }
  for await (const r of graph.relationships()) {
    counts.relationships++;
    await out.write(
      `    <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}">` +
        data('e_type', r.type) + data('e_symmetric', r.symmetric) + data('e_title', r.title) + data('e_from', r.from) + data('e_to', r.to) +
        (r.partners.length ? data('e_partners', r.partners) : '') + data('e_firstDate', r.firstDate) + data('e_lastDate', r.lastDate) +
        data('e_articleCount', r.articleCount) + data('e_evidenceCount', r.evidenceCount) + data('e_articleIds', r.articleIds) +
        '</edge>\n',
    );
  }
  await out.write('  </graph>\n</graphml>\n');
  return counts;
}
