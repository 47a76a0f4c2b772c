import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '@wiregraph/core';
import type { GraphQueries } from '../traversals.js';
import { selectGraph } from './select.js';
import type { NeighbourhoodCut, Selection } from './select.js';
import { streamSink } from './sink.js';
import { writeGraphml } from './graphml.js';
import { writeGexf } from './gexf.js';
import { writeCytoscape, writeNodeLink, writeTriples } from './json-formats.js';
import { writeCsv } from './csv.js';
import { writeHtml } from './html.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'node-link', 'cytoscape', 'csv', 'jsonl', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  format: ExportFormat;
  nodes: number;
  relationships: number;
  triples: number;
  /** Files written (empty for standard output). */
  files: string[];
  /** A neighbourhood selection: its cap per hop, whether it cut facts, and how many the walk found. */
  neighbourhood?: NeighbourhoodCut;
}

/** Claims per fact the HTML page shows on click. */
const HTML_EVIDENCE_PER_FACT = 5;

/**
 * Writes a selected subgraph in one format. `output`: a file path (a directory for csv), or
 * omitted for standard output (csv then writes nodes, a blank line, and relationships).
 */
export async function exportGraph(
  queries: GraphQueries,
  selection: Selection,
  format: ExportFormat,
  output?: string,
  stdout: Writable = process.stdout,
): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (one of ${EXPORT_FORMATS.join(', ')})`);
  const claims = format === 'jsonl' ? 'all' : format === 'html' ? HTML_EVIDENCE_PER_FACT : undefined;
  const graph = await selectGraph(queries, selection, { claims });
  const result: ExportResult = { format, nodes: 0, relationships: 0, triples: 0, files: [], ...(graph.neighbourhood ? { neighbourhood: graph.neighbourhood } : {}) };
  if (format === 'csv') {
    if (output) {
      mkdirSync(output, { recursive: true });
      const nodesFile = join(output, 'nodes.csv');
      const relsFile = join(output, 'relationships.csv');
      const nodes = streamSink(createWriteStream(nodesFile));
      const rels = streamSink(createWriteStream(relsFile));
      Object.assign(result, await writeCsv(graph, { nodes, relationships: rels }));
      await nodes.end();
      await rels.end();
      result.files.push(nodesFile, relsFile);
    } else {
      const sink = streamSink(stdout);
      Object.assign(result, await writeCsv(graph, { nodes: sink, relationships: { write: (t) => sink.write(t.startsWith(':START_ID') ? '\n' + t : t) } }));
      await sink.end();
    }
    return result;
  }
  const sink = streamSink(output ? createWriteStream(output) : stdout);
  switch (format) {
    case 'graphml':
      Object.assign(result, await writeGraphml(graph, sink));
      break;
    case 'gexf':
      Object.assign(result, await writeGexf(graph, sink));
      break;
    case 'node-link':
      Object.assign(result, await writeNodeLink(graph, sink));
      break;
    case 'cytoscape':
      Object.assign(result, await writeCytoscape(graph, sink));
      break;
    case 'html':
      Object.assign(result, await writeHtml(graph, sink, { title: selectionTitle(selection) }));
      break;
    case 'jsonl':
      result.triples = (await writeTriples(graph, sink)).triples;
      break;
  }
  await sink.end();
  if (output) result.files.push(output);
  return result;
}

function selectionTitle(s: Selection): string {
  switch (s.kind) {
    case 'whole':
      return 'wiregraph: the whole graph';
    case 'filter':
      return 'wiregraph: ' + [s.predicates?.join('/'), s.countries?.join('/'), s.sectors?.join('/'), s.from && `from ${s.from}`, s.to && `to ${s.to}`].filter(Boolean).join(', ');
    case 'neighbourhood':
      return `wiregraph: around ${s.entity} (depth ${s.depth ?? 1}${s.limit == null ? '' : `, strongest ${s.limit} facts per hop`})`;
    case 'query':
      return `wiregraph: ${s.file}`;
  }
}
