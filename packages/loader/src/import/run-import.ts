import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { loadConfig, silentLogger, type Logger, type Predicate } from '@wiregraph/core';
import {
  checkDatabaseName,
  localDatabaseExists,
  localNeo4jRunning,
  runAdminTool,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jSettings,
} from '@wiregraph/local-neo4j';
import { afterImport, type AfterImportStep } from './after-import.js';
import type { ArticleRun } from './article-runs.js';
import { ImportError } from './import-error.js';
import type { PlannedChunk } from './planned-chunk.js';
import { plannedRuns } from './spool.js';
import { writeImportFiles, type WrittenImport } from './write-import-files.js';

/** The phases of an import, in order; each is timed and reported. */
export const IMPORT_PHASES = ['csv', 'stop', 'import', 'start', 'index', 'dump'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface ImportOptions {
  /** Each article's triples (see articleRuns); with stories, their metadata too. Planned on this thread. */
  runs?: AsyncIterable<ArticleRun>;
  /** Or the input already planned in chunks: triples files on worker threads (planTriplesInWorkers). */
  planned?: AsyncIterable<PlannedChunk>;
  /** The local server whose database is built (`db start`'s instance). */
  settings: LocalNeo4jSettings;
  /** Database name (default: the configured NEO4J_DATABASE, "neo4j"). */
  database?: string;
  /** Allows deleting an existing database of that name (and stopping the server to do it). */
  replace?: boolean;
  /** Writes a `neo4j-admin database dump` of the built database to this file (for Aura). */
  dumpTo?: string;
  /** Under which directory the CSV files go, in a new directory of their own (default: the system's temp dir); removed after unless keepFiles. */
  workDir?: string;
  keepFiles?: boolean;
  /** neo4j-admin's memory outside its heap (its caches); default 1g. */
  importMemory?: string;
  /** Merges Person nodes that name one person after the import, as the loader does after each load (default true). */
  resolvePeople?: boolean;
  logger?: Logger;
  /** Called as each phase starts and with progress inside it ("stories read", importer steps). */
  onProgress?: (phase: ImportPhase, detail: Record<string, unknown>) => void;
}

export interface ImportReport {
  database: string;
  boltUri: string;
  runs: number;
  triples: number;
  articles: number;
  claims: number;
  facts: Record<Predicate, number>;
  /** Milliseconds per phase (a phase that did not run is absent); `stop` runs while `csv` does. */
  phases: Partial<Record<ImportPhase, number>>;
  /** Milliseconds of the steps inside the csv phase (read, write) and the index phase (see AFTER_IMPORT_STEPS). */
  steps: Partial<Record<'read' | 'write' | AfterImportStep, number>>;
  elapsedMs: number;
  /** Peak resident memory of this process, in MiB. */
  peakRssMiB: number;
  dump?: string;
  workDir: string;
  /** The importer's own closing lines ("IMPORT DONE … Imported: …"). */
  importerSummary: string[];
}

/** Fails before any work when the target exists and --replace was not given: nothing is ever deleted without it. */
export function checkTarget(settings: LocalNeo4jSettings, database: string, replace: boolean): { exists: boolean; running: boolean } {
  checkDatabaseName(database);
  const exists = localDatabaseExists(settings, database);
  const running = localNeo4jRunning(settings);
  if (exists && !replace) {
    throw new ImportError(
      'DATABASE_EXISTS',
      `database "${database}" already exists in ${settings.home}/data/databases` +
        (running ? ` and the local server is running it (bolt://127.0.0.1:${settings.boltPort})` : ' (the local server is stopped)') +
        `: import builds a new database and would delete that one. Pass --replace to ${running ? 'stop the server, ' : ''}replace it${running ? ' and start the server again' : ''}, or choose another WIREGRAPH_HOME or --database.`,
      { database, home: settings.home, running },
    );
  }
  return { exists, running };
}

export async function importGraph(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const log = options.logger ?? silentLogger;
  const { settings } = options;
  const database = options.database ?? loadConfig().neo4jDatabase;
  const replace = options.replace ?? false;
  if (!options.runs === !options.planned) throw new TypeError('importGraph takes either runs or planned chunks');
  const chunks = options.planned ?? plannedRuns(options.runs!);
  const target = checkTarget(settings, database, replace);
  // A directory of its own, even under a --work-dir the user gave: removing it afterwards never touches anything else.
  if (options.workDir) await mkdir(resolve(options.workDir), { recursive: true });
  const workDir = await mkdtemp(join(options.workDir ? resolve(options.workDir) : tmpdir(), 'wiregraph-import-'));
  const phases: Partial<Record<ImportPhase, number>> = {};
  const phase = <T>(name: ImportPhase, work: () => Promise<T>): Promise<T> => {
    options.onProgress?.(name, { started: true });
    log.debug(`import: ${name}`, { phase: name });
    return timeInto(phases, name, work);
  };
  const steps: ImportReport['steps'] = {};
  const step = <T>(name: keyof ImportReport['steps'], work: () => Promise<T>) => timeInto(steps, name, work);
  const progress = (name: ImportPhase) => (detail: Record<string, unknown>) => options.onProgress?.(name, detail);

  try {
    // The importer needs the server stopped: it stops while the CSVs are written (it would only
    // take a share of the cores from them), and starts again if writing them fails.
    const stopping = target.running ? phase('stop', () => stopLocalNeo4j(settings, { logger: log })) : undefined;
    stopping?.catch(() => {});
    const written = await phase('csv', () => writeImportFiles(chunks, workDir, (p) => options.onProgress?.('csv', { ...p }))).catch(async (err: unknown) => {
      if (stopping) await stopping.then(() => startLocalNeo4j(settings, { logger: log })).catch(() => {});
      throw err;
    });
    await stopping;
    // Checked again: a server may have been started, or a database made, while the CSVs were written.
    const now = checkTarget(settings, database, replace);
    if (now.running) await phase('stop', () => stopLocalNeo4j(settings, { logger: log }));
    const importer = await phase('import', () => runImporter(settings, database, written, { replace, workDir, memory: options.importMemory, wasRunning: target.running || now.running, log, progress: progress('import') }));
    const boltUri = await phase('start', async () => (await startLocalNeo4j(settings, { logger: log })).boltUri);
    await phase('index', () => afterImport(settings, database, { claimsWithoutPartners: written.claimsWithoutPartners, resolvePeople: options.resolvePeople !== false, timed: step }));
    let dump: string | undefined;
    if (options.dumpTo) dump = await phase('dump', () => dumpDatabase(settings, database, options.dumpTo!, log));
    if (!options.keepFiles) await rm(workDir, { recursive: true, force: true });
    log.info('import finished', { database, triples: written.triples, elapsedMs: Date.now() - started, wasRunning: target.running });
    return {
      database,
      boltUri,
      runs: written.runs,
      triples: written.triples,
      articles: written.articles,
      claims: written.claims,
      facts: written.facts,
      // In the order of the phases (the stop, run beside the csv phase, usually ends first).
      phases: Object.fromEntries(IMPORT_PHASES.filter((p) => phases[p] !== undefined).map((p) => [p, phases[p]])),
      steps: { read: written.readMs, write: written.writeMs, ...steps },
      elapsedMs: Date.now() - started,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...(dump ? { dump } : {}),
      workDir,
      importerSummary: importer.summary,
    };
  } catch (err) {
    if (!options.keepFiles && !(err instanceof ImportError && err.code === 'IMPORT_FAILED')) await rm(workDir, { recursive: true, force: true });
    throw err;
  }
}

/** Runs `work` and records its milliseconds under `name`, whether it succeeds or not. */
async function timeInto<K extends string, T>(times: Partial<Record<K, number>>, name: K, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    times[name] = Date.now() - t0;
  }
}

