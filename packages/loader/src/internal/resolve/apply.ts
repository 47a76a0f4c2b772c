import type { ManagedTransaction } from 'neo4j-driver';
import { FACT_TYPES, type Predicate } from '@wiregraph/core';
import { pruneFacts, upsertFacts } from '../statements.js';
import type { FactRow } from '../rows.js';
import { rewriteClaim, type ClaimEnd, type ClaimRewrite, type StoredClaim } from './rewrite.js';
import { CLAIMS_OF_PEOPLE, DELETE_CLAIMS, EXISTING_CLAIM_IDS, REWRITE_CLAIMS } from './statements.js';

export interface MoveCounts {
  claimsMoved: number;
  /** Claims that became another claim of the same story (one fact, one claim) or a MET of a person with themself. */
  claimsDropped: number;
}

const storedClaim = (o: Record<string, unknown>) => o as unknown as StoredClaim;

export async function claimsOf(tx: ManagedTransaction, text: string, params: Record<string, unknown>): Promise<StoredClaim[]> {
  const result = await tx.run(text, params);
  return result.records.map((r) => storedClaim(r.toObject()));
}

/**
 * Moves claims to the people `move` names and rebuilds every fact they touch from its claims
 * (the loader's own statements: aggregates stay what the claims give). `oldFacts` that lost their
 * claims are pruned; facts the rewritten claims now support are upserted.
 */
export async function moveClaims(tx: ManagedTransaction, claims: readonly StoredClaim[], move: (e: ClaimEnd) => ClaimEnd, pruneOld: boolean): Promise<MoveCounts> {
  const rewrites: ClaimRewrite[] = [];
  const dropped: string[] = [];
  const oldFacts = new Map<string, { predicate: Predicate; row: FactRow }>();
  for (const c of [...claims].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const r = rewriteClaim(c, move);
    if (r === null) continue;
    oldFacts.set(c.factKey, { predicate: c.predicate, row: { factKey: c.factKey, start: c.subjectKey, end: c.objectKey, title: c.predicate === 'HOLDS_OFFICE' ? c.title : '' } });
    if (r === 'self') dropped.push(c.id);
    else rewrites.push(r);
  }
  // One fact, one claim per story: a rewrite onto a claim that exists (or that an earlier rewrite makes) is dropped.
  const taken = new Set((await tx.run(EXISTING_CLAIM_IDS, { ids: rewrites.map((r) => r.id) })).records.map((r) => r.get('id') as string));
  const kept: ClaimRewrite[] = [];
  for (const r of rewrites) {
    if (taken.has(r.id)) dropped.push(r.from);
    else {
      taken.add(r.id);
      kept.push(r);
    }
  }
  if (dropped.length) await tx.run(DELETE_CLAIMS, { ids: dropped });
  if (kept.length) await tx.run(REWRITE_CLAIMS, { rows: kept.map(({ fact: _fact, ...row }) => row) });

  const newFacts = new Map<string, { predicate: Predicate; row: FactRow }>();
  for (const r of rewrites) newFacts.set(r.factKey, { predicate: r.predicate, row: r.fact });
  for (const p of FACT_TYPES) {
    const upserts = [...newFacts.values()].filter((f) => f.predicate === p).map((f) => f.row);
    if (upserts.length) await tx.run(upsertFacts(p), { rows: upserts });
    if (!pruneOld) continue;
    const prunes = [...oldFacts.values()].filter((f) => f.predicate === p && !newFacts.has(f.row.factKey)).map((f) => f.row);
    if (prunes.length) await tx.run(pruneFacts(p), { rows: prunes });
  }
  return { claimsMoved: kept.length, claimsDropped: dropped.length };
}

/** Claims about any of `keys`. */
export const claimsOfPeople = (tx: ManagedTransaction, keys: readonly string[]) => claimsOf(tx, CLAIMS_OF_PEOPLE, { keys });
