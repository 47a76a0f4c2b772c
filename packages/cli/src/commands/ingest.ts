import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { UsageError, createLogger, loadConfig } from '@wiregraph/core';
import { connect, createLoader } from '@wiregraph/loader';
import { createExtractor } from '../internal/extractor.js';
import { formatIngestSummary, ingest } from '../internal/ingest-pipeline.js';
import { createProgress } from '../internal/progress.js';
import type { RegisterCommand } from './index.js';

interface IngestFlags {
  workers?: string;
  json?: boolean;
  progress: boolean;
  followSymlinks?: boolean;
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, got "${value}"`, { setting: name, value });
  return n;
}

export const registerIngest: RegisterCommand = (program: Command) => {
  program
    .command('ingest')
    .description('Read wire stories, extract their facts and load them into Neo4j, in one streaming run (idempotent: running it again changes nothing)')
    .argument('<inputs...>', 'files, directories (recursive), globs, or "-" for standard input; any supported format')
    .option('--workers <n>', 'extraction worker threads (default: the number of cores)')
    .option('--json', 'print the summary as JSON instead of a table')
    .option('--no-progress', 'no progress bar or progress log lines')
    .option('--follow-symlinks', 'follow symbolic links inside input folders (default: passed over with a warning, as watch does)')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph ingest examples/stories
  $ pnpm wiregraph ingest 'feeds/**/*.xml' today.jsonl
  $ cat story.txt | pnpm wiregraph ingest -

Ends with a summary (stories read, skipped, duplicate; triples by predicate; nodes and
relationships created). Exits 1 when any story was skipped, 2 on a usage error.`,
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      const log = createLogger({ bindings: { cmd: 'ingest' } });
      const workers = flags.workers ? positiveInt('--workers', flags.workers) : availableParallelism();
      const config = loadConfig();
      const { driver, database, target } = await connect(config);
      try {
        const loader = createLoader({ driver, database, target, logger: log });
        const summary = await ingest({
          inputs,
          loader,
          extract: createExtractor(workers),
          logger: log,
          progress: flags.progress ? createProgress({ label: 'ingest', logger: log }) : undefined,
          read: { followSymlinks: flags.followSymlinks },
        });
        process.stdout.write((flags.json ? JSON.stringify(summary) : formatIngestSummary(summary)) + '\n');
        if (summary.read.skippedTotal > 0) process.exitCode = 1;
      } finally {
        await driver.close();
      }
    });
};
