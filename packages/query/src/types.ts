import type { Predicate, Triple } from '@wiregraph/core';

export type EntityLabel = 'Person' | 'Country' | 'Sector' | 'Organization';

/** An entity as results name it: its label, its key (ISO alpha-3 for a Country) and display name. */
export interface EntitySummary {
  label: EntityLabel;
  key: string;
  name: string | null;
}

/** What every result row carries: how many claims (one story's assertion each) back it, and which stories. */
export interface Evidence {
  evidenceCount: number;
  articleIds: string[];
}

export interface Place {
  iso3: string;
  name: string | null;
}

export interface Meeting extends Evidence {
  person: EntitySummary;
  counterpart: EntitySummary;
  /** Partial date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null when no story dates it. */
  date: string | null;
  places: Place[];
}

export interface Counterpart extends Evidence {
  person: EntitySummary;
  counterpart: EntitySummary;
  /** Distinct meeting dates (an undated report counts once per story). */
  meetings: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Office extends Evidence {
  person: EntitySummary;
  country: EntitySummary;
  title: string | null;
  /** First and last date the news showed the person in the office. */
  from: string | null;
  to: string | null;
}

export interface SectorSummary {
  key: string;
  name: string | null;
}

export interface Cooperation extends Evidence {
  country: EntitySummary;
  partner: EntitySummary;
  sectors: SectorSummary[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface SectorPartnership extends Evidence {
  sector: EntitySummary;
  country: EntitySummary;
  partners: EntitySummary[];
  firstDate: string | null;
  lastDate: string | null;
}

export interface SharedSector extends Evidence {
  countryA: EntitySummary;
  countryB: EntitySummary;
  sector: EntitySummary;
  /** They cooperate on it with each other, not only each with others. */
  together: boolean;
}

export interface PathStep extends Evidence {
  type: Predicate;
  /** Keys of the stored start and end (symmetric facts are stored smaller key first). */
  source: string;
  target: string;
  title: string | null;
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphPath extends Evidence {
  nodes: EntitySummary[];
  relationships: PathStep[];
  hops: number;
}

/** A node as exports and neighbourhood() give it: id = `${label}:${key}`. */
export interface GraphNode {
  id: string;
  label: EntityLabel;
  key: string;
  name: string | null;
  aliases: string[];
  iso2: string | null;
}

/** A fact relationship as exports and neighbourhood() give it. */
export interface GraphRelationship extends Evidence {
  /** `${type}:${source}->${target}` (plus `#title` for HOLDS_OFFICE): stable across databases. */
  id: string;
  type: Predicate;
  source: string;
  target: string;
  /** MET and COOPERATES_WITH: stored once per pair, meant both ways. */
  symmetric: boolean;
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
  title: string | null;
  from: string | null;
  to: string | null;
  partners: string[];
  /** The claims behind the fact, where an export asked for them (JSON Lines, HTML). */
  claims?: Triple[];
}

export interface Subgraph {
  start: EntitySummary;
  nodes: GraphNode[];
  /**
   * Hop by hop, strongest (most stories) first within a hop. Each lists at most the `articleIds`
   * option's number of article ids; `articleCount` is how many stories there are.
   */
  relationships: GraphRelationship[];
  /** The most facts kept at each hop (null: no cut). */
  limit: number | null;
  /** True when a hop found more facts than `limit` and the weaker ones were left out. */
  truncated: boolean;
  /**
   * The facts the walk found before the cut: the whole neighbourhood when no hop but the last was
   * cut; when an inner hop was cut, the later hops start only from the nodes kept, so the whole
   * neighbourhood holds at least this many.
   */
  foundFacts: number;
}

export interface TimelineEntry extends Evidence {
  date: string;
  predicate: Predicate;
  subject: EntitySummary;
  object: EntitySummary;
  title: string | null;
}

export interface EvidenceClaim {
  articleId: string;
  articleTitle: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  date: string | null;
  sentence: string | null;
  title: string | null;
  partners: string[] | null;
  confidence: number | null;
}

export interface FactEvidence extends Evidence {
  predicate: Predicate;
  subject: EntitySummary;
  object: EntitySummary;
  claims: EvidenceClaim[];
}

export interface SearchHit {
  entity: EntitySummary;
  aliases: string[];
  score: number;
}

export interface DateRange {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', inclusive; partial dates overlap. */
  from?: string;
  to?: string;
}
