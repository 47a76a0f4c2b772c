import {
  ENTITY_LABELS,
  FACT_TYPES,
  PREDICATE_SIGNATURES,
  assertNodeLabel,
  assertRelationshipType,
  type EntityType,
  type Predicate,
} from '@wiregraph/core';
import { keyPropertyOf } from './rows.js';

/**
 * Every Cypher statement the loader runs. Each has a fixed shape: values only ever arrive as
 * parameters ($rows), and labels and relationship types only from core's fixed list (checked by
 * assertNodeLabel / assertRelationshipType), so no input can change what a statement does.
 * Snapshot tests pin every text here; a diff of those snapshots is a diff of the Cypher.
 */

const label = (l: string) => assertNodeLabel(l);
const relType = (t: string) => assertRelationshipType(t);

/** Articles: MERGE on id; metadata is set only when the caller gave it (a triples-only load keeps what is there). */
export const MERGE_ARTICLES = `UNWIND $rows AS row
MERGE (a:${label('Article')} {id: row.id})
WITH a, row WHERE row.meta IS NOT NULL
SET a.source = row.meta.source, a.url = row.meta.url, a.title = row.meta.title,
    a.published = row.meta.published, a.dateline = row.meta.dateline,
    a.datelineCountry = row.meta.datelineCountry, a.format = row.meta.format`;

/**
 * Entities: MERGE on the unique key; the first name seen becomes `name`, later different
 * spellings are appended to `aliases` (so full-text search finds "Lula" and "Luiz Inácio Lula da Silva").
 */
export function mergeEntities(type: EntityType): string {
  const key = keyPropertyOf(type);
  const iso2 = type === 'Country' ? ', n.iso2 = row.iso2' : '';
  return `UNWIND $rows AS row
MERGE (n:${label(type)} {${key}: row.key})
ON CREATE SET n.name = row.names[0], n.aliases = []${iso2}
WITH n, [x IN row.names WHERE x <> n.name AND NOT x IN coalesce(n.aliases, [])] AS extra
WHERE size(extra) > 0
SET n.aliases = coalesce(n.aliases, []) + extra`;
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
 * Claims of one predicate, with their ASSERTS, SUBJECT and OBJECT links. A claim whose hash
 * is unchanged is left alone; the statement returns the claims it created or changed, whose
 * facts are then recomputed. A claim's id fixes its article, subject and object, so its links
 * are created once, with the node (CREATE, not MERGE: a new node has no relationships to match;
 * the unique constraint makes a concurrent MERGE of the same id wait and then see it as existing).
 */
export function mergeClaims(predicate: Predicate): string {
  const sig = PREDICATE_SIGNATURES[predicate];
  return `UNWIND $rows AS row
MATCH (a:${label('Article')} {id: row.article})
MATCH (s:${label(sig.subject)} {${keyPropertyOf(sig.subject)}: row.subjectKey})
MATCH (o:${label(sig.object)} {${keyPropertyOf(sig.object)}: row.objectKey})
MERGE (c:${label('Claim')} {id: row.id})
WITH a, s, o, c, row, c.hash AS previous
WHERE previous IS NULL OR previous <> row.hash
SET c.article = row.article, c.predicate = row.predicate, c.subjectKey = row.subjectKey,
    c.objectKey = row.objectKey, c.factKey = row.factKey, c.date = row.date, c.evidence = row.evidence,
    c.sentence = toInteger(row.sentence), c.start = toInteger(row.start), c.end = toInteger(row.end),
    c.confidence = toFloat(row.confidence), c.rule = row.rule, c.title = row.title,
    c.partners = row.partners, c.hash = row.hash
FOREACH (_ IN CASE WHEN previous IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:${relType('ASSERTS')}]->(c), (c)-[:${relType('SUBJECT')}]->(s), (c)-[:${relType('OBJECT')}]->(o))
RETURN row.id AS id, row.factKey AS factKey, previous IS NULL AS created`;
}

/** (:Article)-[:MENTIONS]->(entity) for one entity label. */
export function mergeMentions(type: EntityType): string {
  return `UNWIND $rows AS row
MATCH (a:${label('Article')} {id: row.article})
MATCH (e:${label(type)} {${keyPropertyOf(type)}: row.key})
MERGE (a)-[:${relType('MENTIONS')}]->(e)`;
}

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
 * incrementally in two statements. The first MERGEs each relationship and takes its write lock;
 * the second, a separate statement run once every lock is held, reads the committed aggregates
 * and adds the new claims to them. Splitting them guarantees the read happens under the lock, so
 * concurrent loaders cannot lose an update; other facts are recomputed from their claims.
 */
export function lockFacts(predicate: Predicate): string {
  return `${factPattern(predicate, 'MERGE')}
SET r.claimCount = coalesce(r.claimCount, 0)`;
}

export function addToFacts(predicate: Predicate): string {
  const office = predicate === 'HOLDS_OFFICE' ? ',\n    r.from = firstDate, r.to = lastDate' : '';
  const partners = predicate === 'COOPERATES_ON'
    ? ',\n    r.partners = coalesce(r.partners, []) + [p IN row.partners WHERE NOT p IN coalesce(r.partners, [])]'
    : '';
  return `${factPattern(predicate, 'MATCH')}
WITH r, row, CASE WHEN r.firstDate IS NULL OR row.firstDate < r.firstDate THEN coalesce(row.firstDate, r.firstDate) ELSE r.firstDate END AS firstDate,
     CASE WHEN r.lastDate IS NULL OR row.lastDate > r.lastDate THEN coalesce(row.lastDate, r.lastDate) ELSE r.lastDate END AS lastDate,
     coalesce(r.articleIds, []) + [a IN row.articleIds WHERE NOT a IN coalesce(r.articleIds, [])] AS articleIds
SET r.firstDate = firstDate, r.lastDate = lastDate, r.articleIds = articleIds, r.articleCount = size(articleIds),
    r.claimCount = r.claimCount + row.claimCount${office}${partners}`;
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
    MERGE_REFERENCE_COUNTRIES,
    MERGE_REFERENCE_SECTORS,
  };
  for (const l of ENTITY_LABELS) out[`mergeEntities(${l})`] = mergeEntities(l);
  for (const l of ENTITY_LABELS) out[`mergeMentions(${l})`] = mergeMentions(l);
  for (const l of ['Person', 'Organization'] as const) out[`deleteOrphans(${l})`] = deleteOrphans(l);
  for (const p of FACT_TYPES) {
    out[`mergeClaims(${p})`] = mergeClaims(p);
    out[`upsertFacts(${p})`] = upsertFacts(p);
    out[`pruneFacts(${p})`] = pruneFacts(p);
    out[`lockFacts(${p})`] = lockFacts(p);
    out[`addToFacts(${p})`] = addToFacts(p);
  }
  return out;
}
