import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { EntityNotFoundError, FACT_TYPES, UsageError, foldText, isPartialDate, isPredicate, personKey } from '@wiregraph/core';
import type { Predicate } from '@wiregraph/core';
import { bindParameters, queryFile } from './internal/query-files.js';
import { parameterError, toDriverParams } from './internal/parameters.js';
import { recordToPlain } from './internal/plain.js';
import { closeMatchQuery, exactQuery } from './internal/lucene.js';
import { toGraphNode, toGraphRelationship } from './internal/graph-rows.js';
import type {
  Cooperation,
  Counterpart,
  DateRange,
  EntityLabel,
  EntitySummary,
  EvidenceClaim,
  FactEvidence,
  GraphNode,
  GraphPath,
  GraphRelationship,
  Meeting,
  Office,
  SearchHit,
  SectorPartnership,
  SharedSector,
  Subgraph,
  TimelineEntry,
} from './types.js';

type Row = Record<string, unknown>;

/** Default cap of neighbourhood(): the strongest facts kept at each hop. */
export const NEIGHBOURHOOD_LIMIT = 100;
/** Default of neighbourhood(): article ids listed per fact. */
export const NEIGHBOURHOOD_ARTICLE_IDS = 20;

export interface NeighbourhoodOptions extends DateRange {
  /** Hops out from the entity, 1 to 3 (default 1). */
  depth?: number;
  /** Fact types to follow (default all). */
  types?: readonly string[];
  /** Most facts kept at each hop, strongest first (default NEIGHBOURHOOD_LIMIT); null keeps every fact. */
  limit?: number | null;
  /**
   * Most article ids listed per fact (default NEIGHBOURHOOD_ARTICLE_IDS; null lists all): the
   * strongest facts of a hub have thousands of stories. `articleCount` always gives how many there
   * are, and evidence() lists them with their sentences.
   */
  articleIds?: number | null;
}

export interface GraphQueriesOptions {
  driver: Driver;
  /** Neo4j database name (default `neo4j`). */
  database?: string;
}

function checkDate(name: string, value: string | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!isPartialDate(value)) throw new UsageError(`${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`, { [name]: value });
  return value;
}

function checkTypes(types: readonly string[] | undefined): Predicate[] | null {
  if (!types) return null;
  for (const t of types) {
    if (!isPredicate(t)) throw new UsageError(`"${t}" is not a fact type (one of ${FACT_TYPES.join(', ')})`, { type: t });
  }
  return [...types] as Predicate[];
}

