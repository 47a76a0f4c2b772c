import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { countries, sectors, type Article, type Triple } from '@wiregraph/core';
import { clearDatabase } from '../../../scripts/test/neo4j.js';
import { connect, createLoader, schemaStatements } from '../src/index.js';
import { syntheticTriples } from '../../../scripts/bench/_synthetic-triples.js';
import { aggregateProblems, duplicateNodes, duplicateRelationships, factState, goldTriples, graphCounts, testConfig } from './helpers/graph-state.js';

let driver: Driver;
let database: string;

beforeAll(async () => {
  ({ driver, database } = await connect(testConfig()));
  await clearDatabase(driver, { database, schema: true });
});
afterAll(async () => {
  await clearDatabase(driver, { database });
  await driver.close();
});

const query = async (text: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(text, params, { database })).records.map((r) => r.toObject() as Record<string, unknown>);

const gold = goldTriples();
const byArticle = (id: string) => gold.filter((t) => t.article === id);

describe('schema', () => {
  it('applies cypher/schema.cypher twice without error and without adding anything the second time', async () => {
    const loader = createLoader({ driver, database });
    await loader.applySchema();
    const schema = async () => [
      ...(await query('SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name')),
      ...(await query("SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, type, state ORDER BY name")),
    ];
    const first = await schema();
    await loader.applySchema();
    const second = await schema();
    expect(second).toEqual(first);
    const names = first.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['person_key', 'country_iso3', 'claim_id', 'article_id', 'entity_names', 'claim_fact_key']));
    expect(schemaStatements().length).toBeGreaterThan(15);
    const [ft] = await query("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'entity_names' RETURN *");
    expect(ft).toMatchObject({ labelsOrTypes: ['Person', 'Country', 'Sector', 'Organization'], properties: ['name', 'aliases'] });
    expect((ft!.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe('standard-folding');
  });
});

describe('reference data', () => {
  it('loads every ISO country and every sector once, and keeps them current on a re-run', async () => {
    const loader = createLoader({ driver, database });
    await loader.applySchema();
    const first = await loader.loadReferenceData();
    expect(first.nodes.Country).toEqual({ created: countries().length, matched: 0, deleted: 0 });
    expect(first.nodes.Sector).toEqual({ created: sectors().length, matched: 0, deleted: 0 });
    const second = await loader.loadReferenceData();
    expect(second.nodes.Country).toEqual({ created: 0, matched: countries().length, deleted: 0 });
    const [c] = await query("MATCH (c:Country {iso3: 'TUV'}) RETURN c.name AS name, c.iso2 AS iso2, COUNT { (c)--() } AS degree");
    expect(c).toEqual({ name: 'Tuvalu', iso2: 'TV', degree: 0 });
  });
});

