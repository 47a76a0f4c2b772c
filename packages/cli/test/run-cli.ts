/** Runs the real wiregraph CLI in a child process, as a user would, against the test database. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '../../../scripts/test/neo4j.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ReturnType<typeof spawn>;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<CliResult>;
}

export function databaseEnv(): Record<string, string> {
  const db = testDatabase();
  return { NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database };
}

export function startCli(args: string[], env: Record<string, string> = {}, cwd = REPO): RunningCli {
  const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], {
    cwd,
    env: { ...process.env, WIREGRAPH_LOG_LEVEL: 'info', ...databaseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout: out, stderr: err })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export function runCli(args: string[], env: Record<string, string> = {}, cwd = REPO): Promise<CliResult> {
  return startCli(args, env, cwd).exited;
}