function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got ${value}`, { [name]: value });
  return value;
}

/**
 * The typed traversals of issue 6. Each runs one file of cypher/queries/ with its declared
 * parameters and maps the rows to plain JS values. Entities are given by key; a name works too
 * (resolved through the full-text index), and an entity the graph does not know raises
 * EntityNotFoundError with the closest names it does know.
 */
export class GraphQueries {
  readonly driver: Driver;
  readonly database: string;

  constructor(options: GraphQueriesOptions) {
    this.driver = options.driver;
    this.database = options.database ?? 'neo4j';
  }

  /** Runs a query file with its parameters (missing ones as null) and returns plain rows. */
  async run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const file = queryFile(name);
    try {
      const result = await this.driver.executeQuery(file.text, toDriverParams(bindParameters(file, params)), {
        database: this.database,
        routing: neo4j.routing.READ,
      });
      return result.records.map(recordToPlain);
    } catch (err) {
      throw parameterError(name, err);
    }
  }

  /** Streams a query file's rows one at a time (exports): the driver pulls in batches, so memory stays flat. */
  async *stream(name: string, params: Record<string, unknown> = {}): AsyncGenerator<Row> {
    const file = queryFile(name);
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
    try {
      const result = session.run(file.text, toDriverParams(bindParameters(file, params)));
      for await (const record of result) yield recordToPlain(record);
    } catch (err) {
      throw parameterError(name, err);
    } finally {
      await session.close();
    }
  }

  /** An entity by key, folded name, alias or unique full-text hit; EntityNotFoundError otherwise. */
  async resolve(input: string, labels?: readonly EntityLabel[]): Promise<EntitySummary> {
    const fits = (e: EntitySummary) => !labels || labels.includes(e.label);
    for (const key of new Set([input, personKey(input)])) {
      const found = (await this.run('entity', { key })).map((r) => r.entity as EntitySummary).find(fits);
      if (found) return summary(found);
    }
    const exact = exactQuery(input);
    const hits = exact ? (await this.search(input, { limit: 10, labels })) : [];
    const folded = foldText(input).trim();
    const named = hits.find((h) => foldText(h.entity.name ?? '') === folded || h.aliases.some((a) => foldText(a) === folded));
    if (named) return named.entity;
    if (hits.length === 1) return hits[0]!.entity;
    let close = hits.map((h) => h.entity);
    if (!close.length) {
      const q = closeMatchQuery(input);
      const rows = q ? await this.run('search', { query: q, limit: 20 }) : [];
      close = rows.map((r) => r.entity as EntitySummary).filter(fits);
    }
    throw new EntityNotFoundError(input, close.slice(0, 5).map((e) => `${e.name} (${e.key})`));
  }

  /** Runs with the input as a key; only when that finds nothing, resolves it (name, alias, not found). */
  private async withEntity<T>(input: string, labels: readonly EntityLabel[], run: (key: string) => Promise<T[]>): Promise<T[]> {
    const rows = await run(input);
    if (rows.length) return rows;
    const entity = await this.resolve(input, labels);
    return entity.key === input ? rows : run(entity.key);
  }

  async meetings(params: { person?: string; country?: string } & DateRange): Promise<Meeting[]> {
    if (!params.person && !params.country) throw new UsageError('meetings needs a person or a country');
    const from = checkDate('from', params.from);
    const to = checkDate('to', params.to);
    const go = (person: string | null, country: string | null) =>
      this.run('meetings', { person, country, from, to }).then((rows) => rows.map(mapMeeting));
    const rows = await go(params.person ?? null, params.country ?? null);
    if (rows.length) return rows;
    const person = params.person ? (await this.resolve(params.person, ['Person'])).key : null;
    const country = params.country ? (await this.resolve(params.country, ['Country'])).key : null;
    return person === (params.person ?? null) && country === (params.country ?? null) ? rows : go(person, country);
  }

  async counterparts(person: string): Promise<Counterpart[]> {
    return this.withEntity(person, ['Person'], async (key) =>
      (await this.run('counterparts', { person: key })).map((r) => ({
        person: summary(r.person),
        counterpart: summary(r.counterpart),
        meetings: r.meetings as number,
        firstDate: (r.firstDate as string | null) ?? null,
        lastDate: (r.lastDate as string | null) ?? null,
        ...evidence(r),
      })),
    );
  }

  async officeHolders(params: { country: string; asOf?: string }): Promise<Office[]> {
    const asOf = checkDate('asOf', params.asOf);
    return this.withEntity(params.country, ['Country'], async (key) => (await this.run('office-holders', { country: key, asOf })).map(mapOffice));
  }

  async officesOf(person: string): Promise<Office[]> {
    return this.withEntity(person, ['Person'], async (key) => (await this.run('offices-of', { person: key })).map(mapOffice));
  }

  async cooperation(params: { country: string; sector?: string }): Promise<Cooperation[]> {
    return this.withEntity(params.country, ['Country'], async (key) =>
      (await this.run('cooperation', { country: key, sector: params.sector ?? null })).map((r) => ({
        country: summary(r.country),
        partner: summary(r.partner),
        sectors: (r.sectors as { key: string; name: string | null }[]) ?? [],
        firstDate: (r.firstDate as string | null) ?? null,
        lastDate: (r.lastDate as string | null) ?? null,
        ...evidence(r),
      })),
    );
  }

  async partnersOn(sector: string, range: DateRange = {}): Promise<SectorPartnership[]> {
    const from = checkDate('from', range.from);
    const to = checkDate('to', range.to);
    return this.withEntity(sector, ['Sector'], async (key) =>
      (await this.run('partners-on', { sector: key, from, to })).map((r) => ({
        sector: summary(r.sector),
        country: summary(r.country),
        partners: ((r.partners as Row[]) ?? []).map(summary),
        firstDate: (r.firstDate as string | null) ?? null,
        lastDate: (r.lastDate as string | null) ?? null,
        ...evidence(r),
      })),
    );
  }

  async sharedSectors(countryA: string, countryB: string): Promise<SharedSector[]> {
    const go = async (a: string, b: string) =>
      (await this.run('shared-sectors', { countryA: a, countryB: b })).map((r) => ({
        countryA: summary(r.countryA),
        countryB: summary(r.countryB),
        sector: summary(r.sector),
        together: r.together === true,
        ...evidence(r),
      }));
    const rows = await go(countryA, countryB);
    if (rows.length) return rows;
    const a = (await this.resolve(countryA, ['Country'])).key;
    const b = (await this.resolve(countryB, ['Country'])).key;
    return a === countryA && b === countryB ? rows : go(a, b);
  }

  async path(source: string, target: string, options: { maxHops?: number; types?: readonly string[]; limit?: number } = {}): Promise<GraphPath[]> {
    const maxHops = checkRange('maxHops', options.maxHops ?? 4, 1, 6);
    const types = checkTypes(options.types);
    const limit = checkRange('limit', options.limit ?? 25, 1, 10_000);
    const go = async (s: string, t: string) =>
      (await this.run('path', { source: s, target: t, maxHops, types, limit })).map((r) => ({
        nodes: (r.nodes as Row[]).map(summary),
        relationships: (r.relationships as Row[]).map((x) => ({
          type: x.type as Predicate,
          source: String(x.source),
          target: String(x.target),
          title: (x.title as string | null) ?? null,
          firstDate: (x.firstDate as string | null) ?? null,
          lastDate: (x.lastDate as string | null) ?? null,
          ...evidence(x),
        })),
        hops: r.hops as number,
        ...evidence(r),
      }));
    const rows = await go(source, target);
    if (rows.length) return rows;
    const s = (await this.resolve(source)).key;
    const t = (await this.resolve(target)).key;
    return s === source && t === target ? rows : go(s, t);
  }

  /**
   * The facts around an entity, hop by hop, each hop cut to its `limit` strongest facts (default
   * NEIGHBOURHOOD_LIMIT; null for every fact): a hub's depth-2 neighbourhood is tens of thousands
   * of facts, which nobody reads and which take seconds to send. The result says whether it was cut
   * and how many facts the walk found.
   */
  async neighbourhood(entity: string, options: NeighbourhoodOptions = {}): Promise<Subgraph> {
    const params = this.neighbourhoodParams(entity, options);
    let rows = await this.run('neighbourhood', params);
    let start: EntitySummary;
    if (rows.length) start = summary(rows[0]!.start);
    else {
      start = await this.resolve(entity);
      if (start.key !== entity) rows = await this.run('neighbourhood', { ...params, key: start.key });
    }
    const nodes = new Map<string, GraphNode>();
    const relationships: GraphRelationship[] = [];
    const startNode = toGraphNode({ ...start });
    nodes.set(startNode.id, startNode);
    for (const r of rows) {
      const s = toGraphNode(r.source as Row);
      const t = toGraphNode(r.target as Row);
      nodes.set(s.id, s);
      nodes.set(t.id, t);
      relationships.push(toGraphRelationship(r.source as Row, r.target as Row, r.fact as Row));
    }
    const first = rows[0];
    return {
      start,
      nodes: [...nodes.values()],
      relationships,
      limit: params.limit as number | null,
      truncated: first?.truncated === true,
      foundFacts: first ? (first.foundFacts as number) : 0,
    };
  }

  /** The checked parameters of neighbourhood.cypher (exports reuse them). */
  neighbourhoodParams(entity: string, options: NeighbourhoodOptions = {}): Record<string, unknown> {
    return {
      key: entity,
      depth: checkRange('depth', options.depth ?? 1, 1, 3),
      types: checkTypes(options.types),
      from: checkDate('from', options.from),
      to: checkDate('to', options.to),
      limit: options.limit === null ? null : checkRange('limit', options.limit ?? NEIGHBOURHOOD_LIMIT, 1, 1_000_000),
      articleIds: options.articleIds === null ? null : checkRange('articleIds', options.articleIds ?? NEIGHBOURHOOD_ARTICLE_IDS, 0, 1_000_000),
    };
  }

  async timeline(entity: string, range: DateRange & { limit?: number } = {}): Promise<TimelineEntry[]> {
    const from = checkDate('from', range.from);
    const to = checkDate('to', range.to);
    const limit = checkRange('limit', range.limit ?? 1000, 1, 1_000_000);
    return this.withEntity(entity, ['Person', 'Country', 'Sector', 'Organization'], async (key) =>
      (await this.run('timeline', { key, from, to, limit })).map((r) => ({
        date: String(r.date),
        predicate: r.predicate as Predicate,
        subject: summary(r.subject),
        object: summary(r.object),
        title: (r.title as string | null) ?? null,
        ...evidence(r),
      })),
    );
  }

  async evidence(fact: { predicate: string; subject: string; object: string; title?: string }): Promise<FactEvidence> {
    if (!isPredicate(fact.predicate)) throw new UsageError(`"${fact.predicate}" is not a fact type (one of ${FACT_TYPES.join(', ')})`);
    const go = (subject: string, object: string) =>
      this.run('evidence', { predicate: fact.predicate, subject, object, title: fact.title ?? null });
    let rows = await go(fact.subject, fact.object);
    let subject: EntitySummary;
    let object: EntitySummary;
    if (rows.length) {
      subject = summary(rows[0]!.subject);
      object = summary(rows[0]!.object);
    } else {
      subject = await this.resolve(fact.subject, ['Person', 'Country']);
      object = await this.resolve(fact.object);
      if (subject.key !== fact.subject || object.key !== fact.object) rows = await go(subject.key, object.key);
    }
    const claims: EvidenceClaim[] = rows.map((r) => ({
      articleId: String(r.articleId),
      articleTitle: (r.articleTitle as string | null) ?? null,
      source: (r.source as string | null) ?? null,
      url: (r.url as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      date: (r.date as string | null) ?? null,
      sentence: (r.sentence as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      partners: (r.partners as string[] | null) ?? null,
      confidence: (r.confidence as number | null) ?? null,
    }));
    return {
      predicate: fact.predicate,
      subject,
      object,
      claims,
      evidenceCount: claims.length,
      articleIds: [...new Set(claims.map((c) => c.articleId))],
    };
  }

  /** Entities by name or alias: case, accents and a surname alone do not matter. */
  async search(text: string, options: { limit?: number; labels?: readonly EntityLabel[] } = {}): Promise<SearchHit[]> {
    const query = exactQuery(text);
    if (!query) return [];
    const limit = checkRange('limit', options.limit ?? 10, 1, 1000);
    const rows = await this.run('search', { query, limit: options.labels ? limit * 5 : limit });
    return rows
      .map((r) => ({ entity: summary(r.entity), aliases: ((r.aliases as string[]) ?? []).map(String), score: r.score as number }))
      .filter((h) => !options.labels || options.labels.includes(h.entity.label))
      .slice(0, limit);
  }
}

export function createQueries(options: GraphQueriesOptions): GraphQueries {
  return new GraphQueries(options);
}

function summary(value: unknown): EntitySummary {
  const v = value as Row;
  return { label: v.label as EntityLabel, key: String(v.key), name: (v.name as string | null) ?? null };
}

function evidence(r: Row): { evidenceCount: number; articleIds: string[] } {
  return { evidenceCount: (r.evidenceCount as number) ?? 0, articleIds: ((r.articleIds as unknown[]) ?? []).map(String) };
}

function mapMeeting(r: Row): Meeting {
  return {
    person: summary(r.person),
    counterpart: summary(r.counterpart),
    date: (r.date as string | null) ?? null,
    places: ((r.places as Row[]) ?? []).map((p) => ({ iso3: String(p.iso3), name: (p.name as string | null) ?? null })),
    ...evidence(r),
  };
}

function mapOffice(r: Row): Office {
  return {
    person: summary(r.person),
    country: summary(r.country),
    title: (r.title as string | null) ?? null,
    from: (r.from as string | null) ?? null,
    to: (r.to as string | null) ?? null,
    ...evidence(r),
  };
}
