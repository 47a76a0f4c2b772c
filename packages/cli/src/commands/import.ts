import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { InputError, UsageError, createLogger, loadConfig, type Logger, type Triple } from '@wiregraph/core';
import { readArticles } from '@wiregraph/ingest';
import { importGraph, planTriplesInWorkers, type ArticleRun, type ImportReport } from '@wiregraph/loader';
import { localNeo4jSettings } from '@wiregraph/local-neo4j';
import { createExtractor } from '../internal/extractor.js';
import { createProgress } from '../internal/progress.js';
import type { RegisterCommand } from './index.js';

interface ImportFlags {
  triples?: boolean;
  database?: string;
  replace?: boolean;
  dump?: string;
  workers?: string;
  workDir?: string;
  keepFiles?: boolean;
  memory: string;
  json?: boolean;
  progress: boolean;
}

/** Triples files: each bad line reported with file and line, and skipped. */
interface Skipped {
  lines: number;
  stories: number;
}

/** Triples files, planned on worker threads: each bad line reported with file and line, and skipped. */
function plannedTriples(files: string[], workers: number, log: Logger, skipped: Skipped) {
  const onBadLine = (err: InputError) => {
    skipped.lines++;
    log.error('skipped a bad line', { file: err.file, line: err.place.line, problem: err.message });
  };
  const sources = files.map((f) => (f === '-' ? { file: '<stdin>', open: () => process.stdin } : { file: f, open: () => createReadStream(f) }));
  return planTriplesInWorkers(sources, { workers, onBadLine });
}

/** Stories: read and extracted on the worker pool, in order; each story is one run with its metadata. */
async function* storiesOf(inputs: string[], workers: number, log: Logger, skipped: Skipped): AsyncGenerator<ArticleRun> {
  const run = readArticles(inputs, { logger: log });
  for await (const { article, triples } of createExtractor(workers)(run.articles)) yield { articleId: article.id, article, triples };
  skipped.stories = run.summary().skippedTotal;
}

function formatImport(r: ImportReport): string {
  const seconds = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);
  return [
    `imported ${r.triples} triples from ${r.articles} articles into "${r.database}" (${r.boltUri}) in ${seconds(r.elapsedMs)}: ${Math.round(r.triples / Math.max(r.elapsedMs / 1000, 0.001))} triples/s`,
    `claims ${r.claims}; facts ${Object.entries(r.facts).map(([p, n]) => `${p} ${n}`).join(', ')}`,
    `phases: ${Object.entries(r.phases).map(([p, ms]) => `${p} ${seconds(ms)}`).join(', ')}`,
    ...r.importerSummary.map((l) => `  ${l}`),
    ...(r.dump ? [`dump: ${r.dump}`] : []),
  ].join('\n');
}

export const registerImport: RegisterCommand = (program: Command) => {
  program
    .command('import')
    .description(
      'Build a new database from an archive with neo4j-admin (offline bulk import): the same graph as `ingest`/`load`, many times faster. ' +
        'For a first load of many stories; `ingest` and `load` continue on it incrementally.',
    )
    .argument('<inputs...>', 'stories (files, directories, globs, as `ingest` reads them), or with --triples triples files (JSON Lines; "-" is stdin)')
    .option('--triples', 'the inputs are triples files (JSON Lines), not stories')
    .option('--database <name>', 'database to build (default: NEO4J_DATABASE, "neo4j")')
    .option('--replace', 'delete the existing database of that name (stopping the local server for the import and starting it again)')
    .option('--dump <file>', 'also write a neo4j-admin dump of the built database to <file> (to upload to Aura)')
    .option('--workers <n>', 'worker threads: extracting stories, or planning triples (default: the number of cores)')
    .option('--work-dir <dir>', 'the CSV files go in a new directory under <dir> (default: the system temp directory)')
    .option('--keep-files', 'keep the CSV files after the import')
    .option('--memory <size>', "neo4j-admin's off-heap memory", '1g')
    .option('--json', 'print the report as JSON')
    .option('--no-progress', 'no progress lines')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph import archive/ --replace
  $ pnpm wiregraph import --triples triples-*.jsonl --replace --dump wiregraph.dump

The import builds the local server's database (WIREGRAPH_HOME) offline: an existing database is
only ever deleted with --replace, which stops the server, imports, and starts it again. Then
the schema is applied and its indexes built before the command returns.`,
    )
    .action(async (inputs: string[], flags: ImportFlags) => {
      const log = createLogger({ bindings: { cmd: 'import' } });
      if (flags.triples) {
        for (const f of inputs) if (f !== '-') await access(f).catch(() => { throw new UsageError(`cannot read ${f}: no such file`, { file: f }); });
      }
      const workers = flags.workers ? Number(flags.workers) : availableParallelism();
      if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a positive whole number, got "${flags.workers}"`);
      if (!/^\d+[kmg]$/i.test(flags.memory)) throw new UsageError(`--memory must be a size like 512m or 2g, got "${flags.memory}"`);
      const config = loadConfig();
      if (config.neo4jUriConfigured) log.warn('import builds the local server\'s database (WIREGRAPH_HOME), not NEO4J_URI; use --dump to take it to another server', { neo4jUri: config.neo4jUri });
      const skipped: Skipped = { lines: 0, stories: 0 };
      const input = flags.triples ? { planned: plannedTriples(inputs, workers, log, skipped) } : { runs: storiesOf(inputs, workers, log, skipped) };
      const bar = flags.progress ? createProgress({ label: 'import: read', logger: log }) : undefined;
      const report = await importGraph({
        ...input,
        settings: localNeo4jSettings(config),
        database: flags.database ?? config.neo4jDatabase,
        replace: flags.replace,
        dumpTo: flags.dump,
        workDir: flags.workDir,
        keepFiles: flags.keepFiles,
        importMemory: flags.memory,
        logger: log,
        onProgress: (phase, detail) => {
          if (phase === 'csv' && detail.step === 'read') bar?.update({ stories: Number(detail.runs), triples: Number(detail.triples) });
          else if (phase === 'csv' && detail.step === 'sort') bar?.done();
          else if (flags.progress && (detail.step || detail.started)) log.info(`import: ${phase}`, detail);
        },
      });
      const notes = [skipped.lines ? `${skipped.lines} bad lines skipped (see stderr)` : '', skipped.stories ? `${skipped.stories} stories skipped (see stderr)` : ''].filter(Boolean);
      process.stdout.write((flags.json ? JSON.stringify({ ...report, skippedLines: skipped.lines, skippedStories: skipped.stories }) : [formatImport(report), ...notes].join('\n')) + '\n');
      if (skipped.lines + skipped.stories > 0) process.exitCode = 1;
    });
};
