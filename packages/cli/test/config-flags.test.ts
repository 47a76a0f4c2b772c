import { describe, expect, it } from 'vitest';
import { loadConfig, UsageError } from '@wiregraph/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('one configuration for every command', () => {
  it('takes flags over environment over .env over defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-cfg-'));
    writeFileSync(join(dir, '.env'), 'NEO4J_URI=bolt://from-dotenv:7687\nNEO4J_PASSWORD="dotenv-pw"\nNEO4J_DATABASE=dotenvdb\n');
    const env = { NEO4J_PASSWORD: 'env-pw' };
    const c = loadConfig({ neo4jDatabase: 'flagdb' }, env, dir);
    expect(c.neo4jUri).toBe('bolt://from-dotenv:7687');
    expect(c.neo4jPassword).toBe('env-pw');
    expect(c.neo4jDatabase).toBe('flagdb');
    expect(c.neo4jUsername).toBe('neo4j');
  });

  it('defaults to the local server and its documented password', () => {
    const c = loadConfig({}, {}, mkdtempSync(join(tmpdir(), 'wg-cfg-')));
    expect(c.neo4jUri).toBe('bolt://127.0.0.1:7687');
    expect(c.neo4jPassword).toBe('wiregraph-dev');
    expect(c.neo4jUriConfigured).toBe(false);
  });

  it('says when NEO4J_URI was given, from the environment or .env', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-cfg-'));
    expect(loadConfig({}, { NEO4J_URI: 'bolt://db:7687' }, dir).neo4jUriConfigured).toBe(true);
    writeFileSync(join(dir, '.env'), 'NEO4J_URI=bolt://from-dotenv:7687\n');
    expect(loadConfig({}, {}, dir).neo4jUriConfigured).toBe(true);
  });

  it('accepts routing URIs for clusters and Aura', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-cfg-'));
    expect(loadConfig({}, { NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }, dir).neo4jUri).toBe('neo4j+s://abcd.databases.neo4j.io');
    expect(loadConfig({}, { NEO4J_URI: 'neo4j://core1:7687' }, dir).neo4jUri).toBe('neo4j://core1:7687');
  });

  it('rejects bad values naming the setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-cfg-'));
    expect(() => loadConfig({}, { NEO4J_URI: 'http://x' }, dir)).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({}, { NEO4J_BOLT_PORT: '99999' }, dir)).toThrow(UsageError);
    expect(() => loadConfig({}, { NEO4J_BOLT_PORT: 'abc' }, dir)).toThrow(/NEO4J_BOLT_PORT/);
  });
});
