import { UsageError, isPredicate } from '@wiregraph/core';
import type { EntityType, Triple } from '@wiregraph/core';
import type { GraphQueries } from '../traversals.js';
import type { GraphRelationship } from '../types.js';
import { toGraphNode, toGraphRelationship } from '../internal/graph-rows.js';
import { queryFiles } from '../internal/query-files.js';
import type { GraphSource, TripleSource } from './graph-source.js';

type Row = Record<string, unknown>;

export interface FactFilters {
  predicates?: string[];
  countries?: string[];
  sectors?: string[];
  from?: string;
  to?: string;
}

/** Which subgraph an export writes. */
export type Selection =
  | { kind: 'whole' }
  | ({ kind: 'filter' } & FactFilters)
  /** limit: strongest facts kept at each hop; left out or null, every fact (an export is for analysis: complete unless asked to cut). */
  | { kind: 'neighbourhood'; entity: string; depth?: number; types?: string[]; from?: string; to?: string; limit?: number | null }
  | { kind: 'query'; file: string; params?: Record<string, unknown> };

export interface SelectOptions {
  /** Attach the claims behind each fact: 'all' (JSON Lines), a number per fact (HTML evidence), or none. */
  claims?: 'all' | number;
  /** Facts per claims lookup. */
  batchSize?: number;
}

const keyOf = (nodeId: string) => nodeId.slice(nodeId.indexOf(':') + 1);

/** What the cap of a neighbourhood selection left out (filled in as its rows stream). */
export interface NeighbourhoodCut {
  limit: number | null;
  truncated: boolean;
  foundFacts: number;
}

/** Selects a subgraph as a GraphSource that streams from Neo4j (and the claims behind it, for triples). */
export async function selectGraph(
  queries: GraphQueries,
  selection: Selection,
  options: SelectOptions = {},
): Promise<GraphSource & TripleSource & { neighbourhood?: NeighbourhoodCut }> {
  let base: GraphSource;
  let cut: NeighbourhoodCut | undefined;
  switch (selection.kind) {
    case 'whole':
    case 'filter': {
      const filters: FactFilters = selection.kind === 'whole' ? {} : selection;
      for (const p of filters.predicates ?? []) if (!isPredicate(p)) throw new UsageError(`"${p}" is not a predicate`, { predicate: p });
      const params = {
        predicates: filters.predicates?.length ? filters.predicates : null,
        countries: filters.countries?.length ? filters.countries.map((c) => c.toUpperCase()) : null,
        sectors: filters.sectors?.length ? filters.sectors : null,
        from: filters.from ?? null,
        to: filters.to ?? null,
      };
      const whole = Object.values(params).every((v) => v === null);
      base = {
        async *nodes() {
          for await (const r of queries.stream('export-nodes', { whole, ...params })) yield toGraphNode(r.entity as Row);
        },
        async *relationships() {
          for await (const r of queries.stream('export-relationships', params)) yield toGraphRelationship(r.source as Row, r.target as Row, r.fact as Row);
        },
      };
      break;
    }
    case 'neighbourhood': {
      const start = await queries.resolve(selection.entity);
      // an export is for analysis: every fact unless a limit is asked for, and every story id of the facts it writes
      const params = queries.neighbourhoodParams(start.key, { ...selection, limit: selection.limit ?? null, articleIds: null });
      const found: NeighbourhoodCut = (cut = { limit: params.limit as number | null, truncated: false, foundFacts: 0 });
      const note = (r: Row) => {
        found.truncated = r.truncated === true;
        found.foundFacts = r.foundFacts as number;
      };
      base = {
        async *nodes() {
          // ids only: the set grows with the nodes of the subgraph, never with its facts
          const seen = new Set<string>();
          let any = false;
          for await (const r of queries.stream('neighbourhood', params)) {
            any = true;
            note(r);
            for (const end of [r.source as Row, r.target as Row]) {
              const n = toGraphNode(end);
              if (!seen.has(n.id)) {
                seen.add(n.id);
                yield n;
              }
            }
          }
          if (!any) for (const r of await queries.run('export-entities', { keys: [start.key] })) yield toGraphNode(r.entity as Row);
        },
        async *relationships() {
          for await (const r of queries.stream('neighbourhood', params)) {
            note(r);
            yield toGraphRelationship(r.source as Row, r.target as Row, r.fact as Row);
          }
        },
      };
      break;
    }
    case 'query': {
      const name = selection.file.replace(/^.*\//, '').replace(/\.cypher$/, '');
      if (!queryFiles().has(name)) throw new UsageError(`no query file cypher/queries/${name}.cypher (there are: ${[...queryFiles().keys()].join(', ')})`);
      const rows = await queries.run(name, selection.params ?? {});
      const keys = [...entityKeys(rows)];
      base = {
        async *nodes() {
          for (let i = 0; i < keys.length; i += 1000) {
            for (const r of await queries.run('export-entities', { keys: keys.slice(i, i + 1000) })) yield toGraphNode(r.entity as Row);
          }
        },
        async *relationships() {
          for await (const r of queries.stream('export-relationships-among', { keys })) yield toGraphRelationship(r.source as Row, r.target as Row, r.fact as Row);
        },
      };
      break;
    }
  }
  const claims = options.claims;
  const batchSize = options.batchSize ?? 500;
  const relationships = claims === undefined ? () => base.relationships() : () => withClaims(queries, base.relationships(), claims, batchSize);
  return {
    ...(cut ? { neighbourhood: cut } : {}),
    nodes: () => base.nodes(),
    relationships,
    async *triples() {
      for await (const r of claims === undefined ? withClaims(queries, base.relationships(), 'all', batchSize) : relationships()) yield* r.claims ?? [];
    },
  };
}

/** Every entity a query file's rows name (maps with a label and a key, at any depth). */
function entityKeys(rows: Row[]): Set<string> {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const m = v as Row;
      if (typeof m.label === 'string' && typeof m.key === 'string' && ['Person', 'Country', 'Sector', 'Organization'].includes(m.label)) keys.add(m.key);
      Object.values(m).forEach(walk);
    }
  };
  rows.forEach(walk);
  return keys;
}

