import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, FACT_TYPES, PREDICATE_SIGNATURES, type EntityType, type Predicate } from '@wiregraph/core';
import { emptyReport, tally, type LoadReport } from '../report.js';
import { claimValues, type BatchPlan, type ClaimRow, type FactRow } from './rows.js';
import {
  CREATE_CLAIMS,
  CREATE_MENTIONS,
  DELETE_STALE_CLAIMS,
  DELETE_STALE_MENTIONS,
  deleteOrphans,
  addToFacts,
  MERGE_ARTICLES,
  MERGE_CLAIMS,
  MERGE_MENTIONS,
  mergeEntities,
  pruneFacts,
  upsertFacts,
} from './statements.js';

const byString = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Writes one planned batch inside one transaction. It runs inside executeWrite, so it may run
 * more than once (transient errors are retried): it returns its report instead of adding to a
 * shared one, and the caller counts it only once the transaction has committed.
 *
 * Nodes are looked up once per batch (articles, entities) and every later statement matches them
 * by the element ids those statements returned, so claims, mentions and facts of every type go
 * in a few statements of plain id lookups rather than one index seek per row and end.
 */
export async function writeBatch(tx: ManagedTransaction, plan: BatchPlan): Promise<LoadReport> {
  const report = emptyReport();
  const run = async (text: string, rows: unknown[]) => {
    const result = await tx.run(text, { rows });
    const u = result.summary.counters.updates() as unknown as Record<string, number>;
    const c = report.counters;
    c.nodesCreated += u.nodesCreated ?? 0;
    c.nodesDeleted += u.nodesDeleted ?? 0;
    c.relationshipsCreated += u.relationshipsCreated ?? 0;
    c.relationshipsDeleted += u.relationshipsDeleted ?? 0;
    c.propertiesSet += u.propertiesSet ?? 0;
    return { records: result.records, u };
  };

  // 1. Articles, in id order (two loaders lock shared articles in the same order). An article
  //    that asserts and mentions nothing yet ("fresh") gets its claims and mentions by CREATE.
  const articleNode = new Map<string, string>();
  const known = new Set<string>();
  {
    const { records, u } = await run(MERGE_ARTICLES, [...plan.articles].sort(byString((a) => a.id)));
    for (const r of records) {
      const id = r.get('id') as string;
      articleNode.set(id, r.get('node') as string);
      if (r.get('known')) known.add(id);
    }
    tally(report.nodes, 'Article', { created: u.nodesCreated ?? 0, matched: plan.articles.length - (u.nodesCreated ?? 0) });
  }

  // 2. Stale claims and mentions of re-loaded articles (only those already written can have any);
  //    remember the facts that lost a claim.
  const pruned = new Map<string, { predicate: Predicate; row: FactRow }>();
  const orphanCandidates: Record<'Person' | 'Organization', { key: string }[]> = { Person: [], Organization: [] };
  const replaced = plan.replaced.filter((r) => known.has(r.article));
  if (replaced.length > 0) {
    const claims = await run(DELETE_STALE_CLAIMS, replaced);
    for (const rec of claims.records) {
      const r = rec.toObject() as Record<string, string>;
      const predicate = r.predicate as Predicate;
      pruned.set(r.factKey!, { predicate, row: { factKey: r.factKey!, start: r.start!, end: r.end!, title: r.title! } });
    }
    const removed = claims.u.nodesDeleted ?? 0;
    report.claims.removed += removed;
    tally(report.nodes, 'Claim', { deleted: removed });
    for (const t of ['ASSERTS', 'SUBJECT', 'OBJECT'] as const) tally(report.relationships, t, { deleted: removed });
    const mentions = await run(DELETE_STALE_MENTIONS, replaced);
    tally(report.relationships, 'MENTIONS', { deleted: mentions.u.relationshipsDeleted ?? 0 });
    for (const r of mentions.records) orphanCandidates[r.get('label') as 'Person' | 'Organization'].push({ key: r.get('key') as string });
  }

  // 3. Entities, in key order; their element ids by `Label:key`.
  const entityNode = new Map<string, string>();
  const nodeOf = (type: EntityType, key: string) => {
    const id = entityNode.get(`${type}:${key}`);
    if (id === undefined) throw new Error(`loader bug: ${type} ${JSON.stringify(key)} is not in the batch's entities`);
    return id;
  };
  for (const l of ENTITY_LABELS) {
    const rows = plan.entities[l];
    if (rows.length === 0) continue;
    const { records, u } = await run(mergeEntities(l), [...rows].sort(byString((e) => e.key)));
    for (const r of records) entityNode.set(`${l}:${r.get('key') as string}`, r.get('node') as string);
    tally(report.nodes, l, { created: u.nodesCreated ?? 0, matched: rows.length - (u.nodesCreated ?? 0) });
  }

  // 4. Claims with their links: those of fresh articles are all new (CREATE); those of known
  //    articles are MERGEd, and unchanged ones (same hash) skipped.
  const claimRow = (c: ClaimRow) => {
    const sig = PREDICATE_SIGNATURES[c.predicate];
    return [articleNode.get(c.article), nodeOf(sig.subject, c.subjectKey), nodeOf(sig.object, c.objectKey), ...claimValues(c)];
  };
  const fresh: ClaimRow[] = [];
  const existing: ClaimRow[] = [];
  for (const p of FACT_TYPES) for (const c of plan.claims[p] ?? []) (known.has(c.article) ? existing : fresh).push(c);
  // Claims created or changed now, by fact: what each fact gains, or null once a claim of it changed (then it is recomputed).
  const additions = new Map<string, FactAddition | null>();
  let created = 0;
  if (fresh.length > 0) {
    const { u } = await run(CREATE_CLAIMS, fresh.map(claimRow));
    if ((u.nodesCreated ?? 0) !== fresh.length) throw new Error(`loader bug: ${fresh.length} new claims sent, ${u.nodesCreated ?? 0} created`);
    created += fresh.length;
    for (const c of fresh) {
      const before = additions.get(c.factKey);
      if (before !== null) additions.set(c.factKey, addClaim(before, c));
    }
  }
  if (existing.length > 0) {
    const byId = new Map(existing.map((c) => [c.id, c]));
    const { records } = await run(MERGE_CLAIMS, existing.map(claimRow));
    for (const r of records) {
      const claim = byId.get(r.get('id') as string)!;
      if (r.get('created')) {
        created++;
        const before = additions.get(claim.factKey);
        if (before !== null) additions.set(claim.factKey, addClaim(before, claim));
      } else {
        report.claims.changed++;
        additions.set(claim.factKey, null);
      }
    }
    report.claims.unchanged += existing.length - records.length;
  }
  const claimCount = fresh.length + existing.length;
  report.claims.created += created;
  tally(report.nodes, 'Claim', { created, matched: claimCount - created });
  // A new claim has no links yet, so each of its three links is created with it; a known claim's links exist.
  for (const t of ['ASSERTS', 'SUBJECT', 'OBJECT'] as const) tally(report.relationships, t, { created, matched: claimCount - created });

  // 5. Mentions: CREATE for fresh articles, MERGE for known ones.
  {
    const freshRows: { a: string; e: string }[] = [];
    const knownRows: { a: string; e: string }[] = [];
    for (const l of ENTITY_LABELS) {
      for (const m of plan.mentions[l]) (known.has(m.article) ? knownRows : freshRows).push({ a: articleNode.get(m.article)!, e: nodeOf(l, m.key) });
    }
    let mentionsCreated = 0;
    if (freshRows.length > 0) mentionsCreated += (await run(CREATE_MENTIONS, freshRows)).u.relationshipsCreated ?? 0;
    if (knownRows.length > 0) mentionsCreated += (await run(MERGE_MENTIONS, knownRows)).u.relationshipsCreated ?? 0;
    const total = freshRows.length + knownRows.length;
    if (total > 0) tally(report.relationships, 'MENTIONS', { created: mentionsCreated, matched: total - mentionsCreated });
  }

  // 6. Facts: add new claims to facts that only gained some; recompute those with a changed
  //    claim (MERGE) and those that lost one (may delete).
  const touched = new Set(additions.keys());
  const byKey = byString((f: FactRow) => f.factKey);
  const factsOf = (p: Predicate) => [...plan.facts.values()].filter((f) => f.predicate === p).map((f) => f.row);
  for (const p of FACT_TYPES) {
    const sig = PREDICATE_SIGNATURES[p];
    // Sorted rows make concurrent loaders lock shared facts in the same order (fewer deadlocks).
    const incremental = factsOf(p).filter((f) => additions.get(f.factKey) && !pruned.has(f.factKey)).sort(byKey);
    if (incremental.length === 0) continue;
    const rows = incremental.map((f) => {
      const a = additions.get(f.factKey)!;
      return {
        s: nodeOf(sig.subject, f.start),
        o: nodeOf(sig.object, f.end),
        title: f.title,
        claimCount: a.claimCount,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
        articleIds: [...a.articleIds].sort(),
        partners: a.partners,
      };
    });
    const { u } = await run(addToFacts(p), rows);
    const factsCreated = u.relationshipsCreated ?? 0;
    tally(report.relationships, p, { created: factsCreated, matched: incremental.length - factsCreated });
  }
  for (const p of FACT_TYPES) {
    const mine = factsOf(p);
    const recompute = mine.filter((f) => touched.has(f.factKey) && (additions.get(f.factKey) === null || pruned.has(f.factKey))).sort(byKey);
    if (recompute.length > 0) {
      const { u } = await run(upsertFacts(p), recompute);
      const factsCreated = u.relationshipsCreated ?? 0;
      tally(report.relationships, p, { created: factsCreated, matched: recompute.length - factsCreated });
    }
    // Facts whose claims in this batch were all unchanged: there, matched, not written.
    const untouched = mine.filter((f) => !touched.has(f.factKey) && !pruned.has(f.factKey)).length;
    if (untouched > 0) tally(report.relationships, p, { matched: untouched });
    const prunes = [...pruned.values()].filter((f) => f.predicate === p && !touched.has(f.row.factKey)).map((f) => f.row).sort(byKey);
    if (prunes.length > 0) {
      const { u } = await run(pruneFacts(p), prunes);
      const deleted = u.relationshipsDeleted ?? 0;
      tally(report.relationships, p, { deleted, matched: prunes.length - deleted });
    }
  }

  // 7. People and organisations that a correction left unnamed by any story.
  for (const l of ['Person', 'Organization'] as const) {
    if (orphanCandidates[l].length === 0) continue;
    const { u } = await run(deleteOrphans(l), orphanCandidates[l]);
    tally(report.nodes, l, { deleted: u.nodesDeleted ?? 0 });
  }

  report.triples = plan.tripleCount;
  report.articles = plan.articles.length;
  report.batches = 1;
  return report;
}

/** What a fact's new claims in one batch add to it. */
export interface FactAddition {
  claimCount: number;
  firstDate: string | null;
  lastDate: string | null;
  articleIds: Set<string>;
  partners: string[];
}

/** Adds one claim to its fact's aggregates (the loader's rows, or the import's spooled claims). */
export function addClaim(into: FactAddition | undefined, c: Pick<ClaimRow, 'date' | 'article' | 'partners'>): FactAddition {
  const a = into ?? { claimCount: 0, firstDate: null, lastDate: null, articleIds: new Set<string>(), partners: [] };
  a.claimCount++;
  if (c.date !== null && (a.firstDate === null || c.date < a.firstDate)) a.firstDate = c.date;
  if (c.date !== null && (a.lastDate === null || c.date > a.lastDate)) a.lastDate = c.date;
  a.articleIds.add(c.article);
  for (const p of c.partners ?? []) if (!a.partners.includes(p)) a.partners.push(p);
  return a;
}

