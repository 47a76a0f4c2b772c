import { Neo4jError } from 'neo4j-driver';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, loadConfig, redactUri } from '@wiregraph/core';
import { connect, connectionError } from '../src/connect.js';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'wg-credentials-'));

describe('the development password goes only to the local server', () => {
  it('refuses to connect to a configured NEO4J_URI without a password, before any connection', async () => {
    const config = loadConfig({}, { NEO4J_URI: 'neo4j+s://abcd.databases.example.io' }, emptyDir());
    const err = await connect(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/^NEO4J_URI is set \(neo4j\+s:\/\/abcd\.databases\.example\.io\) but NEO4J_PASSWORD is not/);
  });

  it('keeps the default for the local server an unset NEO4J_URI points at', () => {
    const config = loadConfig({}, {}, emptyDir());
    expect(config.neo4jUriConfigured).toBe(false);
    expect(config.neo4jPasswordConfigured).toBe(false);
    expect(config.neo4jPassword).toBe('wiregraph-dev');
  });

  it('treats NEO4J_PASSWORD="" (environment or .env) as a mistake, not as "use the default"', () => {
    expect(() => loadConfig({}, { NEO4J_PASSWORD: '' }, emptyDir())).toThrow(/NEO4J_PASSWORD is set but empty/);
    const dir = emptyDir();
    writeFileSync(join(dir, '.env'), 'NEO4J_PASSWORD=\n');
    expect(() => loadConfig({}, {}, dir)).toThrow(/NEO4J_PASSWORD is set but empty/);
    expect(loadConfig({}, { NEO4J_PASSWORD: 'from-env-1' }, dir).neo4jPassword).toBe('from-env-1');
  });
});

describe('no credentials in messages', () => {
  const config = { neo4jUri: 'bolt://admin:s3cret-pw@db.example.org:7687', neo4jUsername: 'neo4j' };

  it('removes user and password written into the URI', () => {
    expect(redactUri(config.neo4jUri)).toBe('bolt://db.example.org:7687');
    expect(redactUri('neo4j+s://db.example.org')).toBe('neo4j+s://db.example.org');
  });

  it('never echoes them in the "cannot reach" or any other connection message', () => {
    const unreachable = connectionError(new Neo4jError(`Could not perform discovery for ${config.neo4jUri}: connect ECONNREFUSED`, 'ServiceUnavailable', 'N/A', 'N/A'), config);
    expect(unreachable.message).toBe('cannot reach Neo4j at bolt://db.example.org:7687 — start it with `pnpm wiregraph db start` or `docker compose up -d`');
    const other = connectionError(new Error(`odd failure at ${config.neo4jUri}`), config);
    expect(JSON.stringify([other.message, other.context])).not.toContain('s3cret-pw');
    expect(() => loadConfig({}, { NEO4J_URI: 'http://admin:s3cret-pw@db.example.org' }, emptyDir())).toThrow(/got "http:\/\/db\.example\.org"/);
  });

  it('says a lock-out is a lock-out, and no login error advertises the default password', () => {
    const locked = connectionError(new Neo4jError('too many failed attempts', 'Neo.ClientError.Security.AuthenticationRateLimit', 'N/A', 'N/A'), config);
    expect(locked.code).toBe('DB_LOCKED_OUT');
    expect(locked.message).toMatch(/has locked user "neo4j" out after too many failed logins/);
    const wrong = connectionError(new Neo4jError('unauthorized', 'Neo.ClientError.Security.Unauthorized', 'N/A', 'N/A'), config);
    expect(wrong.message).toMatch(/wrong user name or password/);
    for (const e of [locked, wrong]) expect(e.message).not.toContain('wiregraph-dev');
  });
});