/** Looks the claims of facts up a batch at a time and attaches them: memory bounded by the batch. */
async function* withClaims(queries: GraphQueries, source: AsyncIterable<GraphRelationship>, limit: 'all' | number, batchSize: number): AsyncGenerator<GraphRelationship> {
  let batch: GraphRelationship[] = [];
  const flush = async () => {
    const facts = batch.map((r) => ({ id: r.id, type: r.type, source: keyOf(r.source), target: keyOf(r.target), title: r.title }));
    const byFact = new Map<string, Triple[]>();
    for (const row of await queries.run('export-claims', { facts, limit: limit === 'all' ? null : limit })) {
      const list = byFact.get(String(row.factId)) ?? [];
      list.push(toTriple(row.triple as Row));
      byFact.set(String(row.factId), list);
    }
    const out = batch.map((r) => ({ ...r, claims: byFact.get(r.id) ?? [] }));
    batch = [];
    return out;
  };
  for await (const r of source) {
    batch.push(r);
    if (batch.length >= batchSize) yield* await flush();
  }
  if (batch.length) yield* await flush();
}

function toTriple(t: Row): Triple {
  const ref = (v: unknown) => {
    const m = v as Row;
    return { type: m.type as EntityType, key: String(m.key), name: String(m.name ?? m.key) };
  };
  const triple: Triple = {
    article: String(t.article),
    subject: ref(t.subject),
    predicate: t.predicate as Triple['predicate'],
    object: ref(t.object),
    date: (t.date as string | null) ?? null,
    evidence: String(t.evidence ?? ''),
  };
  if (typeof t.confidence === 'number') triple.confidence = t.confidence;
  if (typeof t.title === 'string') triple.title = t.title;
  if (Array.isArray(t.partners)) triple.partners = t.partners.map(String);
  if (typeof t.sentence === 'number') triple.sentence = t.sentence;
  if (typeof t.start === 'number') triple.start = t.start;
  if (typeof t.end === 'number') triple.end = t.end;
  if (typeof t.rule === 'string') triple.rule = t.rule;
  return triple;
}
