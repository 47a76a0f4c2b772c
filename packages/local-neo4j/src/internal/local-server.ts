import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseError, silentLogger, type Logger } from '@wiregraph/core';
import { boltUri, localDriver, serverComponents, waitForBolt } from './bolt.js';
import { ensureDistribution, type Distribution } from './distribution.js';
import { failureReason, logMarks } from './failure-reason.js';
import { renderNeo4jConf } from './neo4j-conf.js';
import { withHomeLock } from './start-lock.js';
import { clearState, isAlive, portInUse, runningServer, terminate, writeState, type ServerState } from './server-process.js';
import { instancePaths, type InstancePaths, type LocalNeo4jSettings } from './settings.js';

/** Where a local server runs and what it is. */
export interface LocalNeo4jStatus {
  running: boolean;
  home: string;
  pid?: number;
  boltUri: string;
  httpUrl: string;
  browserUrl: string;
  /** From `CALL dbms.components()`, when the server answers. */
  version?: string;
  edition?: string;
  startedAt?: string;
  /** Set when the process runs but does not answer (still starting, wrong password…). */
  problem?: string;
}

export interface StartResult extends LocalNeo4jStatus {
  /** True when a server already running on this home was reused. */
  reused: boolean;
}

const STOP_TIMEOUT_MS = 120_000;

/** JVM options from Neo4j's own launcher that matter when starting the server class directly. */
export function javaArgs(settings: LocalNeo4jSettings, paths: InstancePaths, dist: Distribution): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    // Java 17 module access Neo4j needs for its off-heap and network code.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    // plugins/ on the classpath too, as Neo4j's launcher does: APOC registers its extensions
    // (ApocConfig…) through the server's service loader, not only as procedures.
    '-cp',
    `${join(dist.plugins, '*')}:${join(dist.lib, '*')}`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
}

function statusOf(settings: LocalNeo4jSettings, state: ServerState | undefined): LocalNeo4jStatus {
  const bolt = state?.boltPort ?? settings.boltPort;
  const http = state?.httpPort ?? settings.httpPort;
  return {
    running: state !== undefined,
    home: settings.home,
    ...(state ? { pid: state.pid, startedAt: state.startedAt } : {}),
    boltUri: boltUri(bolt),
    httpUrl: `http://127.0.0.1:${http}`,
    browserUrl: `http://127.0.0.1:${http}/browser/`,
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new DatabaseError('JAVA_NOT_FOUND', `Java ("${command}") was not found: install Java 17+ or set JAVA_HOME`, { java: command }) : err),
    );
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

/**
 * The password as a picocli argument file (neo4j-admin expands `@file` arguments): quoted, with
 * backslashes and quotes escaped, so any password arrives as one argument.
 */
export function passwordArgumentFile(password: string): string {
  return `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;
}

/** neo4j-admin's arguments: the password is read from `argumentFile`, never on the command line (`ps` shows that to every user). */
export function setInitialPasswordArgs(dist: Pick<Distribution, 'plugins' | 'lib'>, argumentFile: string): string[] {
  return ['-cp', `${join(dist.plugins, '*')}:${join(dist.lib, '*')}`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${argumentFile}`];
}

/** Sets the neo4j user's password in a fresh data directory (only possible before first start). */
export async function setInitialPassword(settings: LocalNeo4jSettings, paths: InstancePaths, dist: Distribution): Promise<void> {
  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  // A private file (0600, in the instance's own run directory), removed as soon as neo4j-admin has read it.
  const argumentFile = join(paths.run, `initial-password-${process.pid}.args`);
  writeFileSync(argumentFile, passwordArgumentFile(settings.password), { mode: 0o600 });
  let result: { code: number | null; output: string };
  try {
    result = await run(settings.java, setInitialPasswordArgs(dist, argumentFile), env, paths.home);
  } finally {
    rmSync(argumentFile, { force: true });
  }
  const { code, output } = result;
  if (code !== 0 || !existsSync(paths.authFile)) {
    throw new DatabaseError('NEO4J_PASSWORD', `could not set the initial password (exit ${code}): ${output.trim().split('\n').slice(-5).join('\n')}`, {});
  }
}

async function checkPortsFree(settings: LocalNeo4jSettings): Promise<void> {
  for (const [name, port] of [['NEO4J_BOLT_PORT', settings.boltPort], ['NEO4J_HTTP_PORT', settings.httpPort]] as const) {
    if (await portInUse(port)) {
      throw new DatabaseError(
        'PORT_IN_USE',
        `port ${port} (${name}) on 127.0.0.1 is already in use by another program (not a wiregraph server of ${settings.home}); stop it or choose another port with ${name}`,
        { port, setting: name },
      );
    }
  }
}

/**
 * Starts the instance's server unless it already runs, and returns once Bolt answers. The first
 * start assembles the jars (Maven) and sets the password; a failed start throws with the reason
 * from Neo4j's log.
 */
export async function startLocalNeo4j(settings: LocalNeo4jSettings, options: { logger?: Logger } = {}): Promise<StartResult> {
  const paths = instancePaths(settings.home);
  // Waits for a concurrent start of the same home, then finds its server running and reuses it.
  return withHomeLock(paths.lock, settings.startTimeoutMs + STOP_TIMEOUT_MS, () => start(settings, paths, options.logger ?? silentLogger));
}

