import type { Driver } from 'neo4j-driver';
import { FACT_TYPES } from '@wiregraph/core';

/**
 * What makes two graphs the same wiregraph graph: node counts by label and relationship counts
 * by type; every fact with all its aggregates; every claim's hash (which covers everything the
 * claim says); every entity's name and aliases; every article's metadata. Used to show that the
 * bulk import and the loader build the same graph from the same triples.
 *
 * articleIds and partners are sets: the loader appends to them batch by batch, so their order
 * depends on where batches happen to end; they are compared sorted.
 */
export interface GraphFingerprint {
  counts: Record<string, number>;
  facts: Record<string, Record<string, unknown>>;
  claims: Record<string, string>;
  entities: Record<string, Record<string, unknown>>;
  articles: Record<string, Record<string, unknown>>;
}

const SET_PROPERTIES = new Set(['articleIds', 'partners']);

function canonical(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .map(([k, v]) => [k, Array.isArray(v) && SET_PROPERTIES.has(k) ? [...v].sort() : v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

export async function graphFingerprint(driver: Driver, database?: string): Promise<GraphFingerprint> {
  const rows = async (text: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(text, params, { database })).records.map((r) => r.toObject() as Record<string, unknown>);
  const sortedObject = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

  const counts: [string, number][] = [];
  for (const r of await rows('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n')) counts.push([`(:${r.l})`, Number(r.n)]);
  for (const r of await rows('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n')) counts.push([`[:${r.t}]`, Number(r.n)]);

  const facts = await rows(
    `MATCH (s)-[r]->(o) WHERE type(r) IN $types
     RETURN coalesce(s.key, s.iso3) + ' ' + type(r) + ' ' + coalesce(o.key, o.iso3) + ' ' + coalesce(r.title, '') AS fact, properties(r) AS p`,
    { types: [...FACT_TYPES] },
  );
  const claims = await rows('MATCH (c:Claim) RETURN c.id AS id, c.hash AS hash');
  const entities = await rows(
    `MATCH (n) WHERE n:Person OR n:Country OR n:Sector OR n:Organization
     RETURN labels(n)[0] + ':' + coalesce(n.key, n.iso3) AS id, properties(n) AS p`,
  );
  const articles = await rows('MATCH (a:Article) RETURN a.id AS id, properties(a) AS p');
  return {
    counts: sortedObject(counts),
    facts: sortedObject(facts.map((f) => [String(f.fact), canonical(f.p as Record<string, unknown>)])),
    claims: sortedObject(claims.map((c) => [String(c.id), String(c.hash)])),
    entities: sortedObject(entities.map((e) => [String(e.id), canonical(e.p as Record<string, unknown>)])),
    articles: sortedObject(articles.map((a) => [String(a.id), canonical(a.p as Record<string, unknown>)])),
  };
}
