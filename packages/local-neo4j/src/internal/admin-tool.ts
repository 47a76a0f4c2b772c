import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DatabaseError, UsageError, silentLogger, type Logger } from '@wiregraph/core';
import { ensureDistribution, type Distribution } from './distribution.js';
import { renderNeo4jConf } from './neo4j-conf.js';
import { runningServer } from './server-process.js';
import { instancePaths, type InstancePaths, type LocalNeo4jSettings } from './settings.js';

/**
 * neo4j-admin of the instance's own distribution (the class its launcher script runs), with the
 * instance's configuration: what `import`, `dump` and the initial password go through.
 */

export interface AdminToolOptions {
  logger?: Logger;
  /** Every line neo4j-admin prints (its progress), as it prints it. */
  onLine?: (line: string) => void;
  /** JVM heap of neo4j-admin (its off-heap memory is an option of each command). */
  heap?: string;
}

export interface AdminToolResult {
  /** The last lines it printed (for reports and error messages). */
  tail: string[];
}

const TAIL_LINES = 40;

function javaNotFound(java: string) {
  return new DatabaseError('JAVA_NOT_FOUND', `Java ("${java}") was not found: install Java 17+ or set JAVA_HOME`, { java });
}

/** Runs `neo4j-admin <args…>`; throws a DatabaseError with its last lines when it fails. */
export async function runAdminTool(settings: LocalNeo4jSettings, args: string[], options: AdminToolOptions = {}): Promise<AdminToolResult> {
  const { paths, dist } = await prepareInstance(settings, options.logger);
  return adminTool(settings, paths, dist, args, options);
}

function adminTool(settings: LocalNeo4jSettings, paths: InstancePaths, dist: Distribution, args: string[], options: AdminToolOptions): Promise<AdminToolResult> {
  const classpath = `${join(dist.plugins, '*')}:${join(dist.lib, '*')}`;
  const java = [`-Xmx${options.heap ?? '1g'}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8', '-cp', classpath, 'org.neo4j.cli.AdminTool', ...args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(settings.java, java, {
      cwd: paths.home,
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const keep = (line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      options.onLine?.(line);
    };
    createInterface({ input: child.stdout }).on('line', keep);
    createInterface({ input: child.stderr }).on('line', keep);
    child.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ENOENT' ? javaNotFound(settings.java) : err));
    child.on('close', (code) => {
      if (code === 0) return resolvePromise({ tail });
      const command = args.filter((a) => !a.startsWith('-')).slice(0, 3).join(' ');
      reject(
        new DatabaseError('NEO4J_ADMIN_FAILED', `neo4j-admin ${command} failed (exit ${code}):\n${tail.filter((l) => l.trim()).slice(-12).join('\n')}`, { args, exitCode: code }),
      );
    });
  });
}

/**
 * Everything a server or neo4j-admin needs before it can run on this home: the distribution,
 * the directories, neo4j.conf (rewritten each time, from the settings) and the neo4j user's
 * password (only possible before the first start).
 */
export async function prepareInstance(settings: LocalNeo4jSettings, log: Logger = silentLogger): Promise<{ paths: InstancePaths; dist: Distribution }> {
  const paths = instancePaths(settings.home);
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
  return { paths, dist };
}

/**
 * The password as a picocli argument file (neo4j-admin expands `@file` arguments): quoted, with
 * backslashes and quotes escaped, so any password arrives as one argument.
 */
export function passwordArgumentFile(password: string): string {
  return `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`;
}

/** neo4j-admin's arguments: the password is read from `argumentFile`, never on the command line (`ps` shows that to every user). */
export function setInitialPasswordArgs(argumentFile: string): string[] {
  return ['dbms', 'set-initial-password', `@${argumentFile}`];
}

/** Sets the neo4j user's password in a fresh data directory (only possible before first start). */
export async function setInitialPassword(settings: LocalNeo4jSettings, paths: InstancePaths, dist: Distribution): Promise<void> {
  // A private file (0600, in the instance's own run directory), removed as soon as neo4j-admin has read it.
  const argumentFile = join(paths.run, `initial-password-${process.pid}.args`);
  writeFileSync(argumentFile, passwordArgumentFile(settings.password), { mode: 0o600 });
  try {
    await adminTool(settings, paths, dist, setInitialPasswordArgs(argumentFile), { heap: '256m' });
  } catch (err) {
    throw new DatabaseError('NEO4J_PASSWORD', `could not set the initial password: ${(err as Error).message}`, {}, { cause: err });
  } finally {
    rmSync(argumentFile, { force: true });
  }
  if (!existsSync(paths.authFile)) throw new DatabaseError('NEO4J_PASSWORD', 'could not set the initial password: neo4j-admin wrote no auth file', {});
}

/** Neo4j's rule for database names; checked before a name reaches a path or a command line. */
const DATABASE_NAME = /^[a-z][a-z0-9.-]{2,62}$/;

export function checkDatabaseName(name: string): string {
  if (!DATABASE_NAME.test(name) || name === 'system') {
    throw new UsageError(`"${name}" is not a database name this server can hold: 3–63 lowercase letters, digits, dots or dashes, starting with a letter (and not "system")`, {
      setting: '--database',
      value: name,
    });
  }
  return name;
}

/** Whether the instance holds store files for `database` (a server may or may not be serving it). */
export function localDatabaseExists(settings: LocalNeo4jSettings, database: string): boolean {
  const dir = join(instancePaths(settings.home).data, 'databases', checkDatabaseName(database));
  return existsSync(dir) && readdirSync(dir).length > 0;
}

/** Whether a server runs on this instance's home now. */
export function localNeo4jRunning(settings: LocalNeo4jSettings): boolean {
  return runningServer(instancePaths(settings.home)) !== undefined;
}
