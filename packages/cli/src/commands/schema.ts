import type { Command } from 'commander';
import { createLogger, loadConfig } from '@wiregraph/core';
import { connect, createLoader, schemaStatements } from '@wiregraph/loader';
import type { RegisterCommand } from './index.js';

export const registerSchema: RegisterCommand = (program: Command) => {
  const schema = program
    .command('schema')
    .description('The graph schema of cypher/schema.cypher: constraints on every key, indexes, the entity_names full-text index')
    .addHelpText('after', '\nExamples:\n  $ pnpm wiregraph schema apply\n  $ pnpm wiregraph schema show\n');

  schema
    .command('apply')
    .description('Apply cypher/schema.cypher to the configured Neo4j (idempotent: every statement is IF NOT EXISTS) and wait for the indexes to come online')
    .option('--reference-data', 'also load every ISO country and sector (the loader does this before its first write anyway)')
    .addHelpText('after', '\nExample:\n  $ NEO4J_URI=bolt://127.0.0.1:7687 pnpm wiregraph schema apply\n')
    .action(async (opts: { referenceData?: boolean }) => {
      const log = createLogger({ bindings: { cmd: 'schema apply' } });
      const config = loadConfig();
      const { driver, database, target } = await connect(config);
      try {
        const loader = createLoader({ driver, database, target, logger: log });
        await loader.applySchema();
        process.stdout.write(`Applied ${schemaStatements().length} schema statements to ${target} (database ${database}).\n`);
        if (opts.referenceData) {
          const r = await loader.loadReferenceData();
          process.stdout.write(`Reference data: ${r.nodes.Country?.created ?? 0} countries created, ${r.nodes.Country?.matched ?? 0} kept current; ${r.nodes.Sector?.created ?? 0} sectors created, ${r.nodes.Sector?.matched ?? 0} kept current.\n`);
        }
      } finally {
        await driver.close();
      }
    });

  schema
    .command('show')
    .description('Print the schema statements that `schema apply` runs')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph schema show | grep FULLTEXT\n')
    .action(() => {
      process.stdout.write(schemaStatements().map((s) => s + ';').join('\n') + '\n');
    });
};
