import { beforeAll, describe, expect, it } from 'vitest';
import { EntityNotFoundError, type Triple } from '@wiregraph/core';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { NEIGHBOURHOOD_ARTICLE_IDS, NEIGHBOURHOOD_LIMIT, bindParameters, createQueries, queryFile, type GraphQueries, type Subgraph } from '../src/index.js';
import { goldTriples, loadDevGraph, TOKYO_STORY } from './dev-graph.js';

const t = useTestDatabase();
let q: GraphQueries;
const gold: Triple[] = goldTriples();

beforeAll(async () => {
  await loadDevGraph(t.driver, t.db.database);
  q = createQueries({ driver: t.driver, database: t.db.database });
});

const sorted = <T>(xs: Iterable<T>) => [...new Set(xs)].sort();
/** The other end of a gold triple of a symmetric predicate, seen from `key`. */
const otherEnd = (g: Triple, key: string) => (g.subject.key === key ? g.object.key : g.subject.key);
const involves = (g: Triple, key: string) => g.subject.key === key || g.object.key === key;

/** True when nothing but plain objects, arrays, strings, numbers, booleans and null is inside. */
function isPlain(v: unknown): boolean {
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every(isPlain);
  if (typeof v === 'object') return Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(isPlain);
  return false;
}

describe('traversals on the graph loaded from the dev gold', () => {
  it('meetings({person}) includes Sanae Takaichi on 2026-01-31 in Japan, with the story behind it', async () => {
    const rows = await q.meetings({ person: 'keir starmer' });
    const takaichi = rows.find((r) => r.counterpart.key === 'sanae takaichi');
    expect(takaichi).toMatchObject({ date: '2026-01-31', person: { key: 'keir starmer', name: 'Keir Starmer' }, evidenceCount: 1, articleIds: [TOKYO_STORY] });
    expect(takaichi!.places.map((p) => p.iso3)).toContain('JPN');
    expect(sorted(rows.map((r) => r.counterpart.key))).toEqual(sorted(gold.filter((g) => g.predicate === 'MET' && involves(g, 'keir starmer')).map((g) => otherEnd(g, 'keir starmer'))));
    expect(isPlain(rows)).toBe(true);
  });

  it('meetings with a date range keep the meetings dated in it (partial dates overlap)', async () => {
    const in2026 = await q.meetings({ person: 'keir starmer', from: '2026-01', to: '2026-01-31' });
    expect(in2026.map((r) => r.counterpart.key)).toEqual(['sanae takaichi']);
    expect(await q.meetings({ person: 'keir starmer', to: '2025-12-31' })).toEqual([]);
    // dev04: Singh met Hegseth "last week", dated 2025-03: inside a range that starts mid-March
    const singh = await q.meetings({ person: 'rajnath singh', from: '2025-03-15', to: '2025-03-31' });
    expect(singh.map((r) => [r.counterpart.key, r.date])).toContainEqual(['pete hegseth', '2025-03']);
  });

  it('meetings({country}) lists the meetings of its office holders, each once', async () => {
    const japanese = new Set(gold.filter((g) => g.predicate === 'HOLDS_OFFICE' && g.object.key === 'JPN').map((g) => g.subject.key));
    const expected = gold
      .filter((g) => g.predicate === 'MET' && (japanese.has(g.subject.key) || japanese.has(g.object.key)))
      .map((g) => [g.subject.key, g.object.key].sort().join(' + ') + ' @ ' + g.date);
    const rows = await q.meetings({ country: 'JPN' });
    expect(sorted(rows.map((r) => [r.person.key, r.counterpart.key].sort().join(' + ') + ' @ ' + r.date))).toEqual(sorted(expected));
    expect(rows).toHaveLength(new Set(expected).size);
  });

  it('counterparts(person) gives everyone the person met, with counts and last dates', async () => {
    const rows = await q.counterparts('narendra modi');
    const met = gold.filter((g) => g.predicate === 'MET' && involves(g, 'narendra modi'));
    expect(sorted(rows.map((r) => r.counterpart.key))).toEqual(sorted(met.map((g) => otherEnd(g, 'narendra modi'))));
    const carney = rows.find((r) => r.counterpart.key === 'mark carney')!;
    expect(carney).toMatchObject({ meetings: 1, lastDate: '2025-11-22', articleIds: ['dev02'] });
  });

  it('officeHolders({country, asOf}) gives the office holders as seen in the news on that date', async () => {
    const asOf = await q.officeHolders({ country: 'GBR', asOf: '2026-02-01' });
    expect(asOf.find((r) => r.title === 'Prime Minister')).toMatchObject({ person: { key: 'keir starmer' }, from: '2025-07-08' });
    const all = await q.officeHolders({ country: 'GBR' });
    expect(sorted(all.map((r) => `${r.person.key}: ${r.title}`))).toEqual(
      sorted(gold.filter((g) => g.predicate === 'HOLDS_OFFICE' && g.object.key === 'GBR').map((g) => `${g.subject.key}: ${g.title}`)),
    );
    // before the first story that shows anyone in a British office, nobody
    expect(await q.officeHolders({ country: 'GBR', asOf: '2024-01-01' })).toEqual([]);
  });

  it('officesOf(person) gives the dated offices with their stories', async () => {
    const rows = await q.officesOf('sanae takaichi');
    const ho = gold.filter((g) => g.predicate === 'HOLDS_OFFICE' && g.subject.key === 'sanae takaichi');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ country: { key: 'JPN', name: 'Japan' }, title: 'Prime Minister', evidenceCount: ho.length });
    expect(sorted(rows[0]!.articleIds)).toEqual(sorted(ho.map((g) => g.article)));
    expect(rows[0]!.from).toBe(sorted(ho.map((g) => g.date!))[0]);
  });

  it('cooperation({country}) gives every partner with its sectors, strongest first', async () => {
    const rows = await q.cooperation({ country: 'JPN' });
    const partners = gold.filter((g) => g.predicate === 'COOPERATES_WITH' && involves(g, 'JPN')).map((g) => otherEnd(g, 'JPN'));
    expect(sorted(rows.map((r) => r.partner.key))).toEqual(sorted(partners));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.articleIds.length).toBeGreaterThanOrEqual(rows[i]!.articleIds.length);
    const uk = rows.find((r) => r.partner.key === 'GBR')!;
    expect(uk.sectors.map((s) => s.key)).toEqual(expect.arrayContaining(['defence', 'cybersecurity', 'critical-minerals']));
    const onMinerals = await q.cooperation({ country: 'JPN', sector: 'critical-minerals' });
    expect(onMinerals.length).toBeGreaterThan(0);
    expect(onMinerals.length).toBeLessThan(rows.length);
    for (const r of onMinerals) expect(r.sectors.map((s) => s.key)).toContain('critical-minerals');
  });

  it('partnersOn(sector) gives the countries cooperating on it and with whom; a date range narrows it', async () => {
    const co = gold.filter((g) => g.predicate === 'COOPERATES_ON' && g.object.key === 'critical-minerals');
    const rows = await q.partnersOn('critical-minerals');
    expect(sorted(rows.map((r) => r.country.key))).toEqual(sorted(co.map((g) => g.subject.key)));
    const japan = rows.find((r) => r.country.key === 'JPN')!;
    expect(sorted(japan.partners.map((p) => p.key))).toEqual(sorted(co.filter((g) => g.subject.key === 'JPN').flatMap((g) => g.partners ?? [])));
    const dated = await q.partnersOn('critical-minerals', { from: '2026-01-01', to: '2026-03-31' });
    expect(sorted(dated.map((r) => r.country.key))).toEqual(sorted(co.filter((g) => g.date! >= '2026-01-01' && g.date! <= '2026-03-31').map((g) => g.subject.key)));
  });

  it('sharedSectors(a, b) marks the sectors the two work on together', async () => {
    const rows = await q.sharedSectors('JPN', 'GBR');
    const together = rows.filter((r) => r.together).map((r) => r.sector.key);
    expect(together).toEqual(expect.arrayContaining(['defence', 'cybersecurity']));
    const jpn = new Set(gold.filter((g) => g.predicate === 'COOPERATES_ON' && g.subject.key === 'JPN').map((g) => g.object.key));
    const gbr = new Set(gold.filter((g) => g.predicate === 'COOPERATES_ON' && g.subject.key === 'GBR').map((g) => g.object.key));
    expect(sorted(rows.map((r) => r.sector.key))).toEqual(sorted([...jpn].filter((s) => gbr.has(s))));
  });

  it('path(a, b) gives the shortest connections through facts, within maxHops and the allowed types', async () => {
    const paths = await q.path('keir starmer', 'sanae takaichi', { maxHops: 4 });
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatchObject({ hops: 1, relationships: [{ type: 'MET' }], articleIds: [TOKYO_STORY] });
    const longer = await q.path('keir starmer', 'narendra modi', { maxHops: 4 });
    expect(longer.length).toBeGreaterThan(0);
    for (const p of longer) {
      expect(p.nodes[0]!.key).toBe('keir starmer');
      expect(p.nodes.at(-1)!.key).toBe('narendra modi');
      expect(p.relationships).toHaveLength(p.hops);
    }
    const hops = longer[0]!.hops;
    expect(await q.path('keir starmer', 'narendra modi', { maxHops: hops - 1 })).toEqual([]);
    const metOnly = await q.path('keir starmer', 'xi jinping', { maxHops: 6, types: ['MET'] });
    expect(metOnly.map((p) => p.nodes.map((n) => n.key))).toContainEqual(['keir starmer', 'sanae takaichi', 'xi jinping']);
    for (const p of metOnly) for (const r of p.relationships) expect(r.type).toBe('MET');
  });

  it('neighbourhood(entity, {depth}) gives the subgraph around it', async () => {
    const one = await q.neighbourhood('keir starmer', { depth: 1 });
    const direct = gold.filter((g) => involves(g, 'keir starmer'));
    expect(sorted(one.nodes.map((n) => n.key))).toEqual(sorted(['keir starmer', ...direct.map((g) => otherEnd(g, 'keir starmer'))]));
    expect(one.relationships.length).toBe(new Set(direct.map((g) => `${g.predicate} ${[g.subject.key, g.object.key].sort()} ${g.title ?? ''}`)).size);
    const two = await q.neighbourhood('keir starmer', { depth: 2, limit: null });
    expect(two.nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['xi jinping', 'pham minh chinh']));
    const ids = new Set(two.nodes.map((n) => n.id));
    for (const r of two.relationships) expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    const metOnly = await q.neighbourhood('keir starmer', { depth: 2, types: ['MET'] });
    expect(sorted(metOnly.nodes.map((n) => n.key))).toEqual(sorted(['keir starmer', 'sanae takaichi', 'luis montenegro', 'xi jinping', 'pham minh chinh']));
    const before2026 = await q.neighbourhood('keir starmer', { depth: 1, to: '2025-12-31' });
    for (const r of before2026.relationships) expect(r.firstDate! <= '2025-12-31').toBe(true);
  });

  it('neighbourhood keeps the strongest facts of each hop, and says that it cut and how many facts the walk found', async () => {
    type Rel = Subgraph['relationships'][number];
    // a sort comparator, strongest first: most stories (ties at the cut in the database's order)
    const stronger = (a: Rel, b: Rel) => b.articleCount - a.articleCount;
    const strongestFirst = (rs: Rel[]) => rs.every((r, i) => i === 0 || stronger(rs[i - 1]!, r) <= 0);
    const touches = (r: Rel, id: string) => r.source === id || r.target === id;

    const all = await q.neighbourhood('JPN', { depth: 1, limit: null });
    expect(all).toMatchObject({ limit: null, truncated: false, foundFacts: all.relationships.length });
    expect(all.relationships.length).toBeGreaterThan(5);
    const top = await q.neighbourhood('JPN', { depth: 1, limit: 5 });
    expect(top).toMatchObject({ limit: 5, truncated: true, foundFacts: all.relationships.length });
    expect(top.relationships).toHaveLength(5);
    expect(strongestFirst(top.relationships)).toBe(true);
    const kept = new Set(top.relationships.map((r) => r.id));
    const weakest = top.relationships.at(-1)!;
    for (const r of all.relationships) if (!kept.has(r.id)) expect(stronger(r, weakest)).toBeGreaterThanOrEqual(0);
    expect(sorted(top.nodes.map((n) => n.id))).toEqual(sorted(top.relationships.flatMap((r) => [r.source, r.target])));

    // depth 2, hop 1 not cut: hop 2 starts from every neighbour, keeps its 5 strongest, and the count is the whole neighbourhood's
    const full = await q.neighbourhood('keir starmer', { depth: 2, limit: null });
    const two = await q.neighbourhood('keir starmer', { depth: 2, limit: 5 });
    const start = 'Person:keir starmer';
    const hop1 = full.relationships.filter((r) => touches(r, start));
    expect(two).toMatchObject({ truncated: true, foundFacts: full.relationships.length });
    expect(sorted(two.relationships.slice(0, hop1.length).map((r) => r.id))).toEqual(sorted(hop1.map((r) => r.id)));
    expect(strongestFirst(two.relationships.slice(0, hop1.length))).toBe(true);
    const hop2 = two.relationships.slice(hop1.length);
    expect(hop2).toHaveLength(5);
    expect(strongestFirst(hop2)).toBe(true);
    const fullIds = new Set(full.relationships.map((r) => r.id));
    const reached = new Set(hop1.flatMap((r) => [r.source, r.target]));
    for (const r of hop2) {
      expect(fullIds.has(r.id)).toBe(true);
      expect(touches(r, start)).toBe(false);
      expect(reached.has(r.source) || reached.has(r.target)).toBe(true);
    }
    const hop2Kept = new Set(hop2.map((r) => r.id));
    for (const r of full.relationships) if (!touches(r, start) && !hop2Kept.has(r.id)) expect(stronger(r, hop2.at(-1)!)).toBeGreaterThanOrEqual(0);

    // hop 1 cut: hop 2 starts only from the nodes kept
    const narrow = await q.neighbourhood('JPN', { depth: 2, limit: 3 });
    const keptNodes = new Set(narrow.relationships.slice(0, 3).flatMap((r) => [r.source, r.target]));
    for (const r of narrow.relationships.slice(3)) expect(keptNodes.has(r.source) || keptNodes.has(r.target)).toBe(true);
    expect(narrow.truncated).toBe(true);
    expect(narrow.foundFacts).toBeGreaterThan(narrow.relationships.length);

    // the default cap: NEIGHBOURHOOD_LIMIT facts per hop
    const whole = await q.neighbourhood('JPN', { depth: 2, limit: null });
    const byDefault = await q.neighbourhood('JPN', { depth: 2 });
    const direct = whole.relationships.filter((r) => touches(r, 'Country:JPN')).length;
    expect(direct).toBeLessThanOrEqual(NEIGHBOURHOOD_LIMIT);
    expect(byDefault).toMatchObject({ limit: NEIGHBOURHOOD_LIMIT, truncated: whole.relationships.length - direct > NEIGHBOURHOOD_LIMIT, foundFacts: whole.relationships.length });
    expect(byDefault.relationships).toHaveLength(direct + Math.min(NEIGHBOURHOOD_LIMIT, whole.relationships.length - direct));
    await expect(q.neighbourhood('JPN', { depth: 2, limit: 0 })).rejects.toThrow(/limit/);
  });

  it('neighbourhood lists at most `articleIds` story ids per fact; articleCount keeps the number, null lists them all', async () => {
    const many = (await q.neighbourhood('JPN', { depth: 1, limit: null, articleIds: null })).relationships;
    expect(many.some((r) => r.articleCount > 2)).toBe(true);
    for (const r of many) expect(r.articleIds).toHaveLength(r.articleCount);
    const few = (await q.neighbourhood('JPN', { depth: 1, limit: null, articleIds: 2 })).relationships;
    const full = new Map(many.map((r) => [r.id, r]));
    for (const r of few) {
      expect(r.articleIds).toHaveLength(Math.min(2, r.articleCount));
      expect(r.articleCount).toBe(full.get(r.id)!.articleCount);
      for (const a of r.articleIds) expect(full.get(r.id)!.articleIds).toContain(a);
    }
    const byDefault = (await q.neighbourhood('JPN', { depth: 1 })).relationships;
    for (const r of byDefault) expect(r.articleIds).toHaveLength(Math.min(NEIGHBOURHOOD_ARTICLE_IDS, r.articleCount));
  });

  it('timeline(entity) gives every dated fact in date order', async () => {
    const rows = await q.timeline('keir starmer');
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    expect(rows).toContainEqual(expect.objectContaining({ date: '2026-01-31', predicate: 'MET', object: expect.objectContaining({ key: 'sanae takaichi' }), articleIds: [TOKYO_STORY] }));
    const dated = gold.filter((g) => involves(g, 'keir starmer') && g.date);
    expect(rows.reduce((n, r) => n + r.evidenceCount, 0)).toBe(dated.length);
    expect((await q.timeline('keir starmer', { from: '2026-02' })).every((r) => r.date >= '2026-02')).toBe(true);
  });

  it('evidence(fact) gives the stories and sentences behind a fact, whichever way a symmetric fact is asked', async () => {
    const ev = await q.evidence({ predicate: 'MET', subject: 'sanae takaichi', object: 'keir starmer' });
    const g = gold.find((x) => x.predicate === 'MET' && involves(x, 'keir starmer') && involves(x, 'sanae takaichi'))!;
    expect(ev).toMatchObject({ evidenceCount: 1, articleIds: [TOKYO_STORY] });
    expect(ev.claims[0]).toMatchObject({ articleId: TOKYO_STORY, date: '2026-01-31', sentence: g.evidence, source: 'ANI', published: '2026-02-01' });
    const office = await q.evidence({ predicate: 'HOLDS_OFFICE', subject: 'keir starmer', object: 'GBR', title: 'Prime Minister' });
    expect(sorted(office.articleIds)).toEqual(sorted(gold.filter((x) => x.predicate === 'HOLDS_OFFICE' && x.subject.key === 'keir starmer').map((x) => x.article)));
  });

  it('search(text) finds entities whatever the case, the accents, or with the surname alone', async () => {
    expect((await q.search('STARMER'))[0]!.entity.key).toBe('keir starmer');
    expect((await q.search('erdogan'))[0]!.entity.key).toBe('recep tayyip erdogan');
    expect((await q.search('Radoslaw Sikorski'))[0]!.entity.key).toBe('radoslaw sikorski');
    expect((await q.search('Szijjarto'))[0]!.entity.name).toBe('Péter Szijjártó');
    expect((await q.search('japan'))[0]!.entity).toMatchObject({ label: 'Country', key: 'JPN' });
    expect((await q.search('critical minerals', { labels: ['Sector'] }))[0]!.entity.key).toBe('critical-minerals');
  });

  it('addresses entities by name as well as by key', async () => {
    expect(await q.counterparts('Keir Starmer')).toEqual(await q.counterparts('keir starmer'));
    expect((await q.officesOf('Takaichi'))[0]!.person.key).toBe('sanae takaichi');
    expect((await q.cooperation({ country: 'Japan' })).length).toBeGreaterThan(0);
  });

  it('an unknown entity raises EntityNotFoundError with close matches, not an empty success', async () => {
    const err = await q.counterparts('Boris Starmer').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EntityNotFoundError);
    expect((err as EntityNotFoundError).closeMatches.join(' ')).toContain('Keir Starmer');
    await expect(q.neighbourhood('zzqx', { depth: 1 })).rejects.toBeInstanceOf(EntityNotFoundError);
    await expect(q.officeHolders({ country: 'Atlantis' })).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});

