import type { GraphSource, WriteCounts } from './graph-source.js';
import type { TextSink } from './sink.js';
import { csvField } from './escape.js';

/** neo4j-admin's default array delimiter. */
const ARRAY_DELIMITER = ';';
const list = (values: string[]) => (values.length ? csvField(values.join(ARRAY_DELIMITER)) : '');

export const NODES_HEADER = ':ID,:LABEL,key,iso3,iso2,name,aliases:string[]';
export const RELATIONSHIPS_HEADER = ':START_ID,:END_ID,:TYPE,title,from,to,partners:string[],firstDate,lastDate,articleCount:int,claimCount:int,articleIds:string[]';

/**
 * nodes.csv and relationships.csv with neo4j-admin import headers, holding the properties under
 * the names the graph uses (Country keeps its key as iso3), so `neo4j-admin database import full
 * --nodes=nodes.csv --relationships=relationships.csv` rebuilds the subgraph; pandas reads both.
 */
export async function writeCsv(graph: GraphSource, out: { nodes: TextSink; relationships: TextSink }): Promise<WriteCounts> {
  const counts = { nodes: 0, relationships: 0 };
  await out.nodes.write(NODES_HEADER + '\n');
  for await (const n of graph.nodes()) {
    counts.nodes++;
    const isCountry = n.label === 'Country';
    await out.nodes.write(
      [csvField(n.id), n.label, isCountry ? '' : csvField(n.key), isCountry ? csvField(n.key) : '', csvField(n.iso2), csvField(n.name), list(n.aliases)].join(',') + '\n',
    );
  }
  await out.relationships.write(RELATIONSHIPS_HEADER + '\n');
  for await (const r of graph.relationships()) {
    counts.relationships++;
    await out.relationships.write(
      [
        csvField(r.source), csvField(r.target), r.type, csvField(r.title), csvField(r.from), csvField(r.to), list(r.partners),
        csvField(r.firstDate), csvField(r.lastDate), r.articleCount, r.evidenceCount, list(r.articleIds),
      ].join(',') + '\n',
    );
  }
  return counts;
}
