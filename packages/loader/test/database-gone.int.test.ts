import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { DatabaseError, createLogger, loadConfig, type Config } from '@wiregraph/core';
import { localNeo4jSettings, localNeo4jStatus, startLocalNeo4j } from '@wiregraph/local-neo4j';
import { clearDatabase, testDatabase } from '../../../scripts/test/neo4j.js';
import { connect, createLoader } from '../src/index.js';
import { syntheticTriples } from '../../../scripts/bench/_synthetic-triples.js';
import { aggregateProblems, duplicateNodes, duplicateRelationships, factState, graphCounts, testConfig } from './helpers/graph-state.js';

/**
 * The database goes away mid-load: the local server's process is killed (SIGKILL, no clean
 * shutdown) after a few batches have committed. This needs the server this test run started
 * or reused from scripts/neo4j (the default when neither NEO4J_URI nor Docker is set up).
 */
function settings() {
  // The integration tier's own local server (scripts/test/neo4j-global-setup.ts: home
  // .wiregraph-test, Bolt 7697, unless WIREGRAPH_HOME / NEO4J_*_PORT choose) — never a user's.
  const s = localNeo4jSettings(
    loadConfig({
      dataDir: process.env.WIREGRAPH_HOME ? undefined : '.wiregraph-test',
      boltPort: process.env.NEO4J_BOLT_PORT ? undefined : 7697,
      httpPort: process.env.NEO4J_HTTP_PORT ? undefined : 7484,
    }),
  );
  const testPort = Number(/:(\d+)\/?$/.exec(testDatabase().uri)?.[1]);
  if (s.boltPort !== testPort) throw new Error(`refusing to kill a server: the local instance on Bolt ${s.boltPort} is not the test database ${testDatabase().uri}`);
  return s;
}

describe('when the database goes away mid-load', () => {
  let driver: Driver;
  let database: string;
  const triples = syntheticTriples(1500, 7);

  beforeAll(async () => {
    expect(testDatabase().source, 'this test kills the local server: run the integration tier against it (unset NEO4J_URI)').toBe('local');
    ({ driver, database } = await connect(testConfig()));
    await clearDatabase(driver, { database });
  });
  afterAll(async () => {
    // Whatever happened, leave a running server for the test files after this one.
    await startLocalNeo4j(settings());
    await driver?.close();
    const { driver: d, database: db } = await connect(testConfig());
    await clearDatabase(d, { database: db });
    await d.close();
  });

  it('fails with a clear error, and a re-run completes with nothing lost and nothing doubled', async () => {
    // The reference graph: the same triples loaded without interruption.
    await createLoader({ driver, database, batchSize: 100 }).load(triples);
    const expectedCounts = await graphCounts(driver, database);
    const expectedFacts = await factState(driver, database);
    await clearDatabase(driver, { database });

    const status = await localNeo4jStatus(settings());
    expect(status.running).toBe(true);
    const pid = status.pid!;
    // A driver that gives up quickly: the server will not come back by itself.
    const config: Config = testConfig();
    const { driver: doomed, database: db, target } = await connect(config, { maxTransactionRetryTimeMs: 2000, connectionTimeoutMs: 2000 });
    let killed = false;
    const logger = createLogger({
      level: 'debug',
      write: (line) => {
        const entry = JSON.parse(line) as { msg: string; batches?: number };
        if (entry.msg === 'batch committed' && entry.batches === 3 && !killed) {
          killed = true;
          process.kill(pid, 'SIGKILL');
        }
      },
    });
    let error: unknown;
    try {
      await createLoader({ driver: doomed, database: db, target, batchSize: 100, logger }).load(triples);
    } catch (err) {
      error = err;
    } finally {
      await doomed.close().catch(() => {});
    }
    expect(killed).toBe(true);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DB_UNAVAILABLE');
    expect((error as DatabaseError).message).toMatch(/^lost the connection to Neo4j at bolt:\/\/127\.0\.0\.1:\d+ while writing batch \d+ \(\d+ triples already committed\)/);
    expect((error as DatabaseError).message).toContain('run the same load again');

    await startLocalNeo4j(settings());
    await driver.close();
    ({ driver, database } = await connect(testConfig()));
    // Some batches committed before the kill: the re-run finds them and writes the rest.
    const partial = await graphCounts(driver, database);
    expect(partial['(:Claim)'] ?? 0).toBeGreaterThanOrEqual(3 * 80);
    expect(partial['(:Claim)'] ?? 0).toBeLessThan(triples.length);

    const rerun = await createLoader({ driver, database, batchSize: 100 }).load(triples);
    expect(rerun.claims.unchanged).toBe(partial['(:Claim)']);
    expect(await graphCounts(driver, database)).toEqual(expectedCounts);
    expect(await factState(driver, database)).toEqual(expectedFacts);
    expect(await duplicateNodes(driver, database)).toBe(0);
    expect(await duplicateRelationships(driver, database)).toBe(0);
    expect(await aggregateProblems(driver, database)).toEqual([]);
  }, 600_000);
});
