import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@wiregraph/core';
import {
  instancePaths,
  localNeo4jSettings,
  localNeo4jStatus,
  NEO4J_VERSION,
  resetLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jSettings,
} from '../src/index.js';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePromise(port));
    });
  });
}

function listen(port: number): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => resolvePromise(s));
  });
}

async function instance(home: string, extraEnv: Record<string, string> = {}): Promise<LocalNeo4jSettings> {
  const env = { ...process.env, WIREGRAPH_NEO4J_HEAP: '512m', WIREGRAPH_NEO4J_PAGECACHE: '64m', ...extraEnv };
  const config = loadConfig({ dataDir: home, boltPort: await freePort(), httpPort: await freePort(), neo4jUri: undefined }, { ...env, NEO4J_URI: '' });
  return localNeo4jSettings(config, env);
}

// A second server beside the test database: its own home and ports, as each engineer runs one.
describe('a local Neo4j server instance', () => {
  const root = mkdtempSync(join(tmpdir(), 'wiregraph-local-neo4j-'));
  let settings: LocalNeo4jSettings;
  let firstPid: number | undefined;

  beforeAll(async () => {
    settings = await instance(join(root, 'side'));
  });
  afterAll(async () => {
    if (settings) await stopLocalNeo4j(settings);
    rmSync(root, { recursive: true, force: true });
  });

  it('starts beside the test database on its own ports and reports where it runs and its version; a concurrent start reuses it', async () => {
    const both = await Promise.all([startLocalNeo4j(settings), startLocalNeo4j(settings)]);
    const started = both.find((r) => !r.reused)!;
    expect(both.map((r) => r.reused).sort()).toEqual([false, true]);
    expect(both[0].pid).toBe(both[1].pid);
    firstPid = started.pid;
    expect(started).toMatchObject({
      running: true,
      reused: false,
      home: settings.home,
      boltUri: `bolt://127.0.0.1:${settings.boltPort}`,
      httpUrl: `http://127.0.0.1:${settings.httpPort}`,
      version: NEO4J_VERSION,
      edition: 'community',
    });
    expect(started.pid).toBeGreaterThan(0);
    expect(readFileSync(instancePaths(settings.home).confFile, 'utf8')).toContain(`server.bolt.listen_address=127.0.0.1:${settings.boltPort}`);
  });

  it('serves Neo4j Browser at /browser/ on its HTTP port', async () => {
    const res = await fetch(`http://127.0.0.1:${settings.httpPort}/browser/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Neo4j Browser</title>');
  });

  it('reuses the running server when started again', async () => {
    const again = await startLocalNeo4j(settings);
    expect(again.reused).toBe(true);
    expect(again.pid).toBe(firstPid);
  });

  it('says so when the running server rejects the configured password', async () => {
    await expect(startLocalNeo4j({ ...settings, password: 'not-the-password' })).rejects.toThrow(/rejected the password/);
  });

  it('refuses to start on a port another program holds, naming the port and its setting', async () => {
    const other = await instance(join(root, 'blocked'));
    const squatter = await listen(other.boltPort);
    try {
      await expect(startLocalNeo4j(other)).rejects.toThrow(new RegExp(`port ${other.boltPort} \\(NEO4J_BOLT_PORT\\).*already in use`));
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  });

  it('stops cleanly: the process exits, Neo4j logs its shutdown and the ports are free again', async () => {
    const result = await stopLocalNeo4j(settings);
    expect(result).toEqual({ stopped: true, pid: firstPid });
    const exists = () => {
      try {
        process.kill(firstPid!, 0);
        return true;
      } catch {
        return false;
      }
    };
    // The exited process may linger a moment as a zombie until this (parent) process reaps it.
    await expect.poll(exists, { timeout: 5000 }).toBe(false);
    expect(readFileSync(instancePaths(settings.home).neo4jLog, 'utf8')).toMatch(/INFO {2}Stopped\./);
    const status = await localNeo4jStatus(settings);
    expect(status.running).toBe(false);
    const s = await listen(settings.boltPort);
    await new Promise((r) => s.close(r));
  });

  it('reset wipes the data and logs so the next start begins empty', async () => {
    const paths = instancePaths(settings.home);
    expect(existsSync(paths.data)).toBe(true);
    const result = await resetLocalNeo4j(settings);
    expect(result.wiped).toEqual([paths.data, paths.logs]);
    expect(existsSync(paths.data)).toBe(false);
  });

  it('a failed start throws the reason the server gave', async () => {
    // A heap far too small for the JVM: the process exits at once and says why.
    const broken = await instance(join(root, 'broken'), { WIREGRAPH_NEO4J_HEAP: '2m' });
    await expect(startLocalNeo4j(broken)).rejects.toThrow(/Neo4j did not start[\s\S]*From .*broken\/logs:\n[\s\S]*initialization of VM/);
    expect(existsSync(instancePaths(broken.home).state)).toBe(false);
  });
});
