import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { EntityRef, Triple } from '@wiregraph/core';
import { clearDatabase } from '../../../scripts/test/neo4j.js';
import { connect, createLoader, resolutionReport, resolvePeople, splitPerson } from '../src/index.js';
import { aggregateProblems, duplicateNodes, factState, graphCounts, testConfig } from './helpers/graph-state.js';

let driver: Driver;
let database: string;

beforeAll(async () => {
  ({ driver, database } = await connect(testConfig()));
});
beforeEach(async () => {
  await clearDatabase(driver, { database });
});
afterAll(async () => {
  await clearDatabase(driver, { database });
  await driver.close();
});

const query = async (text: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(text, params, { database })).records.map((r) => r.toObject() as Record<string, unknown>);

// Stories written for this test: one president under four spellings, a minister under two, and a
// surname two people share.
const p = (name: string): EntityRef => ({ type: 'Person', key: name.toLowerCase(), name });
const c = (iso3: string): EntityRef => ({ type: 'Country', key: iso3, name: iso3 });
const t = (article: string, subject: EntityRef, predicate: Triple['predicate'], object: EntityRef, date: string, title?: string): Triple => ({
  article, subject, predicate, object, date, evidence: `${subject.name} ${predicate} ${object.name}`, ...(title ? { title } : {}),
});
const stories: Triple[][] = [
  [t('s1', p('Abdel Fattah al-Sisi'), 'HOLDS_OFFICE', c('EGY'), '2026-01-02', 'President'), t('s1', p('Abdel Fattah al-Sisi'), 'MET', p('Keir Starmer'), '2026-01-02'), t('s1', p('Keir Starmer'), 'HOLDS_OFFICE', c('GBR'), '2026-01-02', 'Prime Minister')],
  [t('s2', p('Sisi'), 'MET', p('Keir Starmer'), '2026-01-05'), t('s2', p('Sisi'), 'VISITED', c('GBR'), '2026-01-05'), t('s2', p('Sisi'), 'HOLDS_OFFICE', c('EGY'), '2026-01-05', 'President')],
  [t('s3', p('Abdel Fattah el-Sisi'), 'HOLDS_OFFICE', c('EGY'), '2026-01-07', 'President'), t('s3', p('Abdel Fattah el-Sisi'), 'MET', p('Sergei Lavrov'), '2026-01-07')],
  [t('s4', p('Sergey Lavrov'), 'HOLDS_OFFICE', c('RUS'), '2026-01-09', 'Foreign Minister'), t('s4', p('Sergey Lavrov'), 'MET', p('Abdel Fattah el Sisi'), '2026-01-09')],
  [t('s5', p('Joe Biden'), 'HOLDS_OFFICE', c('USA'), '2026-01-10', 'President'), t('s5', p('Jill Biden'), 'VISITED', c('FRA'), '2026-01-10'), t('s5', p('Biden'), 'MET', p('Emmanuel Macron'), '2026-01-10')],
];

const people = async () => (await query('MATCH (p:Person) RETURN p.key AS key ORDER BY key')).map((r) => r.key as string);
const loadStories = async (order: number[], resolve = true) => {
  const loader = createLoader({ driver, database, resolvePeople: resolve });
  for (const i of order) await loader.load(stories[i]!);
};
const expectedPeople = ['abdel fattah al-sisi', 'biden', 'emmanuel macron', 'jill biden', 'joe biden', 'keir starmer', 'sergei lavrov'];

