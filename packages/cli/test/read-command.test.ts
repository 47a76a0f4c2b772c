import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real CLI in a child process: argument parsing, output streams and exit codes together.
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = 'packages/ingest/test/read/fixtures';

function wiregraph(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], { cwd: REPO, input, encoding: 'utf8', env: { ...process.env, WIREGRAPH_LOG_LEVEL: 'warn' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('wiregraph read', () => {
  it('--json prints one Article per line for the dev corpus and exits 0', () => {
    const r = wiregraph(['read', 'fixtures/dev-corpus/articles.jsonl', '--json']);
    expect(r.code).toBe(0);
    const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; published: string });
    expect(articles).toHaveLength(30);
    expect(articles[0]).toMatchObject({ id: 'dev01', published: '2025-11-14', dateline: { place: 'Colombo', country: 'LKA', agency: 'ANI' } });
  }, 30_000);

  it('--summary prints the table and exits 1 when anything was skipped', () => {
    const r = wiregraph(['read', `${FIXTURES}/jsonl/mixed.jsonl`, '--summary']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^read\s+3$/m);
    expect(r.stdout).toMatch(/^skipped\s+3$/m);
    expect(r.stdout).toMatch(/^duplicates\s+2$/m);
    expect(r.stdout).toContain('mixed.jsonl:3: not valid JSON');
    // One structured warning per skipped item on stderr.
    expect(r.stderr.trim().split('\n').map((l) => (JSON.parse(l) as { reason: string }).reason)).toEqual(['malformed-json', 'invalid-record', 'empty']);
  }, 30_000);

  it('--json --summary keeps stdout for articles and puts the summary JSON on stderr', () => {
    const r = wiregraph(['read', '-', '--json', '--summary'], '{"id":"a","date":"2026-01-01","text":"One."}\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'a', body: 'One.', format: 'jsonl' });
    expect(JSON.parse(r.stderr.trim().split('\n').at(-1)!)).toMatchObject({ read: 1, skippedTotal: 0 });
  }, 30_000);

  it('exits 2 on a bad option value', () => {
    const r = wiregraph(['read', `${FIXTURES}/tree`, '--reference-date', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reference-date must be a date');
  }, 30_000);
});
