import type { Triple } from '@wiregraph/core';
import type { GraphNode, GraphRelationship } from '../types.js';
import type { GraphSource, TripleSource, WriteCounts } from './graph-source.js';
import type { TextSink } from './sink.js';

function nodeData(n: GraphNode) {
  return { id: n.id, label: n.label, key: n.key, name: n.name, aliases: n.aliases, iso2: n.iso2 };
}

function relationshipData(r: GraphRelationship) {
  return {
    id: r.id, source: r.source, target: r.target, type: r.type, symmetric: r.symmetric, title: r.title, from: r.from, to: r.to,
    partners: r.partners, firstDate: r.firstDate, lastDate: r.lastDate, articleCount: r.articleCount,
    evidenceCount: r.evidenceCount, articleIds: r.articleIds,
  };
}

/** networkx node-link JSON (`networkx.node_link_graph(data)`): a directed multigraph, links keyed by fact id. */
export async function writeNodeLink(graph: GraphSource, out: TextSink): Promise<WriteCounts> {
  const counts = { nodes: 0, relationships: 0 };
  await out.write('{"directed": true, "multigraph": true, "graph": {"name": "wiregraph"},\n"nodes": [');
  for await (const n of graph.nodes()) {
    await out.write((counts.nodes++ ? ',\n' : '\n') + JSON.stringify(nodeData(n)));
  }
  await out.write('\n],\n"links": [');
  for await (const r of graph.relationships()) {
    await out.write((counts.relationships++ ? ',\n' : '\n') + JSON.stringify({ ...relationshipData(r), key: r.id }));
  }
  await out.write('\n]}\n');
  return counts;
}

/** Cytoscape.js elements JSON (`cy.add(json.elements)` or `cytoscape({elements})`). */
export async function writeCytoscape(graph: GraphSource, out: TextSink): Promise<WriteCounts> {
  const counts = { nodes: 0, relationships: 0 };
  await out.write('{"elements": {"nodes": [');
  for await (const n of graph.nodes()) {
    await out.write((counts.nodes++ ? ',\n' : '\n') + JSON.stringify({ group: 'nodes', data: nodeData(n), classes: n.label }));
  }
  await out.write('\n], "edges": [');
  for await (const r of graph.relationships()) {
    await out.write((counts.relationships++ ? ',\n' : '\n') + JSON.stringify({ group: 'edges', data: relationshipData(r), classes: r.type }));
  }
  await out.write('\n]}}\n');
  return counts;
}

/** A triple in the contract's shape and field order; optional fields only when set. */
export function tripleLine(t: Triple): string {
  const out: Record<string, unknown> = {
    article: t.article,
    subject: { type: t.subject.type, key: t.subject.key, name: t.subject.name },
    predicate: t.predicate,
    object: { type: t.object.type, key: t.object.key, name: t.object.name },
    date: t.date ?? null,
    evidence: t.evidence,
  };
  if (t.confidence !== undefined && t.confidence !== null) out.confidence = t.confidence;
  if (t.title !== undefined && t.title !== null) out.title = t.title;
  if (t.partners !== undefined && t.partners !== null) out.partners = t.partners;
  for (const k of ['sentence', 'start', 'end', 'rule'] as const) if (t[k] !== undefined && t[k] !== null) out[k] = t[k];
  return JSON.stringify(out);
}

/** JSON Lines triples (docs/triples.md): what `wiregraph load` reads back. */
export async function writeTriples(source: TripleSource, out: TextSink): Promise<{ triples: number }> {
  let triples = 0;
  for await (const t of source.triples()) {
    triples++;
    await out.write(tripleLine(t) + '\n');
  }
  return { triples };
}
