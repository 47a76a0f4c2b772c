import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, FACT_TYPES, type Predicate } from '@wiregraph/core';
import { emptyReport, tally, type LoadReport } from '../report.js';
import type { BatchPlan, ClaimRow, FactRow } from './rows.js';
import {
  DELETE_STALE_CLAIMS,
  DELETE_STALE_MENTIONS,
  deleteOrphans,
  MERGE_ARTICLES,
  mergeClaims,
  mergeEntities,
  mergeMentions,
  pruneFacts,
  upsertFacts,
  lockFacts,
  addToFacts,
} from './statements.js';


/**
 * Writes one planned batch inside one transaction. It runs inside executeWrite, so it may run
 * more than once (transient errors are retried): it returns its report instead of adding to a
 * shared one, and the caller counts it only once the transaction has committed.
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
    return { records: result.records.map((r) => r.toObject() as Record<string, unknown>), u };
  };

  // 1. Articles.
  {
    const { u } = await run(MERGE_ARTICLES, plan.articles);
    tally(report.nodes, 'Article', { created: u.nodesCreated ?? 0, matched: plan.articles.length - (u.nodesCreated ?? 0) });
  }

  // 2. Stale claims and mentions of re-loaded articles; remember the facts that lost a claim.
  const pruned = new Map<string, { predicate: Predicate; row: FactRow }>();
  const orphanCandidates: Record<'Person' | 'Organization', { key: string }[]> = { Person: [], Organization: [] };
  if (plan.replaced.length > 0) {
    const claims = await run(DELETE_STALE_CLAIMS, plan.replaced);
    for (const r of claims.records) {
      const predicate = r.predicate as Predicate;
      pruned.set(r.factKey as string, { predicate, row: { factKey: r.factKey as string, start: r.start as string, end: r.end as string, title: r.title as string } });
    }
    const removed = claims.u.nodesDeleted ?? 0;
    report.claims.removed += removed;
    tally(report.nodes, 'Claim', { deleted: removed });
    for (const t of ['ASSERTS', 'SUBJECT', 'OBJECT'] as const) tally(report.relationships, t, { deleted: removed });
    const mentions = await run(DELETE_STALE_MENTIONS, plan.replaced);
    tally(report.relationships, 'MENTIONS', { deleted: mentions.u.relationshipsDeleted ?? 0 });
    for (const r of mentions.records) orphanCandidates[r.label as 'Person' | 'Organization'].push({ key: r.key as string });
  }

  // 3. Entities.
  for (const l of ENTITY_LABELS) {
    const rows = plan.entities[l];
    if (rows.length === 0) continue;
    const { u } = await run(mergeEntities(l), rows);
    tally(report.nodes, l, { created: u.nodesCreated ?? 0, matched: rows.length - (u.nodesCreated ?? 0) });
  }

  // 4. Claims with their links; unchanged claims are skipped by hash.
  const touched = new Map<string, { predicate: Predicate; row: FactRow }>();
  // Per fact: what its new claims add, or null once a claim of it changed (then it is recomputed).
  const additions = new Map<string, FactAddition | null>();
  for (const p of FACT_TYPES) {
    const rows = plan.claims[p];
    if (!rows || rows.length === 0) continue;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const { records } = await run(mergeClaims(p), rows);
    let created = 0;
    for (const r of records) {
      const factKey = r.factKey as string;
      const fact = plan.facts.get(factKey);
      if (fact) touched.set(factKey, fact);
      if (r.created) {
        created++;
        const claim = byId.get(r.id as string)!;
        const before = additions.get(factKey);
        if (before !== null) additions.set(factKey, addClaim(before, claim));
      } else {
        report.claims.changed++;
        additions.set(factKey, null);
      }
    }
    report.claims.created += created;
    report.claims.unchanged += rows.length - records.length;
    tally(report.nodes, 'Claim', { created, matched: rows.length - created });
    // A new claim has no links yet, so each of its three links is created with it; a known claim's links exist.
    for (const t of ['ASSERTS', 'SUBJECT', 'OBJECT'] as const) tally(report.relationships, t, { created, matched: rows.length - created });
  }

  // 5. Mentions.
  for (const l of ENTITY_LABELS) {
    const rows = plan.mentions[l];
    if (rows.length === 0) continue;
    const { u } = await run(mergeMentions(l), rows);
    const created = u.relationshipsCreated ?? 0;
    tally(report.relationships, 'MENTIONS', { created, matched: rows.length - created });
  }

  // 6. Facts: add new claims to facts that only gained some; recompute those with a changed
  //    claim (MERGE) and those that lost one (may delete).
  for (const p of FACT_TYPES) {
    const byKey = (a: FactRow, b: FactRow) => (a.factKey < b.factKey ? -1 : a.factKey > b.factKey ? 1 : 0);
    // Sorted rows make concurrent loaders lock shared facts in the same order (fewer deadlocks).
    const mine = [...touched.values()].filter((f) => f.predicate === p).map((f) => f.row).sort(byKey);
    const incremental = mine.filter((f) => additions.get(f.factKey) && !pruned.has(f.factKey));
    const recompute = mine.filter((f) => !additions.get(f.factKey) || pruned.has(f.factKey));
    if (incremental.length > 0) {
      const { u } = await run(lockFacts(p), incremental);
      const created = u.relationshipsCreated ?? 0;
      tally(report.relationships, p, { created, matched: incremental.length - created });
      await run(addToFacts(p), incremental.map((f) => ({ ...f, ...additionRow(additions.get(f.factKey)!) })));
    }
    if (recompute.length > 0) {
      const { u } = await run(upsertFacts(p), recompute);
      const created = u.relationshipsCreated ?? 0;
      tally(report.relationships, p, { created, matched: recompute.length - created });
    }
    // Facts whose claims in this batch were all unchanged: there, matched, not written.
    const untouched = [...plan.facts.values()].filter((f) => f.predicate === p && !touched.has(f.row.factKey) && !pruned.has(f.row.factKey)).length;
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

export function addClaim(into: FactAddition | undefined, c: ClaimRow): FactAddition {
  const a = into ?? { claimCount: 0, firstDate: null, lastDate: null, articleIds: new Set<string>(), partners: [] };
  a.claimCount++;
  if (c.date !== null && (a.firstDate === null || c.date < a.firstDate)) a.firstDate = c.date;
  if (c.date !== null && (a.lastDate === null || c.date > a.lastDate)) a.lastDate = c.date;
  a.articleIds.add(c.article);
  for (const p of c.partners ?? []) if (!a.partners.includes(p)) a.partners.push(p);
  return a;
}

export function additionRow(a: FactAddition) {
  return { claimCount: a.claimCount, firstDate: a.firstDate, lastDate: a.lastDate, articleIds: [...a.articleIds].sort(), partners: a.partners };
}
