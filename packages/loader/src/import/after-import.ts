import type { Driver } from 'neo4j-driver';
import { loadConfig } from '@wiregraph/core';
import type { LocalNeo4jSettings } from '@wiregraph/local-neo4j';
import { connect } from '../connect.js';
import { createLoader } from '../loader.js';
import { resolvePeople } from '../resolve.js';
import { applyEmptyLists } from './fix-ups.js';
import { ImportError } from './import-error.js';

/**
 * What the server does after the importer has written the store: the schema (constraints,
 * indexes, the full-text index) built and online, the empty lists a CSV cannot hold, and the
 * people resolved as the loader resolves them after each load. Each step is timed.
 */

export const AFTER_IMPORT_STEPS = ['served', 'schema', 'lists', 'people'] as const;
export type AfterImportStep = (typeof AFTER_IMPORT_STEPS)[number];

export async function afterImport(
  settings: LocalNeo4jSettings,
  database: string,
  options: { claimsWithoutPartners: string; resolvePeople: boolean; timed: <T>(step: AfterImportStep, work: () => Promise<T>) => Promise<T> },
): Promise<void> {
  const { timed } = options;
  const config = loadConfig({ neo4jUri: `bolt://127.0.0.1:${settings.boltPort}`, neo4jPassword: settings.password, neo4jDatabase: database });
  const { driver, target } = await connect(config, { maxTransactionRetryTimeMs: 60_000 });
  try {
    await timed('served', () => checkServed(driver, database, target));
    // Building the indexes of millions of claims on a busy machine can take minutes: wait up to an hour.
    await timed('schema', () => createLoader({ driver, database, target, referenceData: false }).applySchema({ indexTimeoutSeconds: 3600 }));
    await timed('lists', () => applyEmptyLists(driver, database, options.claimsWithoutPartners));
    // The same graph as the loader's: its people are resolved after every load.
    if (options.resolvePeople) await timed('people', () => resolvePeople({ driver, database }));
  } finally {
    await driver.close();
  }
}

async function checkServed(driver: Driver, database: string, target: string): Promise<void> {
  const { records } = await driver.executeQuery('SHOW DATABASES YIELD name, currentStatus WHERE name = $database RETURN currentStatus', { database }, { database: 'system' });
  if (records[0]?.get('currentStatus') === 'online') return;
  throw new ImportError(
    'DATABASE_NOT_SERVED',
    `the import built "${database}" but the server at ${target} does not serve it (${records[0] ? String(records[0].get('currentStatus')) : 'unknown to it'}): Community edition serves one user database, its default (NEO4J_DATABASE, "neo4j"). Use --dump to take it elsewhere.`,
    { database },
  );
}
