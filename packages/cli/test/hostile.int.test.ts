/**
 * The cases a hostile tester found (issue 16), each pinned through the real CLI against the
 * real test database: one clear line, the documented exit code, no stack unless asked for.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { runCli } from './run-cli.js';

useTestDatabase();

/** A user error: one line on stderr (logs aside), no stack frame. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{'));
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  return lines[0]!;
}

describe('bad query parameters are usage errors: one line, exit 2', () => {
  beforeAll(async () => {
    await runCli(['ingest', 'examples/stories', '--no-progress']);
  });

  it.each([
    [['query', 'file', 'meetings', '--param', 'from={"a":1}'], /meetings\.cypher: bad parameter: Type mismatch for parameter 'from'/],
    [['query', 'file', 'search', '--param', 'limit=-1'], /search\.cypher: bad parameter: .*'-1' is not a valid value/],
    [['query', 'file', 'search', '--params', '{"constructor":1}'], /search\.cypher takes no parameter \$constructor/],
    [['query', 'file', 'search', '--params', '{"__proto__":{"limit":1}}'], /takes no parameter \$__proto__/],
    [['query', 'file', 'search', '--param', 'query=x', '--param', 'limit=1e300'], /too large a whole number/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
  });

  it('shows the stack with --log-level debug', async () => {
    const r = await runCli(['--log-level', 'debug', 'query', 'file', 'search', '--param', 'limit=-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});

describe('export -o to a path it cannot write: one line, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wg-hostile-export-'));
  const existing = join(dir, 'existing.graphml');
  writeFileSync(existing, 'keep me');

  it.each([
    [['export', '--format', 'graphml', '-o', join(existing, 'under-a-file.graphml')], /cannot write .*under-a-file\.graphml: a part of the path is not a directory \(ENOTDIR\)/],
    [['export', '--format', 'csv', '-o', existing], /cannot write the csv files into .*existing\.graphml: it exists and is not a directory/],
    [['export', '--format', 'graphml', '-o', existing], /existing\.graphml already exists: choose another path, or add --force/],
    [['export', '--format', 'jsonl', '--force', '-o', '/dev/full'], /^wiregraph: cannot write \/dev\/full: no space left on the device \(ENOSPC\)$/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(1);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });
});
