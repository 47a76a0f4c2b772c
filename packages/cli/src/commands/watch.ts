import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UsageError, createLogger, loadConfig } from '@wiregraph/core';
import { connect, createLoader } from '@wiregraph/loader';
import { createExtractor } from '../internal/extractor.js';
import { WatchLedger } from '../internal/watch-ledger.js';
import { DEFAULT_SETTLE_MS, isFeedUrl, watch } from '../internal/watcher.js';
import type { RegisterCommand } from './index.js';

interface WatchFlags {
  interval: string;
  ledger?: string;
  once?: boolean;
  workers?: string;
  settle: string;
}

export const registerWatch: RegisterCommand = (program: Command) => {
  program
    .command('watch')
    .description('Ingest stories as they arrive: new files in a folder, or new items of an RSS/Atom feed polled at an interval — each exactly once, across restarts')
    .argument('<target>', 'a folder to watch, or the http(s) URL of an RSS or Atom feed')
    .option('--interval <seconds>', 'seconds between polls', '30')
    .option('--ledger <file>', 'the ledger of what was ingested (default: $WIREGRAPH_HOME/watch-ledger.jsonl)')
    .option('--once', 'one pass over what is there now, then exit (1 when anything was skipped)')
    .option('--settle <seconds>', 'how long a file must stay unchanged before it is read', String(DEFAULT_SETTLE_MS / 1000))
    .option('--workers <n>', 'extraction worker threads (default 1: watched stories arrive a few at a time)')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph watch ./incoming --interval 10
  $ pnpm wiregraph watch https://example.org/world/rss.xml --interval 300
  $ pnpm wiregraph watch ./incoming --once      # for cron

A file is read once it has settled (unchanged for --settle seconds; --once waits for that
and leaves a file still being written for the next run). A file is ingested again only when
its content changes (a corrected story: a story without a wire id keeps the id of its path,
so the correction replaces its claims). A feed that is
down, or Neo4j being away, is retried with exponential backoff (up to 5 minutes); the
watcher logs each failure and keeps going. Stop it with Ctrl-C.`,
    )
    .action(async (target: string, flags: WatchFlags) => {
      const log = createLogger({ bindings: { cmd: 'watch' } });
      const seconds = Number(flags.interval);
      const settle = Number(flags.settle);
      if (!Number.isFinite(settle) || settle < 0) throw new UsageError(`--settle must be a number of seconds (0 or more), got "${flags.settle}"`, { setting: '--settle' });
      if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--interval must be a positive number of seconds, got "${flags.interval}"`, { setting: '--interval' });
      if (!isFeedUrl(target) && !(existsSync(target) && statSync(target).isDirectory())) {
        throw new UsageError(`watch needs a folder or an http(s) feed URL; "${target}" is neither`, { target });
      }
      const workers = flags.workers ? Number(flags.workers) : 1;
      if (!Number.isInteger(workers) || workers < 1 || workers > availableParallelism() * 4) throw new UsageError(`--workers must be a whole number from 1 to ${availableParallelism() * 4}`);
      const config = loadConfig();
      const ledger = new WatchLedger(flags.ledger ?? join(config.dataDir, 'watch-ledger.jsonl'));
      const { driver, database, target: uri } = await connect(config);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const loader = createLoader({ driver, database, target: uri, logger: log });
        const last = await watch({
          target,
          loader,
          extract: createExtractor(workers),
          ledger,
          logger: log,
          intervalMs: seconds * 1000,
          once: flags.once,
          settleMs: settle * 1000,
          signal: stop.signal,
        });
        // The documented exit codes, so cron sees a failure: 1 when anything was skipped.
        if (flags.once && last?.summary && last.summary.read.skippedTotal > 0) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await driver.close();
      }
    });
};
