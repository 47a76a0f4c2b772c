import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, loadConfig, UsageError } from '@wiregraph/core';
import { APOC_VERSION, javaArgs, instancePaths, localNeo4jSettings, NEO4J_VERSION } from '../src/index.js';

const cwd = '/repo';
const config = (env: Record<string, string> = {}) => loadConfig({}, env, cwd);

describe('localNeo4jSettings', () => {
  it('defaults: .wiregraph in the repo, ports 7687/7474, user neo4j with the documented password, 1g heap and page cache', () => {
    const s = localNeo4jSettings(config(), { HOME: '/home/dev' });
    expect(s).toMatchObject({
      home: '/repo/.wiregraph',
      boltPort: 7687,
      httpPort: 7474,
      username: 'neo4j',
      password: DEFAULT_PASSWORD,
      heap: '1g',
      pageCache: '1g',
      neo4jVersion: NEO4J_VERSION,
      apocVersion: APOC_VERSION,
      java: 'java',
      maven: 'mvn',
    });
    expect(DEFAULT_PASSWORD).toBe('wiregraph-dev');
  });

  it('takes home, ports and password from the environment, memory and cache from its own variables', () => {
    const env = {
      WIREGRAPH_HOME: '/tmp/wg-b',
      NEO4J_BOLT_PORT: '7697',
      NEO4J_HTTP_PORT: '7484',
      NEO4J_PASSWORD: 'another-secret',
      WIREGRAPH_NEO4J_HEAP: '2G',
      WIREGRAPH_NEO4J_PAGECACHE: '512m',
      WIREGRAPH_NEO4J_CACHE: '/var/cache/wg',
      JAVA_HOME: '/opt/jdk',
    };
    const s = localNeo4jSettings(config(env), env);
    expect(s).toMatchObject({ home: '/tmp/wg-b', boltPort: 7697, httpPort: 7484, password: 'another-secret', heap: '2g', pageCache: '512m', cacheDir: '/var/cache/wg', java: '/opt/jdk/bin/java' });
  });

  it('shares one distribution cache per user (XDG cache dir, else ~/.cache)', () => {
    expect(localNeo4jSettings(config(), { XDG_CACHE_HOME: '/xdg' }).cacheDir).toBe('/xdg/wiregraph');
  });

  it('rejects settings the local server cannot honour, as usage errors', () => {
    expect(() => localNeo4jSettings(config({ WIREGRAPH_NEO4J_HEAP: 'lots' }), { WIREGRAPH_NEO4J_HEAP: 'lots' })).toThrow(UsageError);
    expect(() => localNeo4jSettings(config({ NEO4J_USERNAME: 'alice' }))).toThrow(/only has the user "neo4j"/);
    expect(() => localNeo4jSettings(config({ NEO4J_PASSWORD: 'short' }))).toThrow(/at least 8/);
    expect(() => localNeo4jSettings(config({ NEO4J_BOLT_PORT: '7000', NEO4J_HTTP_PORT: '7000' }))).toThrow(/must differ/);
  });
});

describe('javaArgs', () => {
  const s = localNeo4jSettings(config({ WIREGRAPH_NEO4J_HEAP: '768m' }), { WIREGRAPH_NEO4J_HEAP: '768m' });
  const args = javaArgs(s, instancePaths('/srv/wg'), { dir: '/d', lib: '/d/lib', plugins: '/d/plugins' });

  it('opens the java.base packages Neo4j needs on Java 17 and sizes the heap', () => {
    for (const p of ['java.base/java.nio=ALL-UNNAMED', 'java.base/java.io=ALL-UNNAMED', 'java.base/sun.nio.ch=ALL-UNNAMED']) expect(args).toContain(`--add-opens=${p}`);
    expect(args).toContain('-Xmx768m');
    expect(args).toContain('-Xms768m');
  });

  it('runs the community entry point on the instance home with plugins and lib on the classpath', () => {
    expect(args[args.indexOf('-cp') + 1]).toBe(`${join('/d/plugins', '*')}:${join('/d/lib', '*')}`);
    expect(args.slice(-3)).toEqual(['org.neo4j.server.CommunityEntryPoint', '--home-dir=/srv/wg', '--config-dir=/srv/wg/conf']);
  });
});
