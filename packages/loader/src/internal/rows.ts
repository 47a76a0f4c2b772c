import { createHash } from 'node:crypto';
import neo4j, { type Integer } from 'neo4j-driver';
import {
  KEY_PROPERTY,
  PREDICATE_SIGNATURES,
  countryByIso3,
  sectorByKey,
  type Article,
  type EntityRef,
  type EntityType,
  type Predicate,
  type Triple,
} from '@wiregraph/core';

/**
 * Pure row-building: triples (grouped by article) → the parameter rows of the fixed-shape
 * statements. Nothing here touches the database, so every row is unit-tested.
 */

/** One article's triples as one unit: a re-load replaces exactly this set of claims. */
export interface ArticleBatch {
  articleId: string;
  /** Metadata, when the caller has the Article; otherwise the node keeps only its id. */
  article?: Article;
  triples: Triple[];
  /**
   * True when these triples are the article's whole set (claims of the article not among
   * them are stale and removed); false when they add to claims already written in this load.
   */
  replace: boolean;
}

export interface ArticleRow {
  id: string;
  meta: ArticleMeta | null;
}

export interface ArticleMeta {
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  dateline: string | null;
  datelineCountry: string | null;
  format: string;
}

export interface EntityRow {
  key: string;
  /** Display names seen for this key, the preferred one first: the first becomes `name`, the others `aliases`. */
  names: string[];
}

export interface CountryRow {
  key: string;
  iso2: string | null;
  names: string[];
}

export interface ClaimRow {
  id: string;
  article: string;
  subjectKey: string;
  objectKey: string;
  factKey: string;
  predicate: Predicate;
  date: string | null;
  evidence: string;
  sentence: number | null;
  start: number | null;
  end: number | null;
  confidence: number | null;
  rule: string | null;
  title: string | null;
  partners: string[] | null;
  hash: string;
}

export interface MentionRow {
  article: string;
  key: string;
}

export interface ReplacedArticleRow {
  article: string;
  /** Claim ids the article asserts now; its other claims are stale. */
  claimIds: string[];
  /** `Label:key` of every entity the article names now; its other MENTIONS are stale. */
  keep: string[];
}

/** The identity of one fact relationship, and what its statement needs to find its two ends. */
export interface FactRow {
  factKey: string;
  start: string;
  end: string;
  /** HOLDS_OFFICE only ('' when the triple gave none: MERGE cannot match on null). */
  title: string;
}

export interface BatchPlan {
  articles: ArticleRow[];
  replaced: ReplacedArticleRow[];
  entities: {
    Person: EntityRow[];
    Country: CountryRow[];
    Sector: EntityRow[];
    Organization: EntityRow[];
  };
  claims: Partial<Record<Predicate, ClaimRow[]>>;
  mentions: Record<EntityType, MentionRow[]>;
  /** Every fact a claim of this batch supports, by fact key. */
  facts: Map<string, { predicate: Predicate; row: FactRow }>;
  tripleCount: number;
}

// Separator of the composite ids; '|' and '%' inside a part are escaped so ids stay unambiguous.
const escapePart = (s: string) => (s.includes('%') || s.includes('|') ? s.replace(/%/g, '%25').replace(/\|/g, '%7C') : s);

/** The fact a triple supports: symmetric predicates put the smaller key first. */
export function factOf(t: Pick<Triple, 'predicate' | 'subject' | 'object' | 'title'>): FactRow {
  let start = t.subject.key;
  let end = t.object.key;
  if (PREDICATE_SIGNATURES[t.predicate].symmetric && end < start) [start, end] = [end, start];
  const title = t.predicate === 'HOLDS_OFFICE' ? (t.title ?? '') : '';
  const parts = [t.predicate, start, end, ...(t.predicate === 'HOLDS_OFFICE' ? [title] : [])];
  return { factKey: parts.map(escapePart).join('|'), start, end, title };
}

/** One claim per (article, fact): the contract's "one triple per fact per article". */
export function claimId(article: string, factKey: string): string {
  return `${escapePart(article)}|${factKey}`;
}

