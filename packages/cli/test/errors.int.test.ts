import { describe, expect, it } from 'vitest';
import { testDatabase, useTestDatabase } from '../../../scripts/test/neo4j.js';
import { runCli } from './run-cli.js';

useTestDatabase();

describe('errors a user can act on', () => {
  it('names the address and how to start Neo4j when it cannot be reached', async () => {
    const r = await runCli(['ingest', 'examples/stories', '--no-progress'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot reach Neo4j at bolt://127.0.0.1:1 — start it with `pnpm wiregraph db start` or `docker compose up -d`');
  });

  it('says the password is wrong', async () => {
    const r = await runCli(['load', '-'], { NEO4J_PASSWORD: 'not-the-password' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/wrong user name or password/);
  });

  it('rejects a bad setting with its name and exit code 2', async () => {
    const r = await runCli(['ingest', 'examples/stories'], { NEO4J_URI: 'http://localhost:7474' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NEO4J_URI must be a bolt:\/\//);
  });

  it('flags override the environment', async () => {
    const db = testDatabase();
    const r = await runCli(['--neo4j-uri', 'bolt://127.0.0.1:1', 'ingest', 'examples/stories', '--no-progress'], { NEO4J_URI: db.uri });
    expect(r.stderr).toContain('cannot reach Neo4j at bolt://127.0.0.1:1');
  });

  it('lists the query names when the name is unknown', async () => {
    const r = await runCli(['query', 'no-such-query']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/meetings/);
  });

  it('gives close matches for an unknown entity', async () => {
    await runCli(['ingest', 'examples/stories', '--no-progress']);
    const r = await runCli(['query', 'counterparts', 'Keer Starmar']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no entity matches "Keer Starmar" — did you mean: Keir Starmer/);
  });

  it('gives usage errors exit code 2 and --help an example on every command', async () => {
    const bad = await runCli(['ingest']);
    expect(bad.code).toBe(2);
    for (const cmd of ['ingest', 'watch', 'read', 'extract', 'load', 'eval', 'query', 'export', 'db', 'schema', 'quickstart']) {
      const help = await runCli([cmd, '--help']);
      expect(help.code, cmd).toBe(0);
      expect(help.stdout, cmd).toMatch(/Example/);
    }
  });
});
