/**
 * The cases a hostile tester found (issue 16), each pinned through the real CLI against the
 * real test database: one clear line, the documented exit code, no stack unless asked for.
 */
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
