import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createLogger, loadConfig, type Config } from '@wiregraph/core';
import { connect, createLoader } from '@wiregraph/loader';
import { localNeo4jSettings, startLocalNeo4j } from '@wiregraph/local-neo4j';
import { createQueries } from '@wiregraph/query';
import { availableParallelism } from 'node:os';
import { createExtractor } from '../internal/extractor.js';
import { formatIngestSummary, ingest } from '../internal/ingest-pipeline.js';
import { createProgress } from '../internal/progress.js';
import type { RegisterCommand } from './index.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/stories', import.meta.url));

async function showAnswers(config: Config, driver: Parameters<typeof createQueries>[0]['driver']): Promise<string> {
  const q = createQueries({ driver, database: config.neo4jDatabase });
  const out: string[] = [];
  const meetings = await q.meetings({ person: 'keir starmer' }).catch(() => []);
  out.push('Whom did Keir Starmer meet?');
  for (const m of meetings) out.push(`  ${m.counterpart.name} on ${m.date ?? 'an unknown date'}${m.places.length ? ` in ${m.places.map((p) => p.name).join(', ')}` : ''}  (${m.evidenceCount} stories)`);
  const coop = await q.cooperation({ country: 'JPN' }).catch(() => []);
  out.push('', 'With whom does Japan cooperate, and on what?');
  for (const c of coop) out.push(`  ${c.partner.name}: ${c.sectors.map((s) => s.name ?? s.key).join(', ') || '(no sector named)'}`);
  const minerals = await q.partnersOn('critical-minerals').catch(() => []);
  out.push('', 'Who cooperates on critical minerals?');
  for (const p of minerals) out.push(`  ${p.country.name} with ${p.partners.map((x) => x.name).join(', ')}`);
  return out.join('\n');
}

export const registerQuickstart: RegisterCommand = (program: Command) => {
  program
    .command('quickstart')
    .description('The first run: bring up the local database if none is configured, ingest examples/, print a few answers and the Neo4j Browser address')
    .addHelpText('after', '\nExample:\n  $ pnpm install && pnpm start\n')
    .action(async () => {
      const log = createLogger({ bindings: { cmd: 'quickstart' } });
      const config = loadConfig();
      // A server on this machine serves Browser on the HTTP port; a remote one the user knows.
      const local = /^bolt:\/\/(127\.0\.0\.1|localhost)(:|$)/.test(config.neo4jUri);
      let browser = local ? `http://127.0.0.1:${config.httpPort}/browser/` : 'the Browser of your Neo4j server (or https://browser.neo4j.io)';
      // A database of the user's own (NEO4J_URI) is never replaced by a local one.
      if (!config.neo4jUriConfigured) {
        process.stderr.write('Starting the local Neo4j (the first start downloads it with Maven; this takes a few minutes)…\n');
        const status = await startLocalNeo4j(localNeo4jSettings(config), { logger: log });
        browser = status.browserUrl;
      }
      const { driver, database, target } = await connect(config);
      try {
        const loader = createLoader({ driver, database, target, logger: log });
        const summary = await ingest({
          inputs: [EXAMPLES],
          loader,
          extract: createExtractor(Math.min(2, availableParallelism())),
          logger: log,
          progress: createProgress({ label: 'ingest', logger: log }),
        });
        process.stdout.write(`\nIngested the example stories of ${EXAMPLES}\n${formatIngestSummary(summary)}\n\n`);
        process.stdout.write((await showAnswers(config, driver)) + '\n\n');
        process.stdout.write(
          [
            `Explore the graph in Neo4j Browser: ${browser}`,
            `  connect to ${target} as user "${config.neo4jUsername}"${config.neo4jUriConfigured || config.neo4jPasswordConfigured ? '' : ` with password "${config.neo4jPassword}"`}`,
            '  then try:  MATCH (a:Person)-[m:MET]-(b:Person) RETURN a, m, b',
            'Ingest your own stories:  pnpm wiregraph ingest <files or folders>',
          ].join('\n') + '\n',
        );
        if (summary.read.skippedTotal) process.exitCode = 1;
      } finally {
        await driver.close();
      }
    });
};
