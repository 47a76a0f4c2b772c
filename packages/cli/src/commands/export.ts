import type { Command } from 'commander';
import { UsageError, createLogger, loadConfig } from '@wiregraph/core';
import { connect } from '@wiregraph/loader';
import { EXPORT_FORMATS, NEIGHBOURHOOD_LIMIT, createQueries, exportGraph, type ExportFormat, type Selection } from '@wiregraph/query';
import { perHopLimit } from '../internal/per-hop-limit.js';
import type { RegisterCommand } from './index.js';

interface ExportOptions {
  format: string;
  output?: string;
  around?: string;
  depth: string;
  types?: string;
  limit?: string;
  query?: string;
  params?: string;
  predicates?: string;
  countries?: string;
  sectors?: string;
  from?: string;
  to?: string;
  force?: boolean;
}

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** The selection the flags describe: --around, --query, filters, or (none of them) the whole graph. */
export function selectionFromOptions(o: ExportOptions): Selection {
  const filters = Boolean(o.predicates || o.countries || o.sectors);
  if ([Boolean(o.around), Boolean(o.query), filters].filter(Boolean).length > 1) {
    throw new UsageError('choose one selection: --around, --query, or the filters --predicates/--countries/--sectors');
  }
  if (o.around) {
    const depth = Number(o.depth);
    if (!Number.isInteger(depth)) throw new UsageError(`--depth must be a whole number, got "${o.depth}"`);
    return { kind: 'neighbourhood', entity: o.around, depth, types: list(o.types), from: o.from, to: o.to, limit: perHopLimit(o.limit) };
  }
  if (o.query) {
    let params: Record<string, unknown> = {};
    if (o.params) {
      try {
        params = JSON.parse(o.params) as Record<string, unknown>;
      } catch {
        throw new UsageError(`--params must be a JSON object, got ${o.params}`);
      }
    }
    return { kind: 'query', file: o.query, params };
  }
  if (filters || o.from || o.to) return { kind: 'filter', predicates: list(o.predicates), countries: list(o.countries), sectors: list(o.sectors), from: o.from, to: o.to };
  return { kind: 'whole' };
}

export const registerExport: RegisterCommand = (program: Command) => {
  program
    .command('export')
    .description('Write a subgraph for networkx, Gephi, Cytoscape, pandas, another Neo4j, or a browser: streamed, so memory stays flat whatever its size.')
    .requiredOption('--format <format>', EXPORT_FORMATS.join('|'))
    .option('-o, --output <path>', 'file to write (a directory for csv); stdout when omitted')
    .option('--force', 'overwrite an existing output file (without it, an existing file is refused)')
    .option('--around <entity>', 'the neighbourhood of an entity (key or name)')
    .option('--depth <n>', 'with --around: 1 to 3 hops', '1')
    .option('--types <types>', 'with --around: comma-separated fact types to follow')
    .option('--limit <n>', `with --around: keep only the strongest n facts at each hop (e.g. ${NEIGHBOURHOOD_LIMIT}); default: every fact`)
    .option('--query <file>', 'the entities a cypher/queries file returns, and the facts among them')
    .option('--params <json>', 'with --query: its parameters as a JSON object')
    .option('--predicates <list>', 'filter: fact types, e.g. MET,VISITED')
    .option('--countries <list>', 'filter: ISO alpha-3 codes (facts of a country or of its office holders)')
    .option('--sectors <list>', 'filter: sector keys (COOPERATES_ON facts on them)')
    .option('--from <date>', 'facts seen on or after YYYY[-MM[-DD]]')
    .option('--to <date>', 'facts seen on or before YYYY[-MM[-DD]]')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph export --format graphml --around "Keir Starmer" --depth 2 -o starmer.graphml
  $ pnpm wiregraph export --format graphml --around JPN --depth 2 --limit 50 -o japan-top.graphml
  $ pnpm wiregraph export --format gexf --from 2026-01-01 --to 2026-03-31 -o q1.gexf
  $ pnpm wiregraph export --format node-link --countries JPN,GBR -o japan-uk.json
  $ pnpm wiregraph export --format cytoscape --sectors critical-minerals -o minerals.cyjs
  $ pnpm wiregraph export --format csv -o export/            # nodes.csv + relationships.csv
  $ pnpm wiregraph export --format jsonl > triples.jsonl     # back in with: pnpm wiregraph load triples.jsonl
  $ pnpm wiregraph export --format html --query cooperation --params '{"country":"JPN"}' -o japan.html

With no selection flag the whole graph is written. An existing output file is never overwritten
without --force; a path that cannot be written (or a full disk) exits 1 with one line, and
the files of a failed export are removed.`,
    )
    .action(async (o: ExportOptions) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${o.format}"`);
      const selection = selectionFromOptions(o);
      const log = createLogger({ bindings: { cmd: 'export' } });
      const config = loadConfig();
      const { driver, database } = await connect(config);
      const started = Date.now();
      try {
        const result = await exportGraph(createQueries({ driver, database }), selection, o.format as ExportFormat, o.output, process.stdout, { force: o.force });
        log.info('exported', { ...result, selection: selection.kind, ms: Date.now() - started });
        const cut = result.neighbourhood;
        if (cut?.truncated) log.warn('neighbourhood cut to the strongest facts at each hop, as --limit asked', { limit: cut.limit, written: result.relationships, found: cut.foundFacts });
      } finally {
        await driver.close();
      }
    });
};
