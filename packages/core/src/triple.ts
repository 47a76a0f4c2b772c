/** The contract of docs/triples.md (predicates version 1). */

export const PREDICATES = ['MET', 'VISITED', 'HOLDS_OFFICE', 'COOPERATES_WITH', 'COOPERATES_ON'] as const;
export type Predicate = (typeof PREDICATES)[number];

export const ENTITY_TYPES = ['Person', 'Country', 'Sector', 'Organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Subject and object types each predicate takes. */
export const PREDICATE_SIGNATURES: Readonly<Record<Predicate, { subject: EntityType; object: EntityType; symmetric: boolean }>> = {
  MET: { subject: 'Person', object: 'Person', symmetric: true },
  VISITED: { subject: 'Person', object: 'Country', symmetric: false },
  HOLDS_OFFICE: { subject: 'Person', object: 'Country', symmetric: false },
  COOPERATES_WITH: { subject: 'Country', object: 'Country', symmetric: true },
  COOPERATES_ON: { subject: 'Country', object: 'Sector', symmetric: false },
};

/** An entity as a triple names it: Person key = folded full name, Country key = ISO alpha-3, Sector key = sectors.yaml key. */
export interface EntityRef {
  type: EntityType;
  key: string;
  name: string;
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the text fixes it. */
export type PartialDate = string;

/** One fact that one article asserts. */
export interface Triple {
  article: string;
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  date: PartialDate | null;
  evidence: string;
  confidence?: number;
  /** HOLDS_OFFICE only: the office as written ("Prime Minister"). */
  title?: string;
  /** COOPERATES_ON only: ISO alpha-3 codes of the partner countries. */
  partners?: string[];
  /** Extras the contract welcomes: where the evidence sits and which rule produced it. */
  sentence?: number;
  start?: number;
  end?: number;
  rule?: string;
}

export function isPredicate(value: unknown): value is Predicate {
  return typeof value === 'string' && (PREDICATES as readonly string[]).includes(value);
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && PARTIAL_DATE.test(value);
}

/**
 * The scoring key of a triple: article, predicate, subject key, object key, with the two
 * ends of a symmetric predicate put in a fixed order, so one fact has one key.
 */
export function tripleKey(t: Pick<Triple, 'article' | 'predicate' | 'subject' | 'object'>): string {
  let a = t.subject.key;
  let b = t.object.key;
  if (PREDICATE_SIGNATURES[t.predicate].symmetric && b < a) [a, b] = [b, a];
  return `${t.article}\u0000${t.predicate}\u0000${a}\u0000${b}`;
}