describe('person resolution in the loader', () => {
  it('maps each new mention to the person it names, and keeps facts equal to their claims', async () => {
    await loadStories([0, 1, 2, 3, 4]);
    expect(await people()).toEqual(expectedPeople);
    expect(await aggregateProblems(driver, database)).toEqual([]);
    expect(await duplicateNodes(driver, database)).toBe(0);
    const [sisi] = await query("MATCH (p:Person {key: 'abdel fattah al-sisi'}) RETURN p.aliasKeys AS keys, p.aliases AS aliases, size(p.resolution) AS logged");
    expect(sisi).toEqual({ keys: ['abdel fattah el sisi', 'abdel fattah el-sisi', 'sisi'], aliases: ['Sisi', 'Abdel Fattah el-Sisi', 'Abdel Fattah el Sisi'], logged: 3 });
    // Two stories' meetings with Starmer are one fact of two claims; two with Lavrov (two spellings each side) are one fact.
    const met = await query("MATCH (:Person {key: 'abdel fattah al-sisi'})-[r:MET]-(o) RETURN o.key AS other, r.claimCount AS claims, r.articleIds AS articles ORDER BY other");
    expect(met).toEqual([
      { other: 'keir starmer', claims: 2, articles: ['s1', 's2'] },
      { other: 'sergei lavrov', claims: 2, articles: ['s3', 's4'] },
    ]);
    const [office] = await query("MATCH (:Person {key: 'abdel fattah al-sisi'})-[r:HOLDS_OFFICE]->(:Country {iso3: 'EGY'}) RETURN r.claimCount AS claims, r.from AS from, r.to AS to");
    expect(office).toEqual({ claims: 3, from: '2026-01-02', to: '2026-01-07' });
  });

  it('gives the same nodes and facts whatever order the stories come in', async () => {
    await loadStories([0, 1, 2, 3, 4]);
    const forward = { people: await people(), facts: await factState(driver, database), counts: await graphCounts(driver, database) };
    await clearDatabase(driver, { database });
    await loadStories([4, 3, 2, 1, 0]);
    expect({ people: await people(), facts: await factState(driver, database), counts: await graphCounts(driver, database) }).toEqual(forward);
    await clearDatabase(driver, { database });
    await loadStories([1, 3, 0, 4, 2]);
    expect({ people: await people(), facts: await factState(driver, database), counts: await graphCounts(driver, database) }).toEqual(forward);
  });

  it('merges a database loaded without resolution in place, to what loading with it gives', async () => {
    await loadStories([0, 1, 2, 3, 4]);
    const resolved = { people: await people(), facts: await factState(driver, database), counts: await graphCounts(driver, database) };
    await clearDatabase(driver, { database });
    await loadStories([0, 1, 2, 3, 4], false);
    expect((await people()).length).toBe(11);
    const result = await resolvePeople({ driver, database });
    expect(result.peopleMerged).toBe(4);
    expect(await aggregateProblems(driver, database)).toEqual([]);
    expect({ people: await people(), facts: await factState(driver, database), counts: await graphCounts(driver, database) }).toEqual(resolved);
    expect((await resolvePeople({ driver, database })).peopleMerged).toBe(0);
  });

  it('re-loading a story after its people were merged changes nothing', async () => {
    await loadStories([0, 1, 2, 3, 4]);
    const before = { facts: await factState(driver, database), counts: await graphCounts(driver, database) };
    await loadStories([1, 3]);
    expect({ facts: await factState(driver, database), counts: await graphCounts(driver, database) }).toEqual(before);
  });

  it('reports merges with their evidence, and the pairs it kept apart', async () => {
    await loadStories([0, 1, 2, 3, 4]);
    const report = await resolutionReport({ driver, database });
    const sisi = report.merged.find((m) => m.key === 'abdel fattah al-sisi')!;
    expect(sisi.entries.map((e) => e.key).sort()).toEqual(['abdel fattah el sisi', 'abdel fattah el-sisi', 'sisi']);
    expect(sisi.entries.find((e) => e.key === 'sisi')).toMatchObject({ action: 'merged', evidence: [expect.stringMatching(/surname, same country, same office \(EGY:president\)/)] });
    expect(report.pairs.filter((x) => x.shorter === 'biden').map((x) => [x.longer, x.decision, x.reason])).toEqual([
      ['jill biden', 'apart', 'ambiguous: 2 candidates'],
      ['joe biden', 'apart', 'ambiguous: 2 candidates'],
    ]);
    expect(report.pending).toEqual([]);
  });

  it('a split undoes a wrong merge, with facts recomputed, and the two stay apart', async () => {
    await loadStories([0, 1, 2, 3, 4]);
    const result = await splitPerson({ driver, database, key: 'sisi' });
    expect(result).toMatchObject({ from: 'abdel fattah al-sisi', key: 'sisi', claimsMoved: 3 });
    expect(await people()).toContain('sisi');
    expect(await aggregateProblems(driver, database)).toEqual([]);
    const facts = await query("MATCH (:Person {key: 'sisi'})-[r]-(o) WHERE NOT o:Article AND NOT o:Claim RETURN type(r) AS type, coalesce(o.key, o.iso3) AS other, r.articleIds AS articles ORDER BY type, other");
    expect(facts).toEqual([
      { type: 'HOLDS_OFFICE', other: 'EGY', articles: ['s2'] },
      { type: 'MET', other: 'keir starmer', articles: ['s2'] },
      { type: 'VISITED', other: 'GBR', articles: ['s2'] },
    ]);
    const [mentions] = await query("MATCH (a:Article {id: 's2'})-[:MENTIONS]->(p:Person) RETURN collect(p.key) AS keys");
    expect((mentions!.keys as string[]).sort()).toEqual(['keir starmer', 'sisi']);
    expect((await resolvePeople({ driver, database })).peopleMerged).toBe(0);
    await loadStories([1]);
    expect(await people()).toContain('sisi');
  });
});

