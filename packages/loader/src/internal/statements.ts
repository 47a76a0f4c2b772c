import {
  ENTITY_LABELS,
  FACT_TYPES,
  PREDICATE_SIGNATURES,
  assertNodeLabel,
  assertRelationshipType,
  type EntityType,
  type Predicate,
} from '@wiregraph/core';
import { CLAIM_FIELDS, keyPropertyOf } from './rows.js';

/**
 * Every Cypher statement the loader runs. Each has a fixed shape: values only ever arrive as
 * parameters ($rows), and labels and relationship types only from core's fixed list (checked by
 * assertNodeLabel / assertRelationshipType), so no input can change what a statement does.
 * Snapshot tests pin every text here; a diff of those snapshots is a diff of the Cypher.
 */

const label = (l: string) => assertNodeLabel(l);
const relType = (t: string) => assertRelationshipType(t);

/**
 * Articles: MERGE on id; metadata is set only when the caller gave it (a triples-only load keeps
 * what is there). `SET a:Article` changes nothing but takes the article's write lock, so `known`
 * (does it assert or mention anything yet?) is read after any concurrent writer of the same
 * article has committed: an article that is not known gets its claims and mentions with CREATE.
 * Returns each node's element id, which the later statements of the transaction match on.
 */
export const MERGE_ARTICLES = `UNWIND $rows AS row
MERGE (a:${label('Article')} {id: row.id})
SET a:${label('Article')}
FOREACH (m IN CASE WHEN row.meta IS NULL THEN [] ELSE [row.meta] END |
  SET a.source = m.source, a.url = m.url, a.title = m.title, a.published = m.published,
      a.dateline = m.dateline, a.datelineCountry = m.datelineCountry, a.format = m.format)
RETURN row.id AS id, elementId(a) AS node, EXISTS { (a)-[:${relType('ASSERTS')}|${relType('MENTIONS')}]->() } AS known`;

/**
 * Entities: MERGE on the unique key; the first name seen becomes `name`, later different
 * spellings are appended to `aliases` (so full-text search finds "Lula" and "Luiz Inácio Lula da Silva").
 * The alias SET reads `aliases` in its own expression, so Cypher takes the node's write lock before
 * reading (no alias lost to a concurrent loader); a node with nothing new is not written, hence not
 * locked. Returns each node's element id for the claim, mention and fact statements.
 */
export function mergeEntities(type: EntityType): string {
  const key = keyPropertyOf(type);
  const iso2 = type === 'Country' ? ', n.iso2 = row.iso2' : '';
  return `UNWIND $rows AS row
MERGE (n:${label(type)} {${key}: row.key})
ON CREATE SET n.name = row.names[0], n.aliases = []${iso2}
WITH n, row, [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])] AS extra
FOREACH (_ IN CASE WHEN size(extra) > 0 THEN [1] ELSE [] END |
  SET n.aliases = coalesce(n.aliases, []) + [x IN extra WHERE NOT x IN coalesce(n.aliases, [])])
RETURN row.key AS key, elementId(n) AS node`;
}

/**
 * Stale claims of re-loaded articles (a corrected story keeps its id): every claim the article
 * asserted before that it does not assert now. Returns the facts they supported, which are then
 * recomputed from the claims that remain.
 */
export const DELETE_STALE_CLAIMS = `UNWIND $rows AS row
MATCH (:${label('Article')} {id: row.article})-[:${relType('ASSERTS')}]->(c:${label('Claim')})
WHERE NOT c.id IN row.claimIds
WITH c, c.predicate AS predicate, c.factKey AS factKey, c.subjectKey AS start, c.objectKey AS end, coalesce(c.title, '') AS title
DETACH DELETE c
RETURN predicate, factKey, start, end, title`;

/**
 * Stale MENTIONS of re-loaded articles. Returns the people and organisations that lost one:
 * once the batch's facts are recomputed, those that no story names any more are deleted.
 */
export const DELETE_STALE_MENTIONS = `UNWIND $rows AS row
MATCH (:${label('Article')} {id: row.article})-[m:${relType('MENTIONS')}]->(e)
WITH m, e, row, CASE
  WHEN e:${label('Person')} THEN 'Person:' + e.key
  WHEN e:${label('Country')} THEN 'Country:' + e.iso3
  WHEN e:${label('Sector')} THEN 'Sector:' + e.key
  WHEN e:${label('Organization')} THEN 'Organization:' + e.key
END AS ref
WHERE NOT ref IN row.keep
DELETE m
WITH e WHERE e:${label('Person')} OR e:${label('Organization')}
RETURN DISTINCT CASE WHEN e:${label('Person')} THEN 'Person' ELSE 'Organization' END AS label, e.key AS key`;

/** People and organisations left with no relationship at all (countries and sectors are reference data and stay). */
export function deleteOrphans(type: 'Person' | 'Organization'): string {
  return `UNWIND $rows AS row
MATCH (e:${label(type)} {key: row.key})
WHERE NOT EXISTS { (e)--() }
DELETE e`;
}

