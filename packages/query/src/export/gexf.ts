import type { GraphSource, WriteCounts } from './graph-source.js';
import type { TextSink } from './sink.js';
import { periodEnd, periodStart, xmlEscape } from './escape.js';

// the entity's Neo4j label goes in `neo4jLabel`: GEXF's own node `label` is the display name
const NODE_ATTRS: [string, string][] = [['neo4jLabel', 'string'], ['key', 'string'], ['aliases', 'liststring'], ['iso2', 'string']];
const EDGE_ATTRS: [string, string][] = [
  ['type', 'string'], ['symmetric', 'boolean'], ['partners', 'liststring'], ['firstDate', 'string'], ['lastDate', 'string'],
  ['articleCount', 'integer'], ['evidenceCount', 'integer'], ['articleIds', 'liststring'],
];

function att(id: string, value: unknown, extra = ''): string {
  if (value === null || value === undefined) return '';
  // GEXF liststring: pipe-separated; a pipe inside a value is rare in names and ids, and dropped to keep the list readable
  const text = Array.isArray(value) ? value.map((v) => String(v).replace(/\|/g, ' ')).join('|') : String(value);
  return `<attvalue for="${id}" value="${xmlEscape(text)}"${extra}/>`;
}

/**
 * GEXF 1.3 for Gephi's timeline: each edge lives from its first to its last date seen (partial
 * dates widen to their whole period), and an office's title is a dynamic attribute over the time
 * the news showed it held.
 */
export async function writeGexf(graph: GraphSource, out: TextSink): Promise<WriteCounts> {
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await out.write('<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n');
  await out.write('  <meta><creator>wiregraph</creator><description>news wire knowledge graph</description></meta>\n');
  await out.write('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">\n');
  await out.write('    <attributes class="node" mode="static">\n');
  for (const [id, type] of NODE_ATTRS) await out.write(`      <attribute id="${id}" title="${id}" type="${type}"/>\n`);
  await out.write('    </attributes>\n    <attributes class="edge" mode="static">\n');
  for (const [id, type] of EDGE_ATTRS) await out.write(`      <attribute id="${id}" title="${id}" type="${type}"/>\n`);
  await out.write('    </attributes>\n    <attributes class="edge" mode="dynamic">\n      <attribute id="title" title="title" type="string"/>\n    </attributes>\n');
  const counts = { nodes: 0, relationships: 0 };
  await out.write('    <nodes>\n');
  for await (const n of graph.nodes()) {
    counts.nodes++;
    await out.write(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name ?? n.key)}"><attvalues>${att('neo4jLabel', n.label)}${att('key', n.key)}${n.aliases.length ? att('aliases', n.aliases) : ''}${att('iso2', n.iso2)}</attvalues></node>\n`,
    );
  }
  await out.write('    </nodes>\n    <edges>\n');
  for await (const r of graph.relationships()) {
    counts.relationships++;
    const spell = (r.firstDate ? ` start="${periodStart(r.firstDate)}"` : '') + (r.lastDate ? ` end="${periodEnd(r.lastDate)}"` : '');
    const titleSpell = r.title
      ? att('title', r.title, (r.from ? ` start="${periodStart(r.from)}"` : '') + (r.to ? ` end="${periodEnd(r.to)}"` : ''))
      : '';
    await out.write(
      `      <edge id="${xmlEscape(r.id)}" source="${xmlEscape(r.source)}" target="${xmlEscape(r.target)}" label="${r.type}" weight="${r.evidenceCount}"${spell}><attvalues>` +
        att('type', r.type) + att('symmetric', r.symmetric) + (r.partners.length ? att('partners', r.partners) : '') +
        att('firstDate', r.firstDate) + att('lastDate', r.lastDate) + att('articleCount', r.articleCount) +
        att('evidenceCount', r.evidenceCount) + att('articleIds', r.articleIds) + titleSpell +
        '</attvalues></edge>\n',
    );
  }
  await out.write('    </edges>\n  </graph>\n</gexf>\n');
  return counts;
}
