import { assertNodeLabel, assertRelationshipType } from '@wiregraph/core';

/**
 * The Cypher of person resolution. Values only ever arrive as parameters; labels and types come
 * from core's fixed list. Facts are recomputed with the loader's own fact statements
 * (upsertFacts, pruneFacts), so their aggregates are always what their claims give.
 */
const label = (l: string) => assertNodeLabel(l);
const rel = (t: string) => assertRelationshipType(t);

/**
 * Every Person with its name forms, keep-apart keys and offices: what resolution decides on. A
 * one-word key also brings the people its stories name (only those few nodes pay for it).
 */
export const READ_PEOPLE = `MATCH (p:${label('Person')})
OPTIONAL MATCH (p)-[h:${rel('HOLDS_OFFICE')}]->(c:${label('Country')})
WITH p, collect(CASE WHEN c IS NULL THEN null ELSE {country: c.iso3, title: coalesce(h.title, ''), from: h.from, to: h.to, articles: coalesce(h.articleIds, [])} END) AS offices
CALL {
  WITH p
  WITH p WHERE NOT p.key CONTAINS $wordBreak
  MATCH (p)<-[:${rel('MENTIONS')}]-(:${label('Article')})-[:${rel('MENTIONS')}]->(q:${label('Person')})
  WHERE q <> p
  RETURN collect(DISTINCT q.key) AS storyPeople
}
RETURN p.key AS key, p.name AS name, coalesce(p.aliases, []) AS aliases, coalesce(p.aliasKeys, []) AS aliasKeys,
  coalesce(p.storyKeys, []) AS storyKeys, coalesce(p.keepApart, []) AS keepApart, coalesce(p.resolution, []) AS log, offices, storyPeople`;

/** The merge log and aliases of every Person that has one: what `resolve --report` lists. */
export const READ_RESOLUTION_LOGS = `MATCH (p:${label('Person')}) WHERE p.resolution IS NOT NULL
RETURN p.key AS key, p.name AS name, p.resolution AS log ORDER BY key`;

export const PERSON_KEYS = `MATCH (p:${label('Person')}) RETURN p.key AS key ORDER BY key`;

/** Claims about the given people, with what a rewrite needs. */
export const CLAIMS_OF_PEOPLE = `UNWIND $keys AS k
MATCH (:${label('Person')} {key: k})<-[:${rel('SUBJECT')}|${rel('OBJECT')}]-(c:${label('Claim')})
RETURN DISTINCT c.id AS id, c.article AS article, c.predicate AS predicate, c.subjectKey AS subjectKey, c.objectKey AS objectKey,
  c.factKey AS factKey, coalesce(c.title, '') AS title, c.subjectWritten AS subjectWritten, c.objectWritten AS objectWritten`;

/** Claims written from a given key that now sit on another node: what a split moves back. */
export const CLAIMS_WRITTEN_AS = `MATCH (:${label('Person')} {key: $into})<-[:${rel('SUBJECT')}|${rel('OBJECT')}]-(c:${label('Claim')})
WHERE c.subjectWritten = $alias OR c.objectWritten = $alias
RETURN DISTINCT c.id AS id, c.article AS article, c.predicate AS predicate, c.subjectKey AS subjectKey, c.objectKey AS objectKey,
  c.factKey AS factKey, coalesce(c.title, '') AS title, c.subjectWritten AS subjectWritten, c.objectWritten AS objectWritten`;

export const EXISTING_CLAIM_IDS = `UNWIND $ids AS id MATCH (c:${label('Claim')} {id: id}) RETURN c.id AS id`;

export const DELETE_CLAIMS = `UNWIND $ids AS id MATCH (c:${label('Claim')} {id: id}) DETACH DELETE c`;

/**
 * A claim moved to other people: new id, ends and fact key; the keys a story wrote are kept in
 * subjectWritten/objectWritten (what a split restores); its SUBJECT and OBJECT links follow.
 */
export const REWRITE_CLAIMS = `UNWIND $rows AS row
MATCH (c:${label('Claim')} {id: row.from})
SET c.id = row.id, c.subjectKey = row.subjectKey, c.objectKey = row.objectKey, c.factKey = row.factKey,
    c.subjectWritten = row.subjectWritten, c.objectWritten = row.objectWritten
WITH c, row
OPTIONAL MATCH (c)-[r:${rel('SUBJECT')}|${rel('OBJECT')}]->(:${label('Person')})
DELETE r
WITH DISTINCT c, row
MATCH (s:${label('Person')} {key: row.subjectKey})
CREATE (c)-[:${rel('SUBJECT')}]->(s)
WITH c, row WHERE row.objectIsPerson
MATCH (o:${label('Person')} {key: row.objectKey})
CREATE (c)-[:${rel('OBJECT')}]->(o)`;

