import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { runCli } from './run-cli.js';

useTestDatabase();

describe('the first command (pnpm start)', () => {
  it('ingests the examples and answers who met whom and who cooperates on what', async () => {
    const r = await runCli(['quickstart']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/stories\s+12 read, 0 skipped/);
    expect(r.stdout).toMatch(/Whom did Keir Starmer meet\?\n(.*\n)*\s+Sanae Takaichi on 2026-01-31/);
    expect(r.stdout).toMatch(/With whom does Japan cooperate, and on what\?\n\s+United Kingdom: .*Critical minerals/);
    expect(r.stdout).toMatch(/Who cooperates on critical minerals\?\n(.*\n)*\s+Japan with .*United Kingdom/);
    expect(r.stdout).toMatch(/Explore the graph in Neo4j Browser/);
  });
});