describe('loading the dev gold triples', () => {
  beforeAll(async () => {
    await clearDatabase(driver, { database });
  });

  it('writes one claim per triple with its evidence, facts with aggregates, mentions, and reports created counts', async () => {
    const report = await createLoader({ driver, database, batchSize: 100 }).load(gold);
    expect(report.triples).toBe(488);
    expect(report.claims).toEqual({ created: 488, changed: 0, unchanged: 0, removed: 0 });
    expect(report.nodes.Claim?.created).toBe(488);
    expect(report.nodes.Article?.created).toBe(27);
    expect(report.nodes.Person?.created).toBe(71);
    expect(report.relationships.ASSERTS?.created).toBe(488);
    expect(report.relationships.MET?.created).toBe(58);

    const counts = await graphCounts(driver, database);
    expect(counts).toMatchObject({ '(:Claim)': 488, '(:Article)': 27, '(:Person)': 71, '(:Country)': countries().length, '(:Sector)': 26, '[:ASSERTS]': 488, '[:MET]': 58, '[:VISITED]': 45 });
    // The report's server counters are the graph's: the database was empty but for reference data.
    expect(report.counters.relationshipsCreated).toBe(Object.entries(counts).filter(([k]) => k.startsWith('[')).reduce((a, [, n]) => a + n, 0));
    expect(await aggregateProblems(driver, database)).toEqual([]);

    // Provenance: dev22's meeting leads back to its sentence.
    const [met] = await query(
      `MATCH (a:Person {key: 'keir starmer'})-[r:MET]-(b:Person {key: 'luis montenegro'})
       MATCH (art:Article)-[:ASSERTS]->(c:Claim {predicate: 'MET'})-[:SUBJECT|OBJECT]->(a)
       WHERE (c)-[:SUBJECT|OBJECT]->(b)
       RETURN r.firstDate AS first, r.articleIds AS ids, art.id AS article, c.evidence AS evidence, c.date AS date`,
    );
    const dev22Met = gold.find((t) => t.article === 'dev22' && t.predicate === 'MET')!;
    expect(met).toEqual({ first: '2026-02-10', ids: ['dev22'], article: 'dev22', evidence: dev22Met.evidence, date: '2026-02-10' });

    // Offices as of a date; partners; mentions; full-text search tolerant of case and accents.
    const [office] = await query("MATCH (:Person {key: 'keir starmer'})-[r:HOLDS_OFFICE]->(c:Country) RETURN c.iso3 AS c, r.title AS title, r.from AS from, r.to AS to ORDER BY r.from LIMIT 1");
    expect(office).toMatchObject({ c: 'GBR', title: 'Prime Minister' });
    const [defence] = await query("MATCH (:Country {iso3: 'JPN'})-[r:COOPERATES_ON]->(:Sector {key: 'defence'}) RETURN r.partners AS partners");
    expect(defence!.partners).toEqual(expect.arrayContaining(['GBR', 'ITA']));
    const [mentions] = await query("MATCH (:Article {id: 'dev01'})-[:MENTIONS]->(e) RETURN count(e) AS n");
    expect(mentions!.n).toBeGreaterThan(10);
    const hits = await query("CALL db.index.fulltext.queryNodes('entity_names', 'erdogan') YIELD node RETURN node.key AS key LIMIT 3");
    expect(hits.map((h) => h.key)).toContain('recep tayyip erdogan');
  });

  it('changes no count and no fact when the same triples are loaded again', async () => {
    const countsBefore = await graphCounts(driver, database);
    const factsBefore = await factState(driver, database);
    const report = await createLoader({ driver, database, batchSize: 37 }).load(gold);
    expect(report.claims).toEqual({ created: 0, changed: 0, unchanged: 488, removed: 0 });
    // "matched" counts once per batch a node or fact appears in (37 triples a batch here).
    expect(report.relationships.MET).toMatchObject({ created: 0, deleted: 0 });
    expect(report.relationships.MET!.matched).toBeGreaterThanOrEqual(58);
    expect(report.nodes.Person).toMatchObject({ created: 0, deleted: 0 });
    expect(report.nodes.Person!.matched).toBeGreaterThanOrEqual(71);
    expect(report.counters).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await graphCounts(driver, database)).toEqual(countsBefore);
    expect(await factState(driver, database)).toEqual(factsBefore);
  });

  it('replaces a corrected article’s claims, leaves other articles’ evidence alone and recomputes the aggregates', async () => {
    const otherClaims = await query("MATCH (c:Claim) WHERE c.article <> 'dev13' RETURN c.id AS id, c.hash AS hash, c.evidence AS evidence ORDER BY id");
    const original = byArticle('dev13');
    const dropped = original.find((t) => t.predicate === 'MET')!;
    const redated = original.find((t) => t.predicate === 'VISITED')!;
    const corrected: Triple[] = original
      .filter((t) => t !== dropped)
      .map((t) => (t === redated ? { ...t, date: '2025-10-29', evidence: 'Corrected: ' + t.evidence } : t));
    corrected.push({
      article: 'dev13',
      subject: { type: 'Person', key: 'corrected person', name: 'Corrected Person' },
      predicate: 'VISITED',
      object: { type: 'Country', key: 'KOR', name: 'South Korea' },
      date: '2025-10-30',
      evidence: 'A correction added this visit.',
    });

    const report = await createLoader({ driver, database }).load(corrected);
    expect(report.claims).toEqual({ created: 1, changed: 1, unchanged: original.length - 2, removed: 1 });

    const dev13 = await query("MATCH (:Article {id: 'dev13'})-[:ASSERTS]->(c:Claim) RETURN count(c) AS n");
    expect(dev13[0]!.n).toBe(corrected.length);
    expect(await query("MATCH (c:Claim) WHERE c.article <> 'dev13' RETURN c.id AS id, c.hash AS hash, c.evidence AS evidence ORDER BY id")).toEqual(otherClaims);
    expect(await aggregateProblems(driver, database)).toEqual([]);
    const [visit] = await query(
      'MATCH (:Person {key: $p})-[r:VISITED]->(:Country {iso3: $c}) RETURN r.firstDate AS first, r.articleIds AS ids',
      { p: redated.subject.key, c: redated.object.key },
    );
    expect(visit!.first).toBe('2025-10-29');
    // The dropped meeting: gone, or (if another story also reports it) no longer citing dev13.
    const met = await query('MATCH (:Person {key: $a})-[r:MET]-(:Person {key: $b}) RETURN r.articleIds AS ids', { a: dropped.subject.key, b: dropped.object.key });
    for (const m of met) expect(m.ids).not.toContain('dev13');

    // Loading the original again restores the original graph exactly; the added person, named by no story now, is gone.
    await createLoader({ driver, database }).load(original);
    const restored = await createLoader({ driver, database }).load(gold);
    expect(restored.claims.created + restored.claims.changed + restored.claims.removed).toBe(0);
    expect(await query("MATCH (p:Person {key: 'corrected person'}) RETURN p")).toEqual([]);
    expect(await aggregateProblems(driver, database)).toEqual([]);
  });

  it('removes a fact when the only article asserting it no longer does', async () => {
    const only = gold.find((t) => t.predicate === 'MET' && t.article === 'dev22')!;
    await createLoader({ driver, database }).load(byArticle('dev22').filter((t) => t !== only));
    expect(await query("MATCH (:Person {key: 'keir starmer'})-[r:MET]-(:Person {key: 'luis montenegro'}) RETURN r")).toEqual([]);
    await createLoader({ driver, database }).load(byArticle('dev22'));
    expect(await query("MATCH (:Person {key: 'keir starmer'})-[r:MET]-(:Person {key: 'luis montenegro'}) RETURN r.articleIds AS ids")).toEqual([{ ids: ['dev22'] }]);
  });
});

