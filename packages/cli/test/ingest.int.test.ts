import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { runCli } from './run-cli.js';

const t = useTestDatabase();

async function graphCounts(): Promise<Record<string, number>> {
  const { records } = await t.driver.executeQuery(
    `MATCH (n) WITH count(n) AS nodes
     MATCH ()-[r]->() WITH nodes, count(r) AS rels
     MATCH (c:Claim) RETURN nodes, rels, count(c) AS claims`,
    {},
    { database: t.db.database },
  );
  const r = records[0]!;
  return { nodes: Number(r.get('nodes')), rels: Number(r.get('rels')), claims: Number(r.get('claims')) };
}

describe('wiregraph ingest of the example stories', () => {
  it('puts the examples meetings and cooperation into the graph', async () => {
    const result = await runCli(['ingest', 'examples/stories', '--no-progress']);
    expect(result.stderr).not.toMatch(/"level":"error"/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/stories\s+12 read, 0 skipped/);
    expect(result.stdout).toMatch(/MET\s+\d+/);

    const { records: met } = await t.driver.executeQuery(
      `MATCH (:Person {key: 'keir starmer'})-[m:MET]-(p:Person) RETURN p.key AS key, m.firstDate AS date`,
      {},
      { database: t.db.database },
    );
    expect(met.map((r) => r.get('key'))).toEqual(expect.arrayContaining(['sanae takaichi']));
    expect(met.find((r) => r.get('key') === 'sanae takaichi')!.get('date')).toBe('2026-01-31');

    const { records: sectors } = await t.driver.executeQuery(
      `MATCH (:Country {iso3: 'JPN'})-[:COOPERATES_ON]->(s:Sector) RETURN collect(s.key) AS keys`,
      {},
      { database: t.db.database },
    );
    expect(sectors[0]!.get('keys')).toEqual(expect.arrayContaining(['defence', 'cybersecurity', 'critical-minerals']));

    const { records: evidence } = await t.driver.executeQuery(
      `MATCH (a:Article)-[:ASSERTS]->(c:Claim {predicate: 'MET'})-[:SUBJECT|OBJECT]->(:Person {key: 'sanae takaichi'})
       RETURN a.source AS source, c.evidence AS evidence LIMIT 1`,
      {},
      { database: t.db.database },
    );
    expect(String(evidence[0]!.get('evidence'))).toMatch(/Takaichi/);
  });

  it('changes nothing when the same stories are ingested again', async () => {
    const before = await graphCounts();
    const result = await runCli(['ingest', 'examples/stories', '--no-progress', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { load: { claims: { created: number; removed: number; changed: number } } };
    expect(summary.load.claims).toMatchObject({ created: 0, removed: 0, changed: 0 });
    expect(await graphCounts()).toEqual(before);
  });

  it('skips a broken story with its file named, loads the rest and exits 1', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'wg-ingest-'));
    writeFileSync(join(dir, 'broken.xml'), '<rss><channel><item><title>x</title></channel>');
    writeFileSync(
      join(dir, 'good.txt'),
      'PARIS, March 4 (Reuters) - French President Emmanuel Macron held talks with Brazilian President Luiz Inacio Lula da Silva in Paris on Tuesday.\n',
    );
    const result = await runCli(['ingest', dir, '--no-progress']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1 read, 1 skipped/);
    expect(result.stdout).toMatch(/broken\.xml/);
    const { records } = await t.driver.executeQuery(
      `MATCH (:Person {key: 'emmanuel macron'})-[:MET]-(p:Person) RETURN p.key AS key`,
      {},
      { database: t.db.database },
    );
    expect(records.map((r) => r.get('key'))).toContain('luiz inacio lula da silva');
  });
});
