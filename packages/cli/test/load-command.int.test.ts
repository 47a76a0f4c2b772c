import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS } from '../../../scripts/test/corpora.js';
import { testDatabase, useTestDatabase } from '../../../scripts/test/neo4j.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GOLD = DEV_CORPUS.gold;

function wiregraph(args: string[], input?: string) {
  const db = testDatabase();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database, WIREGRAPH_LOG_LEVEL: 'warn' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('wiregraph load', () => {
  const t = useTestDatabase();

  it('loads the gold file twice with the same counts, the second time creating nothing', async () => {
    const first = wiregraph(['load', '--json', GOLD]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const r1 = JSON.parse(first.stdout);
    expect(r1).toMatchObject({ triples: 488, claims: { created: 488 }, skippedLines: 0 });
    const count = async () => (await t.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: t.db.database })).records[0]!.get('n').toNumber();
    const nodes = await count();

    // stdin, the form `wiregraph extract … | wiregraph load -` uses.
    const second = wiregraph(['load', '-'], readFileSync(GOLD, 'utf8'));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('claims: 0 created, 0 changed, 488 unchanged, 0 removed');
    expect(second.stdout).toMatch(/node\s+Claim\s+0\s+488\s+0\n/);
    expect(await count()).toBe(nodes);
  });

  it('names the file and line of each bad line, loads the rest and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-load-'));
    const file = join(dir, 'mixed.jsonl');
    const lines = readFileSync(GOLD, 'utf8').split('\n').slice(0, 3);
    writeFileSync(file, [lines[0], '{"article": "x"', lines[1], '{"article":"x","predicate":"MET"}', lines[2]].join('\n') + '\n');
    const run = wiregraph(['load', '--json', file]);
    expect(run.code).toBe(1);
    const errors = run.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      [file, 2],
      [file, 4],
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({ triples: 3, skippedLines: 2 });
  });

  it('exits 2 on a missing file or a bad batch size', () => {
    expect(wiregraph(['load', '/nonexistent/triples.jsonl']).code).toBe(2);
    expect(wiregraph(['load', '--batch-size', '0', GOLD]).code).toBe(2);
  });

  it('applies the schema idempotently', () => {
    const a = wiregraph(['schema', 'apply']);
    const b = wiregraph(['schema', 'apply']);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(b.stdout).toMatch(/^Applied \d+ schema statements to bolt:/);
  });
});
