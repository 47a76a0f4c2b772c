import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, silentLogger } from '@wiregraph/core';
import { ensureDistribution, instancePaths, localNeo4jSettings, renderNeo4jConf } from '../src/index.js';
import { passwordArgumentFile, setInitialPassword, setInitialPasswordArgs } from '../src/internal/admin-tool.js';

/** Neo4j's auth.ini credential: SHA-256 of salt + password, hashed again 1023 times. */
function matchesAuthIni(authIni: string, password: string): boolean {
  const [, credential] = authIni.trim().split(':');
  const [algorithm, hash, salt, iterations] = credential!.split(',');
  expect(algorithm).toBe('SHA-256');
  let h = createHash('sha256').update(Buffer.from(salt!, 'hex')).update(password, 'utf8').digest();
  for (let i = 1; i < Number(iterations); i++) h = createHash('sha256').update(h).digest();
  return h.toString('hex') === hash!.toLowerCase();
}

describe('db start sets the initial password without showing it in ps', () => {
  const password = String.raw`ps-must-not-see "this" \ one #${process.pid}`;

  it('passes the password in a private argument file, never as an argument', () => {
    const args = setInitialPasswordArgs('/home/run/initial-password.args');
    expect(args.join(' ')).not.toContain(password);
    expect(args.at(-1)).toBe('@/home/run/initial-password.args');
    expect(passwordArgumentFile('a"b\\c')).toBe('"a\\"b\\\\c"\n');
  });

  it('sets exactly that password with neo4j-admin while no process line shows it, and leaves no file behind', async () => {
    const home = mkdtempSync(join(tmpdir(), 'wg-initial-password-'));
    const settings = localNeo4jSettings(loadConfig({ dataDir: home, neo4jPassword: password }, { ...process.env, NEO4J_URI: '', NEO4J_PASSWORD: undefined }));
    const paths = instancePaths(home);
    const dist = await ensureDistribution(settings, silentLogger);
    for (const dir of [paths.conf, paths.data, paths.logs, paths.run, paths.import]) mkdirSync(dir, { recursive: true });
    writeFileSync(paths.confFile, renderNeo4jConf({ paths, pluginsDir: dist.plugins, boltPort: settings.boltPort, httpPort: settings.httpPort, pageCache: settings.pageCache }));

    const seen: string[] = [];
    const watcher = setInterval(() => {
      const lines = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
      seen.push(...lines.filter((l) => l.includes('set-initial-password')));
      if (lines.some((l) => l.includes('ps-must-not-see'))) seen.push('PASSWORD VISIBLE');
    }, 100);
    try {
      await setInitialPassword(settings, paths, dist);
    } finally {
      clearInterval(watcher);
    }
    expect(seen.length, 'neo4j-admin was seen running').toBeGreaterThan(0);
    expect(seen).not.toContain('PASSWORD VISIBLE');
    expect(matchesAuthIni(readFileSync(paths.authFile, 'utf8'), password)).toBe(true);
    expect(readdirSync(paths.run)).toEqual([]);
  });
});