describe('loading article by article', () => {
  beforeEach(async () => {
    await clearDatabase(driver, { database });
  });

  it('writes the article metadata, gives a story with no triples its node, and clears claims of a story that now has none', async () => {
    const loader = createLoader({ driver, database });
    const story: Article = { id: 'dev22', source: 'ANI', title: 'UK and Portugal deepen ties', published: '2026-02-10', dateline: { place: 'London', country: 'GBR' }, body: 'b', format: 'text', url: 'https://example.org/dev22' };
    await loader.loadArticleTriples(story, byArticle('dev22'));
    await loader.loadArticleTriples({ ...story, id: 'dev08', title: 'Sports' }, []);
    const arts = await query('MATCH (a:Article) RETURN a.id AS id, a.source AS source, a.dateline AS dateline, a.datelineCountry AS dc, a.published AS published, COUNT { (a)-[:ASSERTS]->() } AS claims ORDER BY id');
    expect(arts).toEqual([
      { id: 'dev08', source: 'ANI', dateline: 'London', dc: 'GBR', published: '2026-02-10', claims: 0 },
      { id: 'dev22', source: 'ANI', dateline: 'London', dc: 'GBR', published: '2026-02-10', claims: 9 },
    ]);
    // A triples-only load of the same article keeps its metadata.
    await loader.load(byArticle('dev22'));
    expect((await query("MATCH (a:Article {id: 'dev22'}) RETURN a.title AS t"))[0]!.t).toBe('UK and Portugal deepen ties');
    await loader.loadArticleTriples('dev22', []);
    expect(await graphCounts(driver, database)).toMatchObject({ '(:Article)': 2 });
    expect((await graphCounts(driver, database))['(:Claim)']).toBeUndefined();
    expect(await query('MATCH ()-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON|MENTIONS]->() RETURN r')).toEqual([]);
  });

  it('accepts {articles, triples} and gives articles named only by triples a node with just the id', async () => {
    const loader = createLoader({ driver, database });
    await loader.load({ articles: [{ id: 'dev01', source: 'ANI', published: '2025-11-14', body: '', format: 'jsonl' }], triples: [...byArticle('dev01'), ...byArticle('dev02')] });
    expect(await query('MATCH (a:Article) RETURN a.id AS id, a.source AS source ORDER BY id')).toEqual([
      { id: 'dev01', source: 'ANI' },
      { id: 'dev02', source: null },
    ]);
  });
});

