import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseError } from '@wiregraph/core';
import { isAlive, sleep } from './server-process.js';

/**
 * One start or stop at a time per home (say `pnpm test` and `db start` at once): a lock file
 * created exclusively, holding the owner's pid. A lock whose owner died is taken over.
 */
export async function withHomeLock<T>(lockFile: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(readFileSync(lockFile, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      if (!Number.isInteger(owner) || owner <= 0 || !isAlive(owner)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new DatabaseError('NEO4J_BUSY', `another process (pid ${owner}) is starting or stopping this server (lock ${lockFile})`, { lockFile, owner });
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