/**
 * A claim row is a list, [article node, subject node, object node, ...the claim's values in
 * CLAIM_FIELDS order] (see claimValues: a list packs at half the cost of a map). These name its
 * columns, so the statements read as properties rather than positions.
 */
const claimColumn = (field: (typeof CLAIM_FIELDS)[number]) => `row[${3 + CLAIM_FIELDS.indexOf(field)}]`;
const claimMap = () => {
  const pairs = CLAIM_FIELDS.map((f) => `${f}: ${claimColumn(f)}`);
  const lines: string[] = [];
  for (let i = 0; i < pairs.length; i += 4) lines.push(pairs.slice(i, i + 4).join(', '));
  return `{${lines.join(',\n  ')}}`;
};
const claimEnds = `MATCH (a:${label('Article')}) WHERE elementId(a) = row[0]
MATCH (s) WHERE elementId(s) = row[1]
MATCH (o) WHERE elementId(o) = row[2]`;

/**
 * Claims of articles that assert nothing yet (new stories, the common case): every claim is new,
 * so it is CREATEd with its ASSERTS, SUBJECT and OBJECT links, with no lookup of its own. The
 * article's write lock (MERGE_ARTICLES) keeps a concurrent loader of the same article out until
 * this one commits, and the claim-id constraint would refuse a duplicate anyway. Rows carry the
 * element ids of the article, subject and object and the claim's values, for all predicates at
 * once; a null value is not stored.
 */
export const CREATE_CLAIMS = `UNWIND $rows AS row
${claimEnds}
CREATE (a)-[:${relType('ASSERTS')}]->(c:${label('Claim')} ${claimMap()})-[:${relType('SUBJECT')}]->(s),
  (c)-[:${relType('OBJECT')}]->(o)`;

/**
 * Claims of articles already written (a re-load, a corrected story, a later run of the same
 * article): MERGE on the id; a claim whose hash is unchanged is left alone. Returns the claims it
 * created or changed, whose facts are then updated. A claim's id fixes its article, subject and
 * object, so its links are created once, with the node (CREATE, not MERGE: a new node has no
 * relationships to match; the unique constraint makes a concurrent MERGE of the same id wait and
 * then see it as existing). `SET c = {…}` replaces every property: one the claim no longer has
 * (null) is removed.
 */
export const MERGE_CLAIMS = `UNWIND $rows AS row
${claimEnds}
MERGE (c:${label('Claim')} {id: ${claimColumn('id')}})
WITH a, s, o, c, row, c.hash AS previous
WHERE previous IS NULL OR previous <> ${claimColumn('hash')}
SET c = ${claimMap()}
FOREACH (_ IN CASE WHEN previous IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:${relType('ASSERTS')}]->(c), (c)-[:${relType('SUBJECT')}]->(s), (c)-[:${relType('OBJECT')}]->(o))
RETURN ${claimColumn('id')} AS id, previous IS NULL AS created`;

/** (:Article)-[:MENTIONS]->(entity) of an article that mentions nothing yet: nothing to match, so CREATE. */
export const CREATE_MENTIONS = `UNWIND $rows AS row
MATCH (a:${label('Article')}) WHERE elementId(a) = row.a
MATCH (e) WHERE elementId(e) = row.e
CREATE (a)-[:${relType('MENTIONS')}]->(e)`;

/** (:Article)-[:MENTIONS]->(entity) of an article already written: MERGE. */
export const MERGE_MENTIONS = `UNWIND $rows AS row
MATCH (a:${label('Article')}) WHERE elementId(a) = row.a
MATCH (e) WHERE elementId(e) = row.e
MERGE (a)-[:${relType('MENTIONS')}]->(e)`;

/** The aggregate part shared by both fact statements: everything recomputed from the claims that remain. */
function factAggregates(): string {
  // Taking r's write lock (the first SET) before reading the claims serialises concurrent loaders
  // on one fact: the last writer reads every committed claim, so no update is lost.
  return `SET r.claimCount = coalesce(r.claimCount, 0)
WITH r, row
OPTIONAL MATCH (c:${label('Claim')} {factKey: row.factKey})
WITH r, row, c ORDER BY c.article
WITH r, row, count(c) AS claimCount, min(c.date) AS firstDate, max(c.date) AS lastDate,
     collect(DISTINCT c.article) AS articleIds, collect(c.partners) AS partnerLists`;
}

function factSet(predicate: Predicate): string {
  const office = predicate === 'HOLDS_OFFICE' ? ',\n    r.from = firstDate, r.to = lastDate' : '';
  const partners = predicate === 'COOPERATES_ON'
    ? `,\n    r.partners = reduce(acc = [], p IN reduce(all = [], l IN partnerLists | all + coalesce(l, [])) | CASE WHEN p IN acc THEN acc ELSE acc + p END)`
    : '';
  return `SET r.firstDate = firstDate, r.lastDate = lastDate, r.articleCount = size(articleIds),
    r.articleIds = articleIds, r.claimCount = claimCount${office}${partners}`;
}

