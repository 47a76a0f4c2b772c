import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { createLogger, loadConfig } from '@wiregraph/core';
import { localNeo4jSettings, startLocalNeo4j, stopLocalNeo4j } from '@wiregraph/local-neo4j';
import type { TestDatabase } from './test-database.js';

/**
 * Finds the integration tier's database, in this order:
 *  1. NEO4J_URI (+ NEO4J_USERNAME/NEO4J_PASSWORD/NEO4J_DATABASE) when set: used as is;
 *  2. Testcontainers (WIREGRAPH_NEO4J_IMAGE, default neo4j:5.26-community, with APOC) when a
 *     Docker engine answers;
 *  3. a local server from scripts/neo4j of its own (home .wiregraph-test, Bolt 7697, HTTP 7484,
 *     unless WIREGRAPH_HOME / NEO4J_BOLT_PORT / NEO4J_HTTP_PORT say otherwise), started here and
 *     stopped after the run, unless it was already running (then it is left running).
 * Tests get it through `inject('wiregraphNeo4j')` (see scripts/test/neo4j.ts) and through the
 * NEO4J_* environment variables, for code under test that calls loadConfig().
 */
const log = createLogger({ bindings: { component: 'test-neo4j' } });

function dockerMayAnswer(): boolean {
  if (process.env.WIREGRAPH_TEST_DOCKER === '0') return false;
  if (process.env.DOCKER_HOST) return true;
  return ['/var/run/docker.sock', resolve(homedir(), '.docker/run/docker.sock'), resolve(homedir(), '.docker/desktop/docker.sock')].some((p) => existsSync(p));
}

/** The image Testcontainers runs: the official one unless WIREGRAPH_NEO4J_IMAGE names another (docs/docker.md). */
function neo4jImage(): string {
  return process.env.WIREGRAPH_NEO4J_IMAGE?.trim() || 'neo4j:5.26-community';
}

async function verify(db: TestDatabase): Promise<void> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
  try {
    await driver.verifyConnectivity({ database: db.database });
  } catch (err) {
    throw new Error(`integration tests: cannot reach Neo4j at ${db.uri} (${db.source}): ${(err as Error).message}`, { cause: err });
  } finally {
    await driver.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let db: TestDatabase | undefined;
  let teardown = async () => {};

  if (config.neo4jUriConfigured) {
    db = { uri: config.neo4jUri, username: config.neo4jUsername, password: config.neo4jPassword, database: config.neo4jDatabase, source: 'env' };
  } else if (dockerMayAnswer()) {
    try {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      // 300 s, not Testcontainers' 120 s: Neo4j's first start in a container took 3.5 minutes on a loaded 2-core machine.
      const container = await new Neo4jContainer(neo4jImage()).withPassword(config.neo4jPassword).withApoc().withStartupTimeout(300_000).start();
      db = { uri: container.getBoltUri(), username: container.getUsername(), password: container.getPassword(), database: 'neo4j', source: 'testcontainers', httpUrl: container.getHttpUri() };
      teardown = async () => {
        await container.stop();
      };
    } catch (err) {
      log.warn('Docker socket found but Testcontainers failed; using the local server instead', { error: (err as Error).message });
    }
  }
  if (!db) {
    // The tests empty the database they use: by default they get a server of their own
    // (home .wiregraph-test, Bolt 7697, HTTP 7484), so `pnpm test` never wipes the graph a
    // user built on the default local server. WIREGRAPH_HOME / NEO4J_*_PORT still choose.
    const testConfig = loadConfig({
      dataDir: process.env.WIREGRAPH_HOME ? undefined : '.wiregraph-test',
      boltPort: process.env.NEO4J_BOLT_PORT ? undefined : 7697,
      httpPort: process.env.NEO4J_HTTP_PORT ? undefined : 7484,
    });
    const settings = localNeo4jSettings(testConfig);
    const started = await startLocalNeo4j(settings, { logger: log });
    db = {
      uri: started.boltUri,
      username: settings.username,
      password: settings.password,
      database: 'neo4j',
      source: 'local',
      httpUrl: started.httpUrl,
      local: { home: settings.home, boltPort: settings.boltPort, httpPort: settings.httpPort },
    };
    if (!started.reused) {
      teardown = async () => {
        await stopLocalNeo4j(settings, { logger: log });
      };
    }
  }

  await verify(db);
  log.info('integration tests use Neo4j', { source: db.source, uri: db.uri, database: db.database });
  project.provide('wiregraphNeo4j', db);
  Object.assign(process.env, { NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database });
  return teardown;
}
