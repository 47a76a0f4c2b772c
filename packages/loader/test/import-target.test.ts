import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, loadConfig } from '@wiregraph/core';
import { localNeo4jSettings } from '@wiregraph/local-neo4j';
import { ImportError, checkTarget } from '../src/index.js';

const home = mkdtempSync(join(tmpdir(), 'wg-import-target-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const settings = localNeo4jSettings(loadConfig({ dataDir: home }, {}));

describe('checkTarget (before any work)', () => {
  it('lets a database that does not exist be built, with or without --replace', () => {
    expect(checkTarget(settings, 'neo4j', false)).toEqual({ exists: false, running: false });
  });

  it('refuses an existing database without --replace, naming it and saying the server is stopped', () => {
    mkdirSync(join(home, 'data', 'databases', 'neo4j'), { recursive: true });
    writeFileSync(join(home, 'data', 'databases', 'neo4j', 'neostore'), '');
    let error: unknown;
    try {
      checkTarget(settings, 'neo4j', false);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'DATABASE_EXISTS', message: expect.stringMatching(/database "neo4j" already exists in .*\(the local server is stopped\).*--replace/) });
    expect(checkTarget(settings, 'neo4j', true)).toEqual({ exists: true, running: false });
  });

  it('rejects a name that is no database name before it reaches a path', () => {
    expect(() => checkTarget(settings, '../etc', true)).toThrow(UsageError);
    expect(() => checkTarget(settings, 'system', true)).toThrow(/not a database name/);
  });
});