/** Every MENTIONS of a merged node moves to the node it joined. */
export const MOVE_MENTIONS = `UNWIND $rows AS row
MATCH (a:${label('Article')})-[m:${rel('MENTIONS')}]->(:${label('Person')} {key: row.from})
MATCH (n:${label('Person')} {key: row.to})
MERGE (a)-[:${rel('MENTIONS')}]->(n)
DELETE m`;

/** The stories of a bare name read as another person: their MENTIONS of it go to that person. */
export const MOVE_STORY_MENTIONS = `UNWIND $rows AS row
UNWIND row.articles AS id
MATCH (a:${label('Article')} {id: id})-[m:${rel('MENTIONS')}]->(:${label('Person')} {key: row.from})
MATCH (n:${label('Person')} {key: row.to})
MERGE (a)-[:${rel('MENTIONS')}]->(n)
DELETE m`;

/** The person some of a bare name's stories moved to: the bare key (what a split finds it by) and the log. */
export const RECORD_STORY_MOVES = `UNWIND $rows AS row
MATCH (n:${label('Person')} {key: row.to})
SET n.storyKeys = [k IN coalesce(n.storyKeys, []) WHERE k <> row.from] + row.from,
    n.resolution = coalesce(n.resolution, []) + row.log`;

/** A bare name whose every story went to someone else: a node with nothing left. */
export const DELETE_EMPTY_PEOPLE = `UNWIND $keys AS k MATCH (p:${label('Person')} {key: k}) WHERE NOT (p)--() DELETE p`;

/** After a split of a bare name's stories: the person they had moved to no longer answers to it. */
export const FORGET_STORY_KEY = `MATCH (n:${label('Person')} {key: $into}) SET n.storyKeys = [k IN coalesce(n.storyKeys, []) WHERE k <> $alias]`;

/** After a split: the articles of the moved claims mention the restored person, and the other only while a claim of theirs still names it. */
export const SPLIT_MENTIONS = `UNWIND $articles AS id
MATCH (a:${label('Article')} {id: id})
MATCH (p:${label('Person')} {key: $alias})
MERGE (a)-[:${rel('MENTIONS')}]->(p)
WITH a
MATCH (a)-[m:${rel('MENTIONS')}]->(n:${label('Person')} {key: $into})
WHERE NOT EXISTS { (a)-[:${rel('ASSERTS')}]->(:${label('Claim')})-[:${rel('SUBJECT')}|${rel('OBJECT')}]->(n) }
DELETE m`;

/** The node that stays: its aliases, the keys merged into it, keep-apart keys and the resolution log. */
export const UPDATE_PEOPLE = `UNWIND $rows AS row
MATCH (n:${label('Person')} {key: row.key})
SET n.aliases = row.aliases, n.aliasKeys = row.aliasKeys, n.keepApart = row.keepApart, n.storyKeys = coalesce(row.storyKeys, n.storyKeys),
    n.resolution = coalesce(n.resolution, []) + row.log`;

export const DELETE_PEOPLE = `UNWIND $keys AS k MATCH (p:${label('Person')} {key: k}) DETACH DELETE p`;

/** The person a split restores (the claims then move to it). */
export const CREATE_PERSON = `MERGE (p:${label('Person')} {key: $key})
ON CREATE SET p.name = $name, p.aliases = $aliases, p.aliasKeys = []
SET p.keepApart = [k IN coalesce(p.keepApart, []) WHERE NOT k IN $keepApart] + $keepApart,
    p.resolution = coalesce(p.resolution, []) + $log`;

/** The node that answers to a key: its own, or one merged into it. */
export const FIND_PERSON = `MATCH (p:${label('Person')}) WHERE p.key = $key OR $key IN p.aliasKeys OR $key IN coalesce(p.storyKeys, [])
RETURN p.key AS key, p.name AS name, coalesce(p.aliases, []) AS aliases, coalesce(p.aliasKeys, []) AS aliasKeys,
  coalesce(p.storyKeys, []) AS storyKeys, coalesce(p.keepApart, []) AS keepApart, coalesce(p.resolution, []) AS log`;

export function resolutionStatements(): Record<string, string> {
  return { READ_PEOPLE, READ_RESOLUTION_LOGS, PERSON_KEYS, CLAIMS_OF_PEOPLE, CLAIMS_WRITTEN_AS, EXISTING_CLAIM_IDS, DELETE_CLAIMS, REWRITE_CLAIMS, MOVE_MENTIONS, SPLIT_MENTIONS, UPDATE_PEOPLE, DELETE_PEOPLE, CREATE_PERSON, FIND_PERSON, MOVE_STORY_MENTIONS, RECORD_STORY_MOVES, DELETE_EMPTY_PEOPLE, FORGET_STORY_KEY };
}