async function start(settings: LocalNeo4jSettings, paths: InstancePaths, log: Logger): Promise<StartResult> {
  const existing = runningServer(paths);
  if (existing) {
    log.info('Neo4j already running on this home: reusing it', { pid: existing.pid, home: paths.home });
    await waitForBolt(existing.boltPort, settings.username, settings.password, { timeoutMs: settings.startTimeoutMs, alive: () => isAlive(existing.pid) });
    const status = await localNeo4jStatus(settings);
    if (existing.boltPort !== settings.boltPort || existing.httpPort !== settings.httpPort) {
      log.warn('the running server uses other ports than configured; stop and start it to change them', { running: { bolt: existing.boltPort, http: existing.httpPort }, configured: { bolt: settings.boltPort, http: settings.httpPort } });
    }
    return { ...status, reused: true };
  }
  clearState(paths);
  await checkPortsFree(settings);
  const dist = await ensureDistribution(settings, log);
  for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.import]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    paths.confFile,
    renderNeo4jConf({ paths, pluginsDir: dist.plugins, boltPort: settings.boltPort, httpPort: settings.httpPort, pageCache: settings.pageCache }),
  );
  if (!existsSync(paths.authFile)) {
    log.info('setting the initial password of user neo4j', { home: paths.home });
    await setInitialPassword(settings, paths, dist);
  }
  // Fresh console.log per start, so the reason for a failure is this start's.
  rmSync(paths.consoleLog, { force: true });
  const marks = logMarks(paths);
  const out = openSync(paths.consoleLog, 'a');
  const startedAt = new Date().toISOString();
  const t0 = Date.now();
  let child;
  try {
    child = spawn(settings.java, javaArgs(settings, paths, dist), {
      cwd: paths.home,
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      detached: true,
      stdio: ['ignore', out, out],
    });
  } finally {
    closeSync(out);
  }
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new DatabaseError('JAVA_NOT_FOUND', `Java ("${settings.java}") was not found: install Java 17+ or set JAVA_HOME`, {}) : err),
    ),
  );
  spawnError.catch(() => {});
  const pid = child.pid;
  if (pid === undefined) await spawnError;
  child.unref();
  const state: ServerState = { pid: pid!, boltPort: settings.boltPort, httpPort: settings.httpPort, distribution: dist.dir, startedAt };
  writeState(paths, state);
  log.info('Neo4j starting', { pid, bolt: boltUri(settings.boltPort), home: paths.home });
  try {
    await Promise.race([
      waitForBolt(settings.boltPort, settings.username, settings.password, { timeoutMs: settings.startTimeoutMs, alive: () => isAlive(pid!) }),
      spawnError,
    ]);
  } catch (err) {
    const reason = failureReason(paths, marks);
    if (isAlive(pid!)) await terminate(pid!, STOP_TIMEOUT_MS);
    clearState(paths);
    throw new DatabaseError('NEO4J_START_FAILED', `Neo4j did not start (${(err as Error).message}).\nFrom ${paths.logs}:\n${reason}`, { home: paths.home }, { cause: err });
  }
  log.info('Neo4j started', { pid, seconds: Math.round((Date.now() - t0) / 100) / 10 });
  return { ...(await localNeo4jStatus(settings)), reused: false };
}

/** Stops the instance's server (SIGTERM, then waits for a clean shutdown). */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings, options: { logger?: Logger } = {}): Promise<{ stopped: boolean; pid?: number }> {
  const paths = instancePaths(settings.home);
  return withHomeLock(paths.lock, settings.startTimeoutMs + STOP_TIMEOUT_MS, () => stop(paths, options.logger ?? silentLogger));
}

async function stop(paths: InstancePaths, log: Logger): Promise<{ stopped: boolean; pid?: number }> {
  const state = runningServer(paths);
  clearState(paths);
  if (!state) return { stopped: false };
  log.info('stopping Neo4j', { pid: state.pid, home: paths.home });
  const how = await terminate(state.pid, STOP_TIMEOUT_MS);
  if (how === 'killed') log.warn('Neo4j did not shut down in time and was killed', { pid: state.pid });
  return { stopped: true, pid: state.pid };
}

/** Whether the instance's server runs, where, and which version it reports. */
export async function localNeo4jStatus(settings: LocalNeo4jSettings): Promise<LocalNeo4jStatus> {
  const paths = instancePaths(settings.home);
  const state = runningServer(paths);
  const status = statusOf(settings, state);
  if (!state) return status;
  const driver = localDriver(state.boltPort, settings.username, settings.password);
  try {
    const c = await serverComponents(driver);
    return { ...status, version: c.version, edition: c.edition };
  } catch (err) {
    return { ...status, problem: (err as Error).message };
  } finally {
    await driver.close();
  }
}

/** Stops the server and deletes its data and logs (the configuration is rewritten on start). */
export async function resetLocalNeo4j(settings: LocalNeo4jSettings, options: { logger?: Logger } = {}): Promise<{ stopped: boolean; wiped: string[] }> {
  const { stopped } = await stopLocalNeo4j(settings, options);
  const paths = instancePaths(settings.home);
  const wiped = [paths.data, paths.logs].filter((d) => existsSync(d));
  for (const d of wiped) rmSync(d, { recursive: true, force: true });
  return { stopped, wiped };
}
