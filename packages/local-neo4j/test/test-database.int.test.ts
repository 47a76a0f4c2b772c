import { describe, expect, it } from 'vitest';
import { loadConfig } from '@wiregraph/core';
import { clearDatabase, testDriver, useTestDatabase } from '../../../scripts/test/neo4j.js';

describe('the integration test database', () => {
  const t = useTestDatabase();

  it('stores nodes and relationships written through neo4j-driver and returns them', async () => {
    const { database } = t.db;
    await t.driver.executeQuery(
      `CREATE (a:Person {key: $a, name: 'Ada Example'})-[:MET {firstDate: '2024-05-01'}]->(b:Person {key: $b, name: 'Bo Example'}),
              (a)-[:VISITED]->(:Country {iso3: 'FRA', name: 'France'})`,
      { a: 'ada example', b: 'bo example' },
      { database },
    );
    const { records } = await t.driver.executeQuery(
      `MATCH (a:Person {key: $a})-[m:MET]-(b:Person) MATCH (a)-[:VISITED]->(c:Country)
       RETURN b.name AS met, m.firstDate AS date, c.iso3 AS visited`,
      { a: 'ada example' },
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ met: 'Bo Example', date: '2024-05-01', visited: 'FRA' }]);
  });

  it('hands the same database to code under test that reads its configuration (loadConfig)', () => {
    const config = loadConfig();
    expect({ uri: config.neo4jUri, username: config.neo4jUsername, password: config.neo4jPassword, database: config.neo4jDatabase }).toEqual({
      uri: t.db.uri,
      username: t.db.username,
      password: t.db.password,
      database: t.db.database,
    });
  });

  it('loads APOC on the 5.26 line', async () => {
    const { records } = await t.driver.executeQuery('RETURN apoc.version() AS apoc', {}, { database: t.db.database });
    expect(records[0]?.get('apoc')).toMatch(/^5\.26\./);
  });

  it('runs Neo4j 5.26', async () => {
    const { records } = await t.driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v', {}, { database: t.db.database });
    expect(records[0]?.get('v')).toMatch(/^5\.26\./);
  });

  it('clearDatabase removes every node and relationship, and with schema: true our constraints and indexes', async () => {
    const { database } = t.db;
    await t.driver.executeQuery('CREATE CONSTRAINT wiregraph_test_key IF NOT EXISTS FOR (p:TestThing) REQUIRE p.key IS UNIQUE', {}, { database });
    await t.driver.executeQuery('UNWIND range(1, 1000) AS i CREATE (:TestThing {key: i})-[:NEXT]->(:TestThing {key: -i})', {}, { database });
    const other = testDriver();
    try {
      await clearDatabase(other, { schema: true });
    } finally {
      await other.close();
    }
    const { records } = await t.driver.executeQuery(
      'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
      {},
      { database },
    );
    expect([records[0]?.get('nodes').toNumber(), records[0]?.get('rels').toNumber()]).toEqual([0, 0]);
    const { records: constraints } = await t.driver.executeQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'wiregraph_test_key' RETURN name", {}, { database });
    expect(constraints).toHaveLength(0);
  });
});
