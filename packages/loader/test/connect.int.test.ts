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
});
