import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type InputError, type Triple } from '@wiregraph/core';
import { localNeo4jRunning, localNeo4jSettings, type LocalNeo4jSettings } from '@wiregraph/local-neo4j';
import { clearDatabase, testDatabase } from '../../../scripts/test/neo4j.js';
import { syntheticTriples } from '../../../scripts/bench/_synthetic-triples.js';
import { ImportError, articleRuns, connect, createLoader, graphFingerprint, importGraph, planTriplesInWorkers, readTriples } from '../src/index.js';
import { awkwardTriples } from './helpers/awkward-triples.js';
import { aggregateProblems, goldTriples, testConfig } from './helpers/graph-state.js';

/**
 * The bulk import against the real local test server: it stops the server, imports, starts it
 * again. It needs the server's files, so it runs only when the tests use the local server.
 */
const db = testDatabase();
const local = db.local;
const LONG = 900_000;
let settings: LocalNeo4jSettings;

const triples = [...goldTriples(), ...awkwardTriples(), ...syntheticTriples(3000, 7)];

async function withDriver<T>(work: (driver: Driver, database: string) => Promise<T>): Promise<T> {
  const { driver, database } = await connect(testConfig());
  try {
    return await work(driver, database);
  } finally {
    await driver.close();
  }
}

describe.skipIf(!local)('import (neo4j-admin) into the local test server', () => {
  beforeAll(() => {
    settings = localNeo4jSettings(loadConfig({ dataDir: local!.home, boltPort: local!.boltPort, httpPort: local!.httpPort, neo4jPassword: db.password }));
  });
  const dir = mkdtempSync(join(tmpdir(), 'wg-import-int-'));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await withDriver((driver, database) => clearDatabase(driver, { database }));
  });

  it('refuses to touch an existing database without replace, and says the server is running it', async () => {
    await withDriver((driver, database) => driver.executeQuery("MERGE (:Article {id: 'kept'})", {}, { database }));
    const attempt = importGraph({ runs: articleRuns(triples), settings, database: db.database });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toMatchObject({ code: 'DATABASE_EXISTS', message: expect.stringMatching(/already exists .* the local server is running it .*--replace/) });
    expect(localNeo4jRunning(settings)).toBe(true);
    const kept = await withDriver(async (driver, database) => (await driver.executeQuery("MATCH (a:Article {id: 'kept'}) RETURN count(a) AS n", {}, { database })).records[0]!.get('n'));
    expect(kept).toBe(1);
  });

  it('builds the same graph as the loader from the same triples (fingerprint equal)', { timeout: LONG }, async () => {
    const report = await importGraph({ runs: articleRuns(triples), settings, database: db.database, replace: true });
    expect(report.triples).toBe(triples.length);
    expect(Object.keys(report.phases)).toEqual(['csv', 'stop', 'import', 'start', 'index']);
    expect(Object.keys(report.steps)).toEqual(['read', 'write', 'served', 'schema', 'lists', 'people']);
    expect(report.importerSummary.some((l) => /^Node import COMPLETED in /.test(l))).toBe(true);
    expect(localNeo4jRunning(settings)).toBe(true);

    const imported = await withDriver(async (driver, database) => {
      expect(await aggregateProblems(driver, database)).toEqual([]);
      const { records } = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name", {}, { database });
      expect(records).toEqual([]);
      return graphFingerprint(driver, database);
    });
    expect(imported.counts['(:Claim)']).toBeGreaterThan(3000);

    const loaded = await withDriver(async (driver, database) => {
      await clearDatabase(driver, { database });
      // Batches end mid-corpus, so facts are built up across transactions as in any long load.
      await createLoader({ driver, database, batchSize: 700 }).load(triples);
      return graphFingerprint(driver, database);
    });
    expect(imported).toEqual(loaded);
  });

  it('builds the same graph from a triples file planned on worker threads (fingerprint equal to loading the lines it accepts)', { timeout: LONG }, async () => {
    // The country outside the reference list makes some awkward lines bad: they are skipped, as `load` skips them.
    const file = join(dir, 'triples.jsonl');
    writeFileSync(file, triples.map((t) => JSON.stringify(t)).join('\n') + '\n');
    const bad: InputError[] = [];
    const planned = planTriplesInWorkers([{ file, open: () => createReadStream(file) }], { workers: 2, chunkLines: 500, onBadLine: (e) => bad.push(e) });
    const report = await importGraph({ planned, settings, database: db.database, replace: true });
    const accepted: Triple[] = [];
    for await (const t of readTriples(createReadStream(file), file, () => {})) accepted.push(t);
    expect(report.triples).toBe(accepted.length);
    expect(bad).toHaveLength(triples.length - accepted.length);

    const imported = await withDriver(async (driver, database) => {
      expect(await aggregateProblems(driver, database)).toEqual([]);
      return graphFingerprint(driver, database);
    });
    const loaded = await withDriver(async (driver, database) => {
      await clearDatabase(driver, { database });
      await createLoader({ driver, database, batchSize: 700 }).load(accepted);
      return graphFingerprint(driver, database);
    });
    expect(imported).toEqual(loaded);
  });
});
