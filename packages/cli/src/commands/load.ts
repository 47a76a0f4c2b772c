import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { InputError, UsageError, createLogger, loadConfig, type Triple } from '@wiregraph/core';
import { DEFAULT_BATCH_SIZE, connect, createLoader, formatReport, readTriples } from '@wiregraph/loader';
import type { RegisterCommand } from './index.js';

interface LoadOptions {
  batchSize: string;
  json?: boolean;
}

export const registerLoad: RegisterCommand = (program: Command) => {
  program
    .command('load')
    .description(
      'Load triples (JSON Lines, the shape of docs/triples.md) into Neo4j: idempotent, batched, every fact kept with its evidence. ' +
        'Within one run, the triples of an article are its whole set: a re-loaded article\'s old claims that are gone are removed.',
    )
    .argument('<files...>', 'triples files (JSON Lines); "-" reads stdin')
    .option('--batch-size <n>', 'triples per write transaction', String(DEFAULT_BATCH_SIZE))
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph load triples.jsonl
  $ pnpm wiregraph extract corpus/ | pnpm wiregraph load -
  $ pnpm wiregraph load --json a.jsonl b.jsonl > report.json

Bad lines are reported on stderr with file and line and skipped; the rest is loaded and the
exit code is 1. Re-running the same load changes nothing.`,
    )
    .action(async (files: string[], opts: LoadOptions) => {
      const log = createLogger({ bindings: { cmd: 'load' } });
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a positive integer, got "${opts.batchSize}"`);
      if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');
      for (const f of files) {
        if (f === '-') continue;
        try {
          await access(f);
        } catch {
          throw new UsageError(`cannot read ${f}: no such file`, { file: f });
        }
      }

      let skipped = 0;
      const onError = (err: InputError) => {
        skipped++;
        log.error('skipped a bad line', { file: err.file, line: err.context.line, problem: err.message });
      };
      async function* allTriples(): AsyncGenerator<Triple> {
        for (const f of files) {
          const stream: Readable = f === '-' ? process.stdin : createReadStream(f);
          yield* readTriples(stream, f === '-' ? '<stdin>' : f, onError);
        }
      }

      const config = loadConfig();
      const { driver, database, target } = await connect(config);
      try {
        const loader = createLoader({ driver, database, target, batchSize, logger: log });
        const report = await loader.load(allTriples());
        process.stdout.write(opts.json ? JSON.stringify({ ...report, skippedLines: skipped }) + '\n' : formatReport(report) + (skipped ? `\n${skipped} bad lines skipped (see stderr)` : '') + '\n');
      } finally {
        await driver.close();
      }
      if (skipped > 0) process.exitCode = 1;
    });
};