interface ImporterRun {
  replace: boolean;
  workDir: string;
  memory: string | undefined;
  wasRunning: boolean;
  log: Logger;
  progress: (detail: Record<string, unknown>) => void;
}

/** `neo4j-admin database import full` on the written CSVs; returns its summary: each stage's time, then its closing lines. */
async function runImporter(settings: LocalNeo4jSettings, database: string, written: WrittenImport, run: ImporterRun): Promise<{ summary: string[] }> {
  // The importer's own time per stage ("Node import COMPLETED in 35s"), for the report.
  const stageTimes: string[] = [];
  const args = ['database', 'import', 'full', ...written.files.importerArguments(), `--overwrite-destination=${run.replace}`, `--report-file=${join(run.workDir, 'import.report')}`,
    `--max-off-heap-memory=${run.memory ?? '1g'}`, database];
  try {
    const { tail } = await runAdminTool(settings, args, { logger: run.log, onLine: importerLine(run.progress, stageTimes) });
    return { summary: [...stageTimes, ...tail.filter((l) => /IMPORT DONE|Imported:|nodes$|relationships$|properties$|Peak memory/.test(l.trim())).map((l) => l.trim())] };
  } catch (err) {
    const stopped = run.wasRunning ? ' The local server was stopped for the import: `pnpm wiregraph db start` starts it again.' : '';
    throw new ImportError('IMPORT_FAILED', `neo4j-admin could not import into "${database}" (the CSV files are kept in ${run.workDir}): ${(err as Error).message}${stopped}`, { database, workDir: run.workDir }, { cause: err });
  }
}

/** The importer's step lines ("Node import", "IMPORT DONE…") as progress, and each stage's time kept; its rows of dots are not. */
function importerLine(report: (detail: Record<string, unknown>) => void, stageTimes: string[]) {
  return (line: string) => {
    const text = line.trim();
    const step = /^\(\d+\/\d+\)\s+(.+)$/.exec(text);
    if (step) report({ step: step[1]!.replace(/\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d.*$/, '') });
    else if (/^IMPORT (DONE|FAILED)/.test(text)) report({ step: text });
    else if (/ COMPLETED in /.test(text)) stageTimes.push(text);
  };
}

/** `neo4j-admin database dump` needs the database offline: the server is stopped for it and started again. */
async function dumpDatabase(settings: LocalNeo4jSettings, database: string, to: string, log: Logger): Promise<string> {
  const file = resolve(to);
  const staging = await mkdtemp(join(dirname(file), `.${basename(file)}-`));
  try {
    await stopLocalNeo4j(settings, { logger: log });
    await runAdminTool(settings, ['database', 'dump', database, `--to-path=${staging}`, '--overwrite-destination=true'], { logger: log }).catch((err: unknown) => {
      throw new ImportError('DUMP_FAILED', `could not dump "${database}" to ${file}: ${(err as Error).message}`, { database, file }, { cause: err });
    });
    await rename(join(staging, `${database}.dump`), file);
    return file;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await startLocalNeo4j(settings, { logger: log });
  }
}
