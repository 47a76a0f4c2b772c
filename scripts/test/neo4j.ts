import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestDatabase } from './test-database.js';

export type { TestDatabase } from './test-database.js';

/** The database the integration tier runs against (set up by scripts/test/neo4j-global-setup.ts). */
export function testDatabase(): TestDatabase {
  const db = inject('wiregraphNeo4j');
  if (!db) throw new Error('no test database: run integration tests through `pnpm test` / `vitest --project integration` (*.int.test.ts)');
  return db;
}

/** A new driver for the test database; the caller closes it. */
export function testDriver(): Driver {
  const db = testDatabase();
  return neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password), { maxConnectionPoolSize: 10 });
}

/**
 * Deletes every node and relationship (in batches, so a big graph does not need one huge
 * transaction). With `schema: true` also drops every constraint and index. Community Edition
 * has one user database, so each test file clears it at its start and end.
 */
export async function clearDatabase(driver: Driver, options: { schema?: boolean; database?: string } = {}): Promise<void> {
  const database = options.database ?? testDatabase().database;
  const session = driver.session({ database });
  try {
    // CALL {…} IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  if (options.schema) {
    const { records: constraints } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database });
    for (const r of constraints) await driver.executeQuery(`DROP CONSTRAINT \`${String(r.get('name')).replace(/`/g, '``')}\` IF EXISTS`, {}, { database });
    // Lookup indexes are built in (Neo4j keeps one per kind); constraint-backed ones went above.
    const { records: indexes } = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database });
    for (const r of indexes) await driver.executeQuery(`DROP INDEX \`${String(r.get('name')).replace(/`/g, '``')}\` IF EXISTS`, {}, { database });
  }
}

export interface TestDatabaseHandle {
  /** The shared driver of this test file (open between beforeAll and afterAll). */
  readonly driver: Driver;
  readonly db: TestDatabase;
}

/**
 * Wires a test file to the test database: an empty database and an open driver in beforeAll,
 * the data removed and the driver closed in afterAll.
 *
 *   const t = useTestDatabase();
 *   it('…', async () => { await t.driver.executeQuery('…', {}, { database: t.db.database }); });
 */
export function useTestDatabase(options: { schema?: boolean } = {}): TestDatabaseHandle {
  let driver: Driver | undefined;
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = testDatabase();
    driver = testDriver();
    await clearDatabase(driver, options);
  });
  afterAll(async () => {
    if (!driver) return;
    try {
      await clearDatabase(driver, options);
    } finally {
      await driver.close();
      driver = undefined;
    }
  });
  return {
    get driver() {
      if (!driver) throw new Error('useTestDatabase(): the driver is open only inside tests and hooks');
      return driver;
    },
    get db() {
      if (!db) throw new Error('useTestDatabase(): the database is known only inside tests and hooks');
      return db;
    },
  };
}
