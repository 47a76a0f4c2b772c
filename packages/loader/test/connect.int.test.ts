import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { DatabaseError } from '@wiregraph/core';
import { connect } from '../src/index.js';
import { testConfig } from './helpers/graph-state.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('connect', () => {
  it('opens a checked driver on the configured server', async () => {
    const { driver, database } = await connect(testConfig());
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database });
      expect(records[0]!.get('one')).toBe(1);
    } finally {
      await driver.close();
    }
  });

  it('says how to start the server when nothing listens', async () => {
    const port = await freePort();
    const config = { ...testConfig(), neo4jUri: `bolt://127.0.0.1:${port}` };
    const err = await connect(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).message).toBe(`cannot reach Neo4j at bolt://127.0.0.1:${port} — start it with \`pnpm wiregraph db start\` or \`docker compose up -d\``);
  });

  it('says the password is wrong when the server refuses it', async () => {
    const config = { ...testConfig(), neo4jPassword: 'not-the-password' };
    const err = await connect(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    expect((err as DatabaseError).code).toBe('DB_AUTH');
    expect((err as DatabaseError).message).toContain('refused user "neo4j": wrong user name or password');
  });

  it('reports a lock-out after repeated failed logins as a lock-out, without advertising any password', async () => {
    // A user of its own, so the lock-out touches no other test.
    const user = `lockout_probe_${process.pid}`;
    const admin = await connect(testConfig());
    try {
      await admin.driver.executeQuery(`CREATE OR REPLACE USER ${user} SET PLAINTEXT PASSWORD 'right-password-1' CHANGE NOT REQUIRED`, {}, { database: 'system' });
      const wrong = { ...testConfig(), neo4jUsername: user, neo4jPassword: 'wrong-password-1' };
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) {
        const err = (await connect(wrong).catch((e: unknown) => e)) as DatabaseError;
        codes.push(err.code);
        if (err.code === 'DB_LOCKED_OUT') {
          expect(err.message).toMatch(new RegExp(`has locked user "${user}" out after too many failed logins`));
          expect(err.message).not.toContain('wiregraph-dev');
        }
      }
      expect(codes).toContain('DB_LOCKED_OUT');
      expect(codes[0]).toBe('DB_AUTH');
    } finally {
      await admin.driver.executeQuery(`DROP USER ${user} IF EXISTS`, {}, { database: 'system' }).catch(() => {});
      await admin.driver.close();
    }
  });
});

