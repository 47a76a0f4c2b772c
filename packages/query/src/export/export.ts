import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '@wiregraph/core';
import type { GraphQueries } from '../traversals.js';
import { selectGraph } from './select.js';
import type { NeighbourhoodCut, Selection } from './select.js';
import { streamSink } from './sink.js';
import { OutputFiles, outputError } from './output.js';
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

export interface ExportOptions {
  /** Overwrite existing output files (default false: an existing file is refused). */
  force?: boolean;
}

/**
 * Writes a selected subgraph in one format. `output`: a file path (a directory for csv), or
 * omitted for standard output (csv then writes nodes, a blank line, and relationships). An
 * existing file is refused unless `force`; a failed write throws one OutputError naming the
 * file and removes the files this export created.
 */
export async function exportGraph(
  queries: GraphQueries,
  selection: Selection,
  format: ExportFormat,
  output?: string,
  stdout: Writable = process.stdout,
  options: ExportOptions = {},
): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (one of ${EXPORT_FORMATS.join(', ')})`);
  const files = new OutputFiles(options.force ?? false);
  try {
    return await writeExport(queries, selection, format, files, output, stdout);
  } catch (err) {
    files.removeAll();
    throw err;
  }
}

type Sink = ReturnType<typeof streamSink>;

/** The files of `-o`, opened before the graph is read, so a refused path costs no query. */
function openTargets(format: ExportFormat, output: string, files: OutputFiles): { sinks: Sink[]; paths: string[] } {
  if (format === 'csv') files.directory(output);
  const paths = format === 'csv' ? [join(output, 'nodes.csv'), join(output, 'relationships.csv')] : [output];
  return { paths, sinks: paths.map((f) => streamSink(files.open(f), (err) => outputError(f, err))) };
}

async function writeExport(queries: GraphQueries, selection: Selection, format: ExportFormat, files: OutputFiles, output: string | undefined, stdout: Writable): Promise<ExportResult> {
  const targets = output ? openTargets(format, output, files) : undefined;
  const claims = format === 'jsonl' ? 'all' : format === 'html' ? HTML_EVIDENCE_PER_FACT : undefined;
  const graph = await selectGraph(queries, selection, { claims });
  const result: ExportResult = { format, nodes: 0, relationships: 0, triples: 0, files: [], ...(graph.neighbourhood ? { neighbourhood: graph.neighbourhood } : {}) };
  if (format === 'csv') {
    if (targets) {
      const [nodes, rels] = targets.sinks as [Sink, Sink];
      Object.assign(result, await writeCsv(graph, { nodes, relationships: rels }));
      await nodes.end();
      await rels.end();
      result.files.push(...targets.paths);
    } else {
      const sink = streamSink(stdout);
      Object.assign(result, await writeCsv(graph, { nodes: sink, relationships: { write: (t) => sink.write(t.startsWith(':START_ID') ? '\n' + t : t) } }));
      await sink.end();
    }
    return result;
  }
  const sink = targets?.sinks[0] ?? streamSink(stdout);
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
