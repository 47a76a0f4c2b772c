import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { UsageError, createLogger, type Article, type Triple } from '@wiregraph/core';
import { extractInWorkers, extractTriples, readArticles } from '@wiregraph/ingest';
import type { RegisterCommand } from './index.js';

interface ExtractFlags {
  output?: string;
  workers: string;
}

/** Triples of every article, extracted here or on worker threads, in input order. */
export async function* triplesOf(articles: AsyncIterable<Article>, workers: number): AsyncGenerator<Triple[]> {
  if (workers <= 1) {
    for await (const a of articles) yield extractTriples(a);
    return;
  }
  yield* extractInWorkers(articles, { workers });
}

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers must be an integer from 1 to 64, got "${value}"`);
  return n;
}

async function put(out: NodeJS.WritableStream | WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export const registerExtract: RegisterCommand = (program: Command) => {
  program
    .command('extract')
    .description('Extract triples (MET, VISITED, HOLDS_OFFICE, COOPERATES_WITH, COOPERATES_ON) from wire stories and print them as JSON Lines.')
    .argument('<inputs...>', 'story files, directories, globs (quoted) or "-" for stdin, in any format `read` accepts')
    .option('-o, --output <file>', 'write the triples to this file instead of stdout')
    .option('--workers <n>', 'worker threads to extract on (1 = this thread)', '1')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph extract fixtures/dev-corpus/articles.jsonl > triples.jsonl
  $ pnpm wiregraph extract stories/ -o triples.jsonl --workers 2

Each line is one triple in the shape of docs/triples.md, with evidence, date,
confidence and the extras sentence, start, end and rule. Stories that cannot be read are
logged on stderr and skipped (exit code 1).`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const workers = parseWorkers(flags.workers);
      const logger = createLogger({ bindings: { cmd: 'extract' } });
      const out = flags.output ? createWriteStream(flags.output) : process.stdout;
      if (!flags.output) {
        process.stdout.on('error', (err: NodeJS.ErrnoException) => {
          if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
          throw err;
        });
      }
      const run = readArticles(inputs, { logger });
      let triples = 0;
      for await (const batch of triplesOf(run, workers)) {
        for (const t of batch) await put(out, JSON.stringify(t) + '\n');
        triples += batch.length;
      }
      if (flags.output) {
        (out as WriteStream).end();
        await once(out, 'finish');
      }
      const summary = run.summary();
      logger.info('extract done', { articles: summary.read, triples, skipped: summary.skippedTotal });
      if (summary.skippedTotal > 0) process.exitCode = 1;
    });
};
