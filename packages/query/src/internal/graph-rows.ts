import { SYMMETRIC_FACT_TYPES } from '@wiregraph/core';
import type { Predicate } from '@wiregraph/core';
import type { EntityLabel, GraphNode, GraphRelationship } from '../types.js';

/** The node id exports use: unique across labels (a Person key never clashes with an ISO code). */
export function nodeId(label: string, key: string): string {
  return `${label}:${key}`;
}

export function relationshipId(type: string, source: string, target: string, title: string | null): string {
  return `${type}:${source}->${target}${title ? '#' + title : ''}`;
}

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** An entity map of the export/neighbourhood queries → GraphNode. */
export function toGraphNode(entity: Row): GraphNode {
  const label = entity.label as EntityLabel;
  const key = String(entity.key);
  return { id: nodeId(label, key), label, key, name: str(entity.name), aliases: strings(entity.aliases), iso2: str(entity.iso2) };
}

/** source/target maps {label, key} and a fact map (see export-relationships.cypher) → GraphRelationship. */
export function toGraphRelationship(source: Row, target: Row, fact: Row): GraphRelationship {
  const type = fact.type as Predicate;
  const s = nodeId(String(source.label), String(source.key));
  const t = nodeId(String(target.label), String(target.key));
  const title = str(fact.title);
  return {
    id: relationshipId(type, s, t, title),
    type,
    source: s,
    target: t,
    symmetric: SYMMETRIC_FACT_TYPES.has(type),
    firstDate: str(fact.firstDate),
    lastDate: str(fact.lastDate),
    articleCount: num(fact.articleCount),
    evidenceCount: num(fact.claimCount),
    articleIds: strings(fact.articleIds),
    title,
    from: str(fact.from),
    to: str(fact.to),
    partners: strings(fact.partners),
  };
}
