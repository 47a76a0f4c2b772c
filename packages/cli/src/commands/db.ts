import type { Command } from 'commander';
import { createLogger, loadConfig } from '@wiregraph/core';
import {
  localNeo4jSettings,
  localNeo4jStatus,
  resetLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jStatus,
} from '@wiregraph/local-neo4j';
import type { RegisterCommand } from './index.js';

function settings() {
  return localNeo4jSettings(loadConfig());
}

function describe(s: LocalNeo4jStatus): string {
  const lines = [
    `Neo4j: ${s.running ? 'running' : 'not running'}${s.version ? ` (${s.edition ?? ''} ${s.version})`.replace('( ', '(') : ''}`,
    `  bolt:    ${s.boltUri}`,
    `  http:    ${s.httpUrl}`,
    `  browser: ${s.browserUrl}`,
    `  home:    ${s.home}`,
  ];
  if (s.pid !== undefined) lines.push(`  pid:     ${s.pid}`);
  if (s.startedAt) lines.push(`  started: ${s.startedAt}`);
  if (s.problem) lines.push(`  problem: ${s.problem}`);
  return lines.join('\n') + '\n';
}

function print(status: object, json: boolean | undefined, text: string): void {
  process.stdout.write(json ? JSON.stringify(status) + '\n' : text);
}

export const registerDb: RegisterCommand = (program: Command) => {
  const db = program
    .command('db')
    .description('Manage the local Neo4j 5.26 server (assembled from Maven Central, no Docker needed)')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph db start     # first time: downloads the jars with Maven, then starts
  $ pnpm wiregraph db status --json
  $ NEO4J_BOLT_PORT=7697 NEO4J_HTTP_PORT=7484 WIREGRAPH_HOME=/tmp/wg2 pnpm wiregraph db start

Data and logs live under WIREGRAPH_HOME (default .wiregraph/). The password is NEO4J_PASSWORD
(default "wiregraph-dev"), user neo4j.`,
    );

  db.command('start')
    .description('Start the local server (reuses one already running on WIREGRAPH_HOME) and wait until Bolt answers')
    .option('--json', 'print the status as JSON')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph db start && curl -s http://127.0.0.1:7474/browser/ | head -3\n')
    .action(async (opts: { json?: boolean }) => {
      const log = createLogger({ bindings: { cmd: 'db start' } });
      const result = await startLocalNeo4j(settings(), { logger: log });
      print(result, opts.json, (result.reused ? 'Already running.\n' : 'Started.\n') + describe(result));
    });

  db.command('stop')
    .description('Stop the local server cleanly (SIGTERM, then wait for shutdown)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph db stop\n')
    .action(async (opts: { json?: boolean }) => {
      const log = createLogger({ bindings: { cmd: 'db stop' } });
      const result = await stopLocalNeo4j(settings(), { logger: log });
      print(result, opts.json, result.stopped ? `Stopped (pid ${result.pid}).\n` : 'Not running.\n');
    });

  db.command('status')
    .description('Say whether the local server runs, where (bolt/http, home, pid) and which version')
    .option('--json', 'print the status as JSON')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph db status\n')
    .action(async (opts: { json?: boolean }) => {
      const status = await localNeo4jStatus(settings());
      print(status, opts.json, describe(status));
      // Running but not answering is a failure a script should notice.
      if (status.running && status.problem) process.exitCode = 1;
    });

  db.command('reset')
    .description('Stop the local server and delete its data and logs (the next start begins empty)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph db reset && pnpm wiregraph db start\n')
    .action(async (opts: { json?: boolean }) => {
      const log = createLogger({ bindings: { cmd: 'db reset' } });
      const result = await resetLocalNeo4j(settings(), { logger: log });
      print(result, opts.json, `${result.stopped ? 'Stopped and wiped' : 'Wiped'}: ${result.wiped.join(', ') || '(nothing)'}\n`);
    });
};