// Stories written for this test: "King Rashid" of two kingdoms, years apart, and the regnal name of one of them.
const regnal = [t('k1', p('Rashid II'), 'HOLDS_OFFICE', c('BHR'), '2025-03-01', 'King')];
const bare = [
  t('s1', p('Rashid'), 'HOLDS_OFFICE', c('BHR'), '2026-06-24', 'King'), t('s1', p('Rashid'), 'MET', p('Omar Haddad'), '2026-06-24'),
  t('s3', p('Rashid'), 'HOLDS_OFFICE', c('OMN'), '2009-01-24', 'King'), t('s3', p('Rashid'), 'MET', p('Lin Wei'), '2009-01-24'),
];

const factsOf = async (key: string) =>
  (await query('MATCH (:Person {key: $key})-[r]-(o) WHERE NOT o:Article AND NOT o:Claim RETURN type(r) AS type, coalesce(o.key, o.iso3) AS other, r.articleIds AS articles ORDER BY type, other', { key }));
const mentioned = async (article: string) => ((await query('MATCH (:Article {id: $article})-[:MENTIONS]->(p:Person) RETURN collect(p.key) AS keys', { article }))[0]!.keys as string[]).sort();

describe('the stories of a bare name two people share', () => {
  it('go each to the one person they mean; the rest stay on the bare name', async () => {
    const loader = createLoader({ driver, database });
    await loader.load([...bare, ...regnal]);
    expect(await factsOf('rashid ii')).toEqual([
      { type: 'HOLDS_OFFICE', other: 'BHR', articles: ['k1', 's1'] },
      { type: 'MET', other: 'omar haddad', articles: ['s1'] },
    ]);
    expect(await factsOf('rashid')).toEqual([
      { type: 'HOLDS_OFFICE', other: 'OMN', articles: ['s3'] },
      { type: 'MET', other: 'lin wei', articles: ['s3'] },
    ]);
    expect(await mentioned('s1')).toEqual(['omar haddad', 'rashid ii']);
    expect(await aggregateProblems(driver, database)).toEqual([]);
    const report = await resolutionReport({ driver, database });
    expect(report.pendingStories).toEqual([]);
    expect(report.merged.find((m) => m.key === 'rashid ii')?.entries).toMatchObject([{ action: 'moved', key: 'rashid', articles: ['s1'] }]);
    // Loaded again, the stories land on the bare name and move again: the graph is the same.
    await loader.load(bare);
    expect(await factsOf('rashid')).toEqual([
      { type: 'HOLDS_OFFICE', other: 'OMN', articles: ['s3'] },
      { type: 'MET', other: 'lin wei', articles: ['s3'] },
    ]);
  });

  it('a split gives the moved stories back to the bare name, and no pass moves them again', async () => {
    const loader = createLoader({ driver, database });
    await loader.load([...bare, ...regnal]);
    // A fuller form of the king's name arrives later: the node that stays still answers to the bare name's stories.
    await loader.load([t('k2', p('Sheikh Rashid II'), 'HOLDS_OFFICE', c('BHR'), '2025-04-01', 'King')]);
    expect(await splitPerson({ driver, database, key: 'rashid' })).toMatchObject({ from: 'sheikh rashid ii', key: 'rashid', claimsMoved: 2 });
    expect((await factsOf('rashid')).map((f) => f.other)).toEqual(['BHR', 'OMN', 'lin wei', 'omar haddad']);
    expect(await factsOf('sheikh rashid ii')).toEqual([{ type: 'HOLDS_OFFICE', other: 'BHR', articles: ['k1', 'k2'] }]);
    expect(await mentioned('s1')).toEqual(['omar haddad', 'rashid']);
    expect(await aggregateProblems(driver, database)).toEqual([]);
    const again = await resolvePeople({ driver, database });
    expect(again.plan.storyMoves).toEqual([]);
  });
});
