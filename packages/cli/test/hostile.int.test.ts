/**
 * The cases a hostile tester found (issue 16), each pinned through the real CLI against the
 * real test database: one clear line, the documented exit code, no stack unless asked for.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { runCli } from './run-cli.js';

const t = useTestDatabase();

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await t.driver.executeQuery(cypher, params, { database: t.db.database });
  return Number(records[0]!.get(0));
}
const articleCount = () => count('MATCH (a:Article) RETURN count(a)');
const met = (a: string, b: string) => count('MATCH (:Person {key: $a})-[:MET]-(:Person {key: $b}) RETURN count(*)', { a, b });

function watchFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'wg-hostile-watch-'));
  return { dir, ledger: `${dir}-ledger.jsonl` };
}
const ledgerLines = (ledger: string) => readFileSync(ledger, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { key: string; status: string });

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

// A full disk (/dev/full, ENOSPC) is pinned in query/test/export-output.test.ts on the sink itself,
// without the cleanup that runs after a failed export: a test must never be able to touch a device.
describe('export -o to a path it cannot write: one line, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wg-hostile-export-'));
  const existing = join(dir, 'existing.graphml');
  writeFileSync(existing, 'keep me');

  it.each([
    [['export', '--format', 'graphml', '-o', join(existing, 'under-a-file.graphml')], /cannot write .*under-a-file\.graphml: a part of the path is not a directory \(ENOTDIR\)/],
    [['export', '--format', 'csv', '-o', existing], /cannot write the csv files into .*existing\.graphml: it exists and is not a directory/],
    [['export', '--format', 'graphml', '-o', existing], /existing\.graphml already exists: choose another path, or add --force/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(1);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });
});

describe('watch: data integrity', () => {
  it('--once leaves a file that is still being written for the next run, so one story is one Article', async () => {
    const { dir, ledger } = watchFolder();
    const file = join(dir, 'growing.txt');
    writeFileSync(file, 'ROME, June 3 (Reuters) - Italian Prime Minister Giorgia Meloni held talks with Indian Prime Minister Narendra Modi in Rome on 3 June 2025.\n');
    const before = await articleCount();
    // A slow writer: a line every 150 ms until the first watcher has exited.
    const writer = setInterval(() => appendFileSync(file, '\nThe two leaders discussed trade.'), 150);
    let first;
    try {
      first = await runCli(['watch', dir, '--once', '--ledger', ledger]);
    } finally {
      clearInterval(writer);
    }
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/file still being written: left for the next run/);
    expect(existsSync(ledger) ? readFileSync(ledger, 'utf8') : '').not.toContain('growing.txt');
    const second = await runCli(['watch', dir, '--once', '--ledger', ledger]);
    expect(second.code, second.stderr).toBe(0);
    expect(await articleCount()).toBe(before + 1);
    expect(await met('giorgia meloni', 'narendra modi')).toBe(1);
  });

  it('a plain-text story corrected in place keeps its Article and its new claims replace the old', async () => {
    const { dir, ledger } = watchFolder();
    const file = join(dir, 'correction.txt');
    writeFileSync(file, 'OTTAWA, June 5 (Reuters) - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on 5 June 2025.\n');
    const before = await articleCount();
    expect((await runCli(['watch', dir, '--once', '--ledger', ledger])).code).toBe(0);
    expect(await met('mark carney', 'claudia sheinbaum')).toBe(1);
    writeFileSync(file, 'OTTAWA, June 5 (Reuters) - Canadian Prime Minister Mark Carney met Chilean President Gabriel Boric in Ottawa on 5 June 2025.\n');
    expect((await runCli(['watch', dir, '--once', '--ledger', ledger])).code).toBe(0);
    expect(await articleCount()).toBe(before + 1);
    expect(await met('mark carney', 'claudia sheinbaum')).toBe(0);
    expect(await met('mark carney', 'gabriel boric')).toBe(1);
  });

  it('records a JSON Lines file with one bad line as partial, and --once exits 1 so cron sees it', async () => {
    const { dir, ledger } = watchFolder();
    const good = { id: 'hostile-jsonl-1', date: '2025-06-07', text: 'ROME, June 7 (Reuters) - Italian Prime Minister Giorgia Meloni met Indian Prime Minister Narendra Modi in Rome on Saturday.' };
    writeFileSync(join(dir, 'wire.jsonl'), [JSON.stringify(good), '{"id": "hostile-jsonl-2", "date": "not-a-date", "text": "x"}'].join('\n') + '\n');
    const r = await runCli(['watch', dir, '--once', '--ledger', ledger]);
    expect(r.code, r.stderr).toBe(1);
    expect(ledgerLines(ledger)).toEqual([expect.objectContaining({ key: join(dir, 'wire.jsonl'), status: 'partial' })]);
    expect(await count('MATCH (a:Article {id: $id}) RETURN count(a)', { id: 'hostile-jsonl-1' })).toBe(1);
  });
});

describe('load: closed-set keys', () => {
  it('rejects a triple whose sector key is not in the taxonomy, loads the rest, and creates no such Sector', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-hostile-load-'));
    const base = { article: 'hostile-load-1', subject: { type: 'Country', key: 'JPN', name: 'Japan' }, predicate: 'COOPERATES_ON', date: null, evidence: 'e', partners: ['GBR'] };
    const file = join(dir, 'triples.jsonl');
    writeFileSync(file, [{ ...base, object: { type: 'Sector', key: "evil`sector' }) //", name: 'x' } }, { ...base, object: { type: 'Sector', key: 'space', name: 'Space' } }].map((x) => JSON.stringify(x)).join('\n') + '\n');
    const r = await runCli(['load', file]);
    expect(r.code).toBe(1);
    // The bad line is logged (a JSON log line, so its quotes are escaped) with file and line.
    expect(r.stderr).toMatch(/triples\.jsonl:1: \\?"object\.key\\?" of a Sector must be a key of the sector taxonomy/);
    expect(await count('MATCH (s:Sector) WHERE s.key CONTAINS "evil" RETURN count(s)')).toBe(0);
    expect(await count('MATCH (:Country {iso3: "JPN"})-[:COOPERATES_ON]->(:Sector {key: "space"}) RETURN count(*)')).toBeGreaterThan(0);
  });
});