describe('every traversal finds its start node through an index', () => {
  beforeAll(async () => {
    // plans cached while another test file had the database empty or its schema dropped would
    // answer for the graph of then; plan afresh against the loaded graph and its online indexes
    await t.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: t.db.database });
    await t.driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: t.db.database });
  });
  const params: Record<string, Record<string, unknown>> = {
    meetings: { person: 'keir starmer' },
    'meetings-by-country': { country: 'JPN' },
    counterparts: { person: 'keir starmer' },
    'office-holders': { country: 'GBR', asOf: '2026-02-01' },
    'offices-of': { person: 'keir starmer' },
    cooperation: { country: 'JPN' },
    'partners-on': { sector: 'critical-minerals' },
    'partners-on-dated': { sector: 'critical-minerals', from: '2026-01-01' },
    'shared-sectors': { countryA: 'JPN', countryB: 'GBR' },
    path: { source: 'keir starmer', target: 'narendra modi', maxHops: 4, limit: 10 },
    neighbourhood: { key: 'keir starmer', depth: 3, limit: 100 },
    timeline: { key: 'keir starmer', limit: 100 },
    evidence: { predicate: 'MET', subject: 'keir starmer', object: 'sanae takaichi' },
    search: { query: 'starmer', limit: 10 },
  };
  const operators = (plan: { operatorType: string; children?: unknown[] }, out: string[] = []): string[] => {
    out.push(plan.operatorType.replace(/@.*$/, ''));
    for (const c of plan.children ?? []) operators(c as typeof plan, out);
    return out;
  };
  for (const [name, p] of Object.entries(params)) {
    it(`${name}: the plan seeks an index and scans no label or store`, async () => {
      const file = queryFile(name.replace(/-(by-country|dated)$/, ''));
      const { summary } = await t.driver.executeQuery('EXPLAIN ' + file.text, bindParameters(file, p), { database: t.db.database });
      const ops = operators(summary.plan as never);
      if (name === 'search') expect(ops).toContain('ProcedureCall');
      else expect(ops.some((o) => o === 'NodeUniqueIndexSeek' || o === 'NodeIndexSeek')).toBe(true);
      for (const scan of ['AllNodesScan', 'NodeByLabelScan', 'NodeIndexScan', 'DirectedRelationshipTypeScan', 'UndirectedRelationshipTypeScan']) expect(ops).not.toContain(scan);
    });
  }
});
