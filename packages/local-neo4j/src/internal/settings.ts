import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError, type Config } from '@wiregraph/core';

/** Versions that work together: APOC is built against one server patch release. */
export const NEO4J_VERSION = '5.26.19';
export const APOC_VERSION = '5.26.19';
/** The newest Neo4j Browser on Maven Central; it serves /browser/ for 5.26. */
export const BROWSER_VERSION = '5.24.0';

/** Everything needed to run one local server instance. */
export interface LocalNeo4jSettings {
  /** Instance directory: conf/, data/, logs/, run/, import/ (WIREGRAPH_HOME). */
  home: string;
  boltPort: number;
  httpPort: number;
  username: string;
  password: string;
  /** JVM heap (-Xms/-Xmx), e.g. "1g". */
  heap: string;
  /** server.memory.pagecache.size, e.g. "1g". */
  pageCache: string;
  neo4jVersion: string;
  apocVersion: string;
  browserVersion: string;
  /** Shared by all instances: assembled distributions live in <cacheDir>/neo4j-<versions>/. */
  cacheDir: string;
  java: string;
  maven: string;
  /** How long `start` waits for Bolt to answer. */
  startTimeoutMs: number;
}

const SIZE = /^\d+[kmg]$/i;

function size(name: string, value: string): string {
  if (!SIZE.test(value)) throw new UsageError(`${name} must be a memory size like 512m or 2g, got "${value}"`, { setting: name, value });
  return value.toLowerCase();
}

/**
 * Settings for the local server from the shared config (ports, password, WIREGRAPH_HOME) plus
 * a few variables only this package reads (memory, versions, cache, java/mvn commands).
 */
export function localNeo4jSettings(config: Config, env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  if (config.neo4jUsername !== 'neo4j') {
    // Community has one built-in admin user; set-initial-password only sets its password.
    throw new UsageError(`the local server only has the user "neo4j"; NEO4J_USERNAME is "${config.neo4jUsername}"`, { setting: 'NEO4J_USERNAME' });
  }
  if (config.boltPort === config.httpPort) {
    throw new UsageError(`NEO4J_BOLT_PORT and NEO4J_HTTP_PORT must differ (both ${config.boltPort})`, { setting: 'NEO4J_HTTP_PORT' });
  }
  if (config.neo4jPassword.length < 8) {
    // Neo4j refuses shorter initial passwords; say so before it fails obscurely.
    throw new UsageError('NEO4J_PASSWORD must be at least 8 characters for the local server', { setting: 'NEO4J_PASSWORD' });
  }
  const cacheRoot = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const timeout = Number(env.WIREGRAPH_NEO4J_START_TIMEOUT ?? 180);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UsageError(`WIREGRAPH_NEO4J_START_TIMEOUT must be a number of seconds, got "${env.WIREGRAPH_NEO4J_START_TIMEOUT}"`, { setting: 'WIREGRAPH_NEO4J_START_TIMEOUT' });
  }
  return {
    home: resolve(config.dataDir),
    boltPort: config.boltPort,
    httpPort: config.httpPort,
    username: config.neo4jUsername,
    password: config.neo4jPassword,
    // Sized for a 2-core 24 GiB machine that also runs the tests and other instances.
    heap: size('WIREGRAPH_NEO4J_HEAP', env.WIREGRAPH_NEO4J_HEAP || '1g'),
    pageCache: size('WIREGRAPH_NEO4J_PAGECACHE', env.WIREGRAPH_NEO4J_PAGECACHE || '1g'),
    neo4jVersion: env.WIREGRAPH_NEO4J_VERSION || NEO4J_VERSION,
    apocVersion: env.WIREGRAPH_APOC_VERSION || APOC_VERSION,
    browserVersion: BROWSER_VERSION,
    cacheDir: resolve(env.WIREGRAPH_NEO4J_CACHE || join(cacheRoot, 'wiregraph')),
    java: env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java',
    maven: env.WIREGRAPH_MVN || 'mvn',
    startTimeoutMs: timeout * 1000,
  };
}

/** The directories of one instance. */
export function instancePaths(home: string) {
  return {
    home,
    conf: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    data: join(home, 'data'),
    authFile: join(home, 'data', 'dbms', 'auth.ini'),
    logs: join(home, 'logs'),
    run: join(home, 'run'),
    state: join(home, 'run', 'wiregraph-neo4j.json'),
    lock: join(home, 'run', 'wiregraph-neo4j.lock'),
    import: join(home, 'import'),
    consoleLog: join(home, 'logs', 'console.log'),
    neo4jLog: join(home, 'logs', 'neo4j.log'),
    debugLog: join(home, 'logs', 'debug.log'),
  };
}
export type InstancePaths = ReturnType<typeof instancePaths>;