function factPattern(predicate: Predicate, verb: 'MERGE' | 'MATCH'): string {
  const sig = PREDICATE_SIGNATURES[predicate];
  const t = relType(predicate);
  const rel = predicate === 'HOLDS_OFFICE' ? `[r:${t} {title: row.title}]` : `[r:${t}]`;
  return `UNWIND $rows AS row
MATCH (s:${label(sig.subject)} {${keyPropertyOf(sig.subject)}: row.start})
MATCH (o:${label(sig.object)} {${keyPropertyOf(sig.object)}: row.end})
${verb} (s)-${rel}->(o)`;
}

/** Facts a created or changed claim supports: MERGE the relationship and recompute its aggregates. */
export function upsertFacts(predicate: Predicate): string {
  return `${factPattern(predicate, 'MERGE')}
${factAggregates()}
${factSet(predicate)}`;
}

/** Facts that lost a claim: recompute from the claims left, or delete the fact when none is left. */
export function pruneFacts(predicate: Predicate): string {
  return `${factPattern(predicate, 'MATCH')}
${factAggregates()}
FOREACH (_ IN CASE WHEN claimCount = 0 THEN [1] ELSE [] END | DELETE r)
WITH r, claimCount, firstDate, lastDate, articleIds, partnerLists
WHERE claimCount > 0
${factSet(predicate)}`;
}

/**
 * Facts whose claims in this batch are all new (the common case: fresh stories) are updated
 * incrementally, one statement per type, between the element ids of their ends. The first SET
 * reads claimCount in its own expression, so Cypher takes the relationship's write lock before
 * that read; `properties(r)` is then read after the SET (it must see it), so under the lock: the
 * committed aggregates, to which the batch's new claims are added. Concurrent loaders therefore
 * cannot lose an update, and rows sorted by fact key make them lock in one order. Other facts are
 * recomputed from their claims (upsertFacts, pruneFacts).
 */
export function addToFacts(predicate: Predicate): string {
  const t = relType(predicate);
  const rel = predicate === 'HOLDS_OFFICE' ? `[r:${t} {title: row.title}]` : `[r:${t}]`;
  const office = predicate === 'HOLDS_OFFICE' ? ',\n    r.from = firstDate, r.to = lastDate' : '';
  const partners = predicate === 'COOPERATES_ON'
    ? ',\n    r.partners = coalesce(cur.partners, []) + [p IN row.partners WHERE NOT p IN coalesce(cur.partners, [])]'
    : '';
  return `UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.s
MATCH (o) WHERE elementId(o) = row.o
MERGE (s)-${rel}->(o)
SET r.claimCount = coalesce(r.claimCount, 0)
WITH r, row, properties(r) AS cur
WITH r, row, cur,
     CASE WHEN cur.firstDate IS NULL OR row.firstDate < cur.firstDate THEN coalesce(row.firstDate, cur.firstDate) ELSE cur.firstDate END AS firstDate,
     CASE WHEN cur.lastDate IS NULL OR row.lastDate > cur.lastDate THEN coalesce(row.lastDate, cur.lastDate) ELSE cur.lastDate END AS lastDate,
     coalesce(cur.articleIds, []) + [a IN row.articleIds WHERE NOT a IN coalesce(cur.articleIds, [])] AS articleIds
SET r.firstDate = firstDate, r.lastDate = lastDate, r.articleIds = articleIds, r.articleCount = size(articleIds),
    r.claimCount = cur.claimCount + row.claimCount${office}${partners}`;
}

/** Reference data: every ISO country, kept current (names from the reference win; aliases from stories are kept). */
export const MERGE_REFERENCE_COUNTRIES = `UNWIND $rows AS row
MERGE (n:${label('Country')} {iso3: row.iso3})
SET n.iso2 = row.iso2, n.name = row.name,
    n.aliases = row.aliases + [x IN coalesce(n.aliases, []) WHERE NOT x IN row.aliases AND x <> row.name]`;

/** Reference data: every sector of sectors.yaml; its cue words are its aliases, for full-text search. */
export const MERGE_REFERENCE_SECTORS = `UNWIND $rows AS row
MERGE (n:${label('Sector')} {key: row.key})
SET n.name = row.name,
    n.aliases = row.aliases + [x IN coalesce(n.aliases, []) WHERE NOT x IN row.aliases AND x <> row.name]`;

/** Every statement text, by a stable name: what the snapshot test pins. */
export function allStatements(): Record<string, string> {
  const out: Record<string, string> = {
    MERGE_ARTICLES,
    DELETE_STALE_CLAIMS,
    DELETE_STALE_MENTIONS,
    CREATE_CLAIMS,
    MERGE_CLAIMS,
    CREATE_MENTIONS,
    MERGE_MENTIONS,
    MERGE_REFERENCE_COUNTRIES,
    MERGE_REFERENCE_SECTORS,
  };
  for (const l of ENTITY_LABELS) out[`mergeEntities(${l})`] = mergeEntities(l);
  for (const l of ['Person', 'Organization'] as const) out[`deleteOrphans(${l})`] = deleteOrphans(l);
  for (const p of FACT_TYPES) {
    out[`upsertFacts(${p})`] = upsertFacts(p);
    out[`pruneFacts(${p})`] = pruneFacts(p);
    out[`addToFacts(${p})`] = addToFacts(p);
  }
  return out;
}
