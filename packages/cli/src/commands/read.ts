import { once } from 'node:events';
import type { Command } from 'commander';
import { UsageError, createLogger } from '@wiregraph/core';
import { DEFAULT_MAX_STORY_BYTES, readArticles, SUPPORTED_FORMATS_TEXT, type RunSummary } from '@wiregraph/ingest';
import type { RegisterCommand } from './index.js';

interface ReadFlags {
  json?: boolean;
  summary?: boolean;
  dedupe: boolean;
  maxStoryBytes: string;
  referenceDate?: string;
  followSymlinks?: boolean;
}

/** The summary as a small table for people. */
export function formatSummaryTable(s: RunSummary): string {
  const rows: [string, string][] = [
    ['files', String(s.files)],
    ['bytes', String(s.bytes)],
    ['read', String(s.read)],
    ['skipped', String(s.skippedTotal)],
    ...Object.entries(s.skippedByReason).map(([r, n]): [string, string] => [`  ${r}`, String(n)]),
    ['duplicates', String(s.duplicates.total)],
    ['  same id', String(s.duplicates.byId)],
    ['  same body', String(s.duplicates.byBody)],
    ['warnings', String(s.warnings.total)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  if (s.skipped.length) {
    lines.push('', 'skipped:');
    for (const item of s.skipped) lines.push(`  ${item.reason.padEnd(18)} ${item.message}`);
    if (s.skippedTotal > s.skipped.length) lines.push(`  … and ${s.skippedTotal - s.skipped.length} more`);
  }
  if (s.duplicates.items.length) {
    lines.push('', 'duplicates:');
    for (const d of s.duplicates.items) {
      const at = d.line !== undefined ? `${d.file}:${d.line}` : d.item !== undefined ? `${d.file} item ${d.item}` : d.file;
      lines.push(`  ${at}: ${d.id}${d.kind === 'body' ? ` (same body as ${d.duplicateOf})` : ' (same id)'}`);
    }
  }
  return lines.join('\n');
}

async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

export const registerRead: RegisterCommand = (program: Command) => {
  program
    .command('read')
    .description(`Read wire stories into Articles and report what could not be read. Formats: ${SUPPORTED_FORMATS_TEXT}.`)
    .argument('<paths...>', 'files, directories (read recursively), globs (quote them) or "-" for stdin')
    .option('--json', 'print one Article as JSON per line on stdout')
    .option('--summary', 'print the run summary: a table on stdout, or with --json one JSON object on stderr')
    .option('--follow-symlinks', 'follow symbolic links inside input folders (default: passed over with a warning, as watch does)')
    .option('--no-dedupe', 'read a story again when its id or body repeats')
    .option('--max-story-bytes <n>', 'largest story text accepted, in UTF-8 bytes', String(DEFAULT_MAX_STORY_BYTES))
    .option('--reference-date <date>', "the date (YYYY-MM-DD) that gives datelines their year; default none: the story must state the year, else published is null (never the clock or the file time)")
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph read fixtures/dev-corpus/articles.jsonl --json > articles.jsonl
  $ pnpm wiregraph read feeds/ 'drops/**/*.xml' --summary
  $ curl -s https://example.org/feed.rss | pnpm wiregraph read - --json --summary

Without --json or --summary, one line per article (id, published, format, title) is printed.
Each input or item that cannot be read is logged on stderr with its file and line or item,
and skipped; the rest is read and the exit code is 1.`,
    )
    .action(async (paths: string[], flags: ReadFlags) => {
      const maxStoryBytes = Number(flags.maxStoryBytes);
      if (!Number.isInteger(maxStoryBytes) || maxStoryBytes < 1) throw new UsageError(`--max-story-bytes must be a positive integer, got "${flags.maxStoryBytes}"`);
      let referenceDate: Date | undefined;
      if (flags.referenceDate !== undefined) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.referenceDate) || Number.isNaN(Date.parse(flags.referenceDate))) {
          throw new UsageError(`--reference-date must be a date YYYY-MM-DD, got "${flags.referenceDate}"`);
        }
        referenceDate = new Date(`${flags.referenceDate}T12:00:00Z`);
      }
      // A closed pipe (read … | head) ends the output, not with a stack trace.
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw err;
      });

      const logger = createLogger({ bindings: { cmd: 'read' } });
      const run = readArticles(paths, { logger, maxStoryBytes, dedupe: flags.dedupe, referenceDate, followSymlinks: flags.followSymlinks });
      const listArticles = flags.json || !flags.summary;
      for await (const a of run) {
        if (flags.json) await write(JSON.stringify(a) + '\n');
        else if (listArticles) await write(`${a.id}\t${a.published}\t${a.format}\t${a.title ?? a.body.slice(0, 60).replace(/\s+/g, ' ')}\n`);
      }
      const summary = run.summary();
      if (flags.summary && flags.json) process.stderr.write(JSON.stringify(summary) + '\n');
      else if (flags.summary) await write(formatSummaryTable(summary) + '\n');
      else logger.info('read done', { read: summary.read, skipped: summary.skippedTotal, duplicates: summary.duplicates.total, files: summary.files });
      if (summary.skippedTotal > 0) process.exitCode = 1;
    });
};
