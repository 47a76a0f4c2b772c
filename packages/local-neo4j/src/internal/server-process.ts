import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { InstancePaths } from './settings.js';

/** What `start` records about the server it launched, in run/wiregraph-neo4j.json. */
export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  distribution: string;
  startedAt: string;
}

export function readState(paths: InstancePaths): ServerState | undefined {
  if (!existsSync(paths.state)) return undefined;
  try {
    const s = JSON.parse(readFileSync(paths.state, 'utf8')) as ServerState;
    return Number.isInteger(s.pid) && s.pid > 0 ? s : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(paths: InstancePaths, state: ServerState): void {
  writeFileSync(paths.state, JSON.stringify(state, null, 2) + '\n');
}

export function clearState(paths: InstancePaths): void {
  rmSync(paths.state, { force: true });
}

/** True while the process exists and is not a zombie waiting to be reaped. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}

/**
 * True when `pid` is a Neo4j server running on this home: a pid file can outlive its server
 * and the number be reused by an unrelated process.
 */
export function isServerOf(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes('org.neo4j.server.CommunityEntryPoint') && args.includes(`--home-dir=${home}`);
  } catch {
    // No /proc (not Linux): trust the pid file.
    return true;
  }
}

/** The live server recorded for this home, if any. */
export function runningServer(paths: InstancePaths): ServerState | undefined {
  const state = readState(paths);
  if (state && isServerOf(state.pid, paths.home)) return state;
  return undefined;
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(true));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolvePromise(false)));
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Sends SIGTERM and waits for the process to exit; SIGKILL only after `timeoutMs`. */
export async function terminate(pid: number, timeoutMs: number): Promise<'terminated' | 'killed'> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'terminated';
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'terminated';
    await sleep(200);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* exited meanwhile */
  }
  while (isAlive(pid)) await sleep(100);
  return 'killed';
}
