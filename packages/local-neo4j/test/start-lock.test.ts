import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withHomeLock } from '../src/internal/start-lock.js';

let dir: string | undefined;
const lockFile = () => {
  dir = mkdtempSync(join(tmpdir(), 'wg-lock-'));
  return join(dir, 'run', 'wiregraph-neo4j.lock');
};
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withHomeLock', () => {
  it('runs one holder at a time: the second waits until the first is done', async () => {
    const file = lockFile();
    const events: string[] = [];
    const job = (name: string) => async () => {
      events.push(`${name} in`);
      await pause(300);
      events.push(`${name} out`);
    };
    await Promise.all([withHomeLock(file, 5000, job('a')), withHomeLock(file, 5000, job('b'))]);
    expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const file = lockFile();
    await withHomeLock(file, 1000, async () => {}); // creates run/
    writeFileSync(file, '2147483646'); // no such pid
    await expect(withHomeLock(file, 1000, async () => 'ran')).resolves.toBe('ran');
  });

  it('gives up with the owner named when a live process holds the lock too long', async () => {
    const file = lockFile();
    await withHomeLock(file, 1000, async () => {});
    writeFileSync(file, String(process.pid));
    await expect(withHomeLock(file, 300, async () => 'ran')).rejects.toThrow(`another process (pid ${process.pid})`);
  });

  it('releases the lock when the holder throws', async () => {
    const file = lockFile();
    await expect(withHomeLock(file, 1000, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(file)).toBe(false);
  });
});