function numberOrNull(n: unknown): number | null {
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function claimRow(t: Triple): ClaimRow {
  const fact = factOf(t);
  const body = {
    article: t.article,
    predicate: t.predicate,
    subjectKey: fact.start,
    objectKey: fact.end,
    factKey: fact.factKey,
    date: t.date ?? null,
    evidence: t.evidence,
    sentence: numberOrNull(t.sentence),
    start: numberOrNull(t.start),
    end: numberOrNull(t.end),
    confidence: numberOrNull(t.confidence),
    rule: t.rule ?? null,
    title: t.predicate === 'HOLDS_OFFICE' ? (t.title ?? null) : null,
    partners: t.predicate === 'COOPERATES_ON' ? [...new Set(t.partners ?? [])] : null,
  };
  // The hash lets a re-load skip claims that did not change and recompute facts only where one did.
  const hash = createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { id: claimId(t.article, fact.factKey), ...body, hash };
}

/** A claim's properties as the node stores them, in the order the claim statements read them from a row. */
export const CLAIM_FIELDS = [
  'id', 'article', 'predicate', 'subjectKey', 'objectKey', 'factKey', 'date', 'evidence',
  'sentence', 'start', 'end', 'confidence', 'rule', 'title', 'partners', 'hash',
] as const satisfies readonly (keyof ClaimRow)[];

export type ClaimValue = string | number | Integer | string[] | null;

/**
 * A claim's properties as sent to the claim statements: a list in CLAIM_FIELDS order, not a map.
 * The driver packs a map's keys again for every row, and the server unpacks them again: measured
 * on 100,000 claims, a list of values costs about half (client and server) of a map of them.
 * Offsets are integers (the driver sends every JS number as a float); a null is not stored.
 */
export function claimValues(c: ClaimRow): ClaimValue[] {
  const int = (n: number | null) => (n === null ? null : neo4j.int(Math.trunc(n)));
  return CLAIM_FIELDS.map((f): ClaimValue => {
    if (f === 'sentence' || f === 'start' || f === 'end') return int(c[f]);
    return c[f];
  });
}

export function articleRow(id: string, article?: Article): ArticleRow {
  if (!article) return { id, meta: null };
  return {
    id,
    meta: {
      source: article.source,
      url: article.url ?? null,
      title: article.title ?? null,
      published: article.published,
      dateline: article.dateline?.place ?? null,
      datelineCountry: article.dateline?.country ?? null,
      format: article.format,
    },
  };
}

/** `Label:key`: how the stale-MENTIONS statement names an entity. */
export function entityRef(type: EntityType, key: string): string {
  return `${type}:${key}`;
}

/** Every entity a triple names: subject, object and, on COOPERATES_ON, the partner countries. */
export function entitiesOf(t: Triple): EntityRef[] {
  const out: EntityRef[] = [t.subject, t.object];
  if (t.predicate === 'COOPERATES_ON') {
    for (const iso3 of t.partners ?? []) out.push({ type: 'Country', key: iso3, name: countryByIso3(iso3)?.name ?? iso3 });
  }
  return out;
}

/** Builds every row of one write transaction from whole article batches. */
export function planBatch(batches: readonly ArticleBatch[]): BatchPlan {
  const articles = new Map<string, ArticleRow>();
  const replaced = new Map<string, { claimIds: Set<string>; keep: Set<string> }>();
  const names: Record<EntityType, Map<string, string[]>> = {
    Person: new Map(),
    Country: new Map(),
    Sector: new Map(),
    Organization: new Map(),
  };
  const claims = new Map<string, ClaimRow>();
  const mentions: Record<EntityType, Map<string, MentionRow>> = {
    Person: new Map(),
    Country: new Map(),
    Sector: new Map(),
    Organization: new Map(),
  };
  const facts = new Map<string, { predicate: Predicate; row: FactRow }>();
  let tripleCount = 0;

  const addName = (type: EntityType, key: string, name: string) => {
    let list = names[type].get(key);
    if (!list) {
      // Reference names lead, so a country keeps its ISO common name whatever a story calls it.
      const preferred = type === 'Country' ? countryByIso3(key)?.name : type === 'Sector' ? sectorByKey(key)?.label : undefined;
      list = preferred ? [preferred] : [];
      names[type].set(key, list);
    }
    if (name && !list.includes(name)) list.push(name);
  };

  for (const batch of batches) {
    const existing = articles.get(batch.articleId);
    if (!existing || (batch.article && !existing.meta)) articles.set(batch.articleId, articleRow(batch.articleId, batch.article));
    if (batch.replace && !replaced.has(batch.articleId)) replaced.set(batch.articleId, { claimIds: new Set(), keep: new Set() });
    const rep = replaced.get(batch.articleId);
    for (const t of batch.triples) {
      tripleCount++;
      const claim = claimRow(t);
      // The same fact twice in one article is one claim; the later line wins, as a re-load would.
      claims.delete(claim.id);
      claims.set(claim.id, claim);
      // The claim row already holds its fact's key and ends (no second factOf per triple).
      if (!facts.has(claim.factKey)) {
        const title = t.predicate === 'HOLDS_OFFICE' ? (t.title ?? '') : '';
        facts.set(claim.factKey, { predicate: t.predicate, row: { factKey: claim.factKey, start: claim.subjectKey, end: claim.objectKey, title } });
      }
      rep?.claimIds.add(claim.id);
      for (const e of entitiesOf(t)) {
        addName(e.type, e.key, e.name);
        mentions[e.type].set(`${t.article}\u0000${e.key}`, { article: t.article, key: e.key });
        rep?.keep.add(entityRef(e.type, e.key));
      }
    }
  }

  const byPredicate: Partial<Record<Predicate, ClaimRow[]>> = {};
  for (const c of claims.values()) (byPredicate[c.predicate] ??= []).push(c);

  const entityRows = (type: EntityType): EntityRow[] => [...names[type]].map(([key, n]) => ({ key, names: n }));
  return {
    articles: [...articles.values()],
    replaced: [...replaced].map(([article, r]) => ({ article, claimIds: [...r.claimIds].sort(), keep: [...r.keep].sort() })),
    entities: {
      Person: entityRows('Person'),
      Country: [...names.Country].map(([key, n]) => ({ key, iso2: countryByIso3(key)?.iso2 ?? null, names: n })),
      Sector: entityRows('Sector'),
      Organization: entityRows('Organization'),
    },
    claims: byPredicate,
    mentions: {
      Person: [...mentions.Person.values()],
      Country: [...mentions.Country.values()],
      Sector: [...mentions.Sector.values()],
      Organization: [...mentions.Organization.values()],
    },
    facts,
    tripleCount,
  };
}

/** The property holding an entity label's key (Country: iso3), from the fixed schema list. */
export function keyPropertyOf(type: EntityType): 'key' | 'iso3' {
  return KEY_PROPERTY[type];
}
