import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { FACT_TYPES, loadConfig, type Config, type Triple } from '@wiregraph/core';
import { DEV_CORPUS } from '../../../../scripts/test/corpora.js';
import { testDatabase } from '../../../../scripts/test/neo4j.js';
import { parseTripleLine } from '../../src/parse-triples.js';

export const GOLD_FILE = DEV_CORPUS.gold;

export function goldTriples(): Triple[] {
  return readFileSync(GOLD_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => parseTripleLine(l, GOLD_FILE, i + 1));
}

async function rows(driver: Driver, database: string, text: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(text, params, { database });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

/** Every count a load may change: nodes by label, relationships by type. */
export async function graphCounts(driver: Driver, database: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await rows(driver, database, 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n')) out[`(:${r.l})`] = Number(r.n);
  for (const r of await rows(driver, database, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n')) out[`[:${r.t}]`] = Number(r.n);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Everything a fact relationship carries, keyed by its ends, type and title: for comparing whole graphs. */
export async function factState(driver: Driver, database: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const list = await rows(
    driver,
    database,
    `MATCH (s)-[r]->(o) WHERE type(r) IN $types
     RETURN coalesce(s.key, s.iso3) AS s, type(r) AS t, coalesce(o.key, o.iso3) AS o, properties(r) AS p`,
    { types: [...FACT_TYPES] },
  );
  for (const r of list) {
    const p = r.p as Record<string, unknown>;
    const sorted = Object.fromEntries(
      Object.entries(p)
        .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    out[`${r.s} ${r.t} ${r.o} ${p.title ?? ''}`] = sorted;
  }
  return out;
}

/**
 * Facts whose aggregates disagree with the claims behind them (recomputed here, independently
 * of the loader's Cypher), facts with no claim, and claims with no fact. Empty when consistent.
 */
export async function aggregateProblems(driver: Driver, database: string): Promise<string[]> {
  const problems: string[] = [];
  const facts = await rows(
    driver,
    database,
    `MATCH (s)-[r]->(o) WHERE type(r) IN $types
     OPTIONAL MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
       WHERE c.predicate = type(r) AND coalesce(c.title, '') = coalesce(r.title, '')
     RETURN coalesce(s.key, s.iso3) + ' ' + type(r) + ' ' + coalesce(o.key, o.iso3) + ' ' + coalesce(r.title, '') AS fact,
            properties(r) AS r, collect(c { .date, .article, .partners }) AS claims`,
    { types: [...FACT_TYPES] },
  );
  for (const f of facts) {
    const r = f.r as Record<string, unknown>;
    const claims = f.claims as { date: string | null; article: string; partners: string[] | null }[];
    const dates = claims.map((c) => c.date).filter((d): d is string => d !== null).sort();
    const articles = [...new Set(claims.map((c) => c.article))].sort();
    const expected: Record<string, unknown> = {
      claimCount: claims.length,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      articleCount: articles.length,
      articleIds: articles,
    };
    if (f.fact && String(f.fact).includes(' HOLDS_OFFICE ')) Object.assign(expected, { from: expected.firstDate, to: expected.lastDate });
    if (f.fact && String(f.fact).includes(' COOPERATES_ON ')) expected.partners = [...new Set(claims.flatMap((c) => c.partners ?? []))].sort();
    const actual: Record<string, unknown> = {};
    for (const k of Object.keys(expected)) {
      const v = r[k] ?? null;
      actual[k] = Array.isArray(v) ? [...v].sort() : v;
    }
    if (claims.length === 0) problems.push(`fact without claims: ${f.fact}`);
    else if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${f.fact}: has ${JSON.stringify(actual)}, claims give ${JSON.stringify(expected)}`);
  }
  const orphans = await rows(
    driver,
    database,
    `MATCH (s)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
     WHERE NOT EXISTS { MATCH (s)-[r]->(o) WHERE type(r) = c.predicate AND coalesce(r.title, '') = coalesce(c.title, '') }
     RETURN c.id AS id`,
  );
  for (const o of orphans) problems.push(`claim without fact: ${o.id}`);
  const links = await rows(
    driver,
    database,
    `MATCH (c:Claim)
     WITH c, COUNT { (:Article)-[:ASSERTS]->(c) } AS a, COUNT { (c)-[:SUBJECT]->() } AS s, COUNT { (c)-[:OBJECT]->() } AS o
     WHERE a <> 1 OR s <> 1 OR o <> 1
     RETURN c.id AS id, a, s, o`,
  );
  for (const l of links) problems.push(`claim ${l.id} has ${l.a} ASSERTS, ${l.s} SUBJECT, ${l.o} OBJECT`);
  return problems;
}

/** Pairs of nodes joined twice by the same type (and title): none may exist. */
export async function duplicateRelationships(driver: Driver, database: string): Promise<number> {
  const [r] = await rows(
    driver,
    database,
    `MATCH (a)-[r]->(b)
     WITH a, b, type(r) AS t, coalesce(r.title, '') AS title, count(*) AS n WHERE n > 1
     RETURN count(*) AS duplicates`,
  );
  return Number(r!.duplicates);
}

/** Nodes that share a key within a label: none may exist. */
export async function duplicateNodes(driver: Driver, database: string): Promise<number> {
  const [r] = await rows(
    driver,
    database,
    `MATCH (n) WITH labels(n)[0] AS l, coalesce(n.key, n.iso3, n.id) AS k, count(*) AS c WHERE c > 1 RETURN count(*) AS duplicates`,
  );
  return Number(r!.duplicates);
}

/** The configuration of the integration tier's database, whatever the environment says. */
export function testConfig(): Config {
  const db = testDatabase();
  return loadConfig({ neo4jUri: db.uri, neo4jUsername: db.username, neo4jPassword: db.password, neo4jDatabase: db.database });
}