describe('two loaders at once', () => {
  beforeAll(async () => {
    await clearDatabase(driver, { database });
  });

  it('create no duplicate node or relationship and keep the aggregates right', async () => {
    const { driver: other } = await connect(testConfig());
    try {
      // Overlapping sets of whole articles (the middle third is loaded by all), in opposite orders,
      // small batches: many shared keys and facts written at the same time.
      const ids = [...new Set(gold.map((t) => t.article))];
      const third = Math.floor(ids.length / 3);
      const a = ids.slice(0, 2 * third).flatMap(byArticle);
      const b = ids.slice(third).reverse().flatMap(byArticle);
      await Promise.all([
        createLoader({ driver, database, batchSize: 20 }).load(a),
        createLoader({ driver: other, database, batchSize: 20 }).load(b),
        createLoader({ driver, database, batchSize: 50 }).load(gold),
      ]);
      expect(await duplicateNodes(driver, database)).toBe(0);
      expect(await duplicateRelationships(driver, database)).toBe(0);
      expect(await aggregateProblems(driver, database)).toEqual([]);
      const counts = await graphCounts(driver, database);
      expect(counts).toMatchObject({ '(:Claim)': 488, '(:Person)': 71, '[:MET]': 58, '[:ASSERTS]': 488 });
    } finally {
      await other.close();
    }
  });

  it('lose no update when different stories add claims to the same facts at the same time', async () => {
    await clearDatabase(driver, { database });
    const { driver: other } = await connect(testConfig());
    try {
      // Disjoint articles, shared hot facts (the same leaders and countries in many stories).
      const triples = syntheticTriples(1800, 11);
      const ids = [...new Set(triples.map((t) => t.article))];
      const part = (k: number) => new Set(ids.filter((_, i) => i % 3 === k));
      const slices = [0, 1, 2].map((k) => triples.filter((t) => part(k).has(t.article)));
      await Promise.all(slices.map((slice, k) => createLoader({ driver: k === 1 ? other : driver, database, batchSize: 40 }).load(slice)));
      expect(await aggregateProblems(driver, database)).toEqual([]);
      expect(await duplicateNodes(driver, database)).toBe(0);
      expect(await duplicateRelationships(driver, database)).toBe(0);
      const [{ claims }] = (await query('MATCH (c:Claim) RETURN count(c) AS claims')) as [{ claims: number }];
      const [{ total }] = (await query('MATCH ()-[r:MET|VISITED|HOLDS_OFFICE|COOPERATES_WITH|COOPERATES_ON]->() RETURN sum(r.claimCount) AS total')) as [{ total: number }];
      expect(total).toBe(claims);
    } finally {
      await other.close();
    }
  });
});
