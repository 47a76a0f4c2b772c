import type { EntityType, Predicate } from './triple.js';

/**
 * The fixed list of every label and relationship type wiregraph writes or reads. Cypher text
 * only ever takes a label or type from here (never from input), so input cannot change a
 * query's shape. Domain names (Person, MET…) and internal ones (Claim, ASSERTS…) do not clash.
 */
export const ENTITY_LABELS = ['Person', 'Country', 'Sector', 'Organization'] as const satisfies readonly EntityType[];
export const INTERNAL_LABELS = ['Article', 'Claim'] as const;
export const NODE_LABELS = [...ENTITY_LABELS, ...INTERNAL_LABELS] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Fact relationships: one per predicate of the contract. */
export const FACT_TYPES = ['MET', 'VISITED', 'HOLDS_OFFICE', 'COOPERATES_WITH', 'COOPERATES_ON'] as const satisfies readonly Predicate[];
/** Provenance relationships: article → claim → entities, article → entities. */
export const PROVENANCE_TYPES = ['ASSERTS', 'SUBJECT', 'OBJECT', 'MENTIONS'] as const;
export const RELATIONSHIP_TYPES = [...FACT_TYPES, ...PROVENANCE_TYPES] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The property that holds each entity label's unique key. */
export const KEY_PROPERTY: Readonly<Record<EntityType, 'key' | 'iso3'>> = {
  Person: 'key',
  Country: 'iso3',
  Sector: 'key',
  Organization: 'key',
};

/** Fact types stored once per pair (the smaller key is the start node) and matched undirected. */
export const SYMMETRIC_FACT_TYPES: ReadonlySet<string> = new Set(['MET', 'COOPERATES_WITH']);

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** Returns the label if it is on the fixed list, and throws otherwise: the guard before any label reaches Cypher text. */
export function assertNodeLabel(value: string): NodeLabel {
  if (!isNodeLabel(value)) throw new Error(`not a wiregraph label: ${JSON.stringify(value)}`);
  return value;
}

export function assertRelationshipType(value: string): RelationshipType {
  if (!isRelationshipType(value)) throw new Error(`not a wiregraph relationship type: ${JSON.stringify(value)}`);
  return value;
}
