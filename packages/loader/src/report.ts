import type { NodeLabel, RelationshipType } from '@wiregraph/core';

/** What one label or type saw in a load: created, matched (already there) and deleted. */
export interface Tally {
  created: number;
  matched: number;
  deleted: number;
}

/** Summary counters as the server reports them, summed over every statement. */
export interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface LoadReport {
  triples: number;
  articles: number;
  batches: number;
  /** Claims (one per article and fact): new, changed in place, unchanged, and removed as stale. */
  claims: { created: number; changed: number; unchanged: number; removed: number };
  nodes: Partial<Record<NodeLabel, Tally>>;
  relationships: Partial<Record<RelationshipType, Tally>>;
  counters: Counters;
  elapsedMs: number;
}

export function emptyReport(): LoadReport {
  return {
    triples: 0,
    articles: 0,
    batches: 0,
    claims: { created: 0, changed: 0, unchanged: 0, removed: 0 },
    nodes: {},
    relationships: {},
    counters: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 },
    elapsedMs: 0,
  };
}

export function tally<K extends string>(into: Partial<Record<K, Tally>>, key: K, add: Partial<Tally>): void {
  const t = (into[key] ??= { created: 0, matched: 0, deleted: 0 });
  t.created += add.created ?? 0;
  t.matched += add.matched ?? 0;
  t.deleted += add.deleted ?? 0;
}

/** Adds `part` into `total` (elapsed time is the caller's). */
export function mergeReport(total: LoadReport, part: LoadReport): LoadReport {
  total.triples += part.triples;
  total.articles += part.articles;
  total.batches += part.batches;
  for (const k of Object.keys(part.claims) as (keyof LoadReport['claims'])[]) total.claims[k] += part.claims[k];
  for (const [k, v] of Object.entries(part.nodes)) tally(total.nodes, k as NodeLabel, v!);
  for (const [k, v] of Object.entries(part.relationships)) tally(total.relationships, k as RelationshipType, v!);
  for (const k of Object.keys(part.counters) as (keyof Counters)[]) total.counters[k] += part.counters[k];
  return total;
}

/** The report as an aligned text table, for people; `--json` gives the object itself. */
export function formatReport(r: LoadReport): string {
  const lines = [
    `${r.triples} triples from ${r.articles} articles in ${r.batches} batches, ${(r.elapsedMs / 1000).toFixed(2)} s`,
    `claims: ${r.claims.created} created, ${r.claims.changed} changed, ${r.claims.unchanged} unchanged, ${r.claims.removed} removed`,
    '',
    'kind          name              created   matched   deleted',
  ];
  const row = (kind: string, name: string, t: Tally) =>
    `${kind.padEnd(14)}${name.padEnd(16)}${String(t.created).padStart(9)}${String(t.matched).padStart(10)}${String(t.deleted).padStart(10)}`;
  for (const [k, t] of Object.entries(r.nodes)) lines.push(row('node', k, t!));
  for (const [k, t] of Object.entries(r.relationships)) lines.push(row('relationship', k, t!));
  const c = r.counters;
  lines.push('', `server counters: ${c.nodesCreated} nodes created, ${c.nodesDeleted} deleted; ${c.relationshipsCreated} relationships created, ${c.relationshipsDeleted} deleted; ${c.propertiesSet} properties set`);
  return lines.join('\n');
}
