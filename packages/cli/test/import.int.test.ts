import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { connect, graphFingerprint, type GraphFingerprint } from '@wiregraph/loader';
import { clearDatabase, testDatabase, useTestDatabase } from '../../../scripts/test/neo4j.js';
import { aggregateProblems, testConfig } from '../../loader/test/helpers/graph-state.js';
import { REPO, runCli } from './run-cli.js';

/**
 * `import` builds the database, then `ingest` goes on with it as with any other: new stories add
 * to it, the same stories again change nothing, a corrected story replaces its claims. The end
 * state is the graph `ingest` alone builds from the same sequence (fingerprint equal).
 */
const t = useTestDatabase();
const local = testDatabase().local;
const LONG = 900_000;

const dir = mkdtempSync(join(tmpdir(), 'wg-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const story = (text: string) =>
  JSON.stringify({ id: 'wg-import-correction', date: '2025-11-20', source: 'Test Wire', title: 'Ministers meet', text }) + '\n';
const original = join(dir, 'original.jsonl');
const corrected = join(dir, 'corrected.jsonl');
writeFileSync(
  original,
  story(
    'OSLO, Nov. 20 (Test Wire) - Norwegian Prime Minister Jonas Gahr Store met Finnish President Alexander Stubb in Oslo on Thursday. ' +
      'Norway and Finland agreed to deepen cooperation on energy and defence.\n\nStubb later visited Sweden.',
  ),
);
writeFileSync(corrected, story('OSLO, Nov. 20 (Test Wire) - Norwegian Prime Minister Jonas Gahr Store met Finnish President Alexander Stubb in Oslo on Thursday.'));
const stories = (names: string[]) => names.map((n) => join(REPO, 'examples/stories', n));
const first = [...stories(['01-ani-tokyo-starmer-takaichi.txt', '02-reuters-london-starmer-store.txt', '03-ap-new-delhi-modi-merz.txt', '04-xinhua-beijing-li-anwar.txt', '05-pti-paris-jaishankar-barrot.txt']), original];
const later = stories(['06-wire-stories.jsonl', '07-world-desk-feed.rss', '08-newsml-seoul-cho-anand.xml', '09-nitf-ankara-erdogan-sanchez.xml']);

type Claims = { created: number; changed: number; unchanged: number; removed: number };
async function ingest(inputs: string[]): Promise<Claims> {
  const result = await runCli(['ingest', ...inputs, '--json', '--no-progress', '--workers', '1']);
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { load: { claims: Claims } }).load.claims;
}
/** A driver as the loader opens one (numbers as JS numbers), for the helpers that compare values. */
async function withDriver<T>(work: (driver: Driver, database: string) => Promise<T>): Promise<T> {
  const { driver, database } = await connect(testConfig());
  try {
    return await work(driver, database);
  } finally {
    await driver.close();
  }
}
const fingerprint = () => withDriver(graphFingerprint);

describe.skipIf(!local)('wiregraph import, then ingest', () => {
  let imported: GraphFingerprint;

  it('imports stories, then ingest adds, is idempotent, and replaces a corrected story\'s claims', { timeout: LONG }, async () => {
    const env = { WIREGRAPH_HOME: local!.home, NEO4J_BOLT_PORT: String(local!.boltPort), NEO4J_HTTP_PORT: String(local!.httpPort) };
    const result = await runCli(['import', ...first, '--replace', '--json', '--no-progress', '--workers', '1'], env);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { articles: number; triples: number };
    expect(report.articles).toBe(first.length);
    expect(report.triples).toBeGreaterThan(10);

    const added = await ingest(later);
    expect(added.created).toBeGreaterThan(10);
    expect(await ingest([...first, ...later])).toEqual({ created: 0, changed: 0, unchanged: expect.any(Number), removed: 0 });

    const correction = await ingest([corrected]);
    expect(correction.removed).toBeGreaterThan(0);
    const { records } = await t.driver.executeQuery(
      "MATCH (:Article {id: 'wg-import-correction'})-[:ASSERTS]->(c:Claim) RETURN collect(c.predicate + ' ' + c.objectKey) AS claims",
      {},
      { database: t.db.database },
    );
    // The correction drops the cooperation paragraph and the visit to Sweden; the meeting stays.
    const claims = records[0]!.get('claims') as string[];
    expect(claims).toContain('MET jonas gahr store');
    expect(claims.filter((c) => /^COOPERATES|SWE$/.test(c))).toEqual([]);
    expect(await withDriver(aggregateProblems)).toEqual([]);
    imported = await fingerprint();
  });

  it('ends with the graph ingest alone builds from the same sequence', { timeout: LONG }, async () => {
    await clearDatabase(t.driver, { database: t.db.database });
    await ingest(first);
    await ingest(later);
    await ingest([corrected]);
    expect(await fingerprint()).toEqual(imported);
  });
});
