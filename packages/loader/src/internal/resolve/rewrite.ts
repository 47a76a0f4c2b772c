import { PREDICATE_SIGNATURES, type Predicate } from '@wiregraph/core';
import { claimId, factOf, type FactRow } from '../rows.js';

/** A claim as stored, with the keys its story wrote when resolution has moved it (else null). */
export interface StoredClaim {
  id: string;
  article: string;
  predicate: Predicate;
  subjectKey: string;
  objectKey: string;
  factKey: string;
  title: string;
  subjectWritten: string | null;
  objectWritten: string | null;
}

export interface ClaimRewrite {
  from: string;
  id: string;
  predicate: Predicate;
  subjectKey: string;
  objectKey: string;
  factKey: string;
  subjectWritten: string | null;
  objectWritten: string | null;
  objectIsPerson: boolean;
  fact: FactRow;
}

/** One end of a claim: the key it sits on now and the key its story wrote, when different. */
export interface ClaimEnd {
  key: string;
  written: string | null;
}

/**
 * A claim with its Person ends moved by `move` (a merge maps a merged key to the key that stays;
 * a split maps an end written as the split key back to it). Ids and fact keys are rebuilt as the
 * loader builds them; a MET whose two ends become one person is 'self' (nobody meets themself).
 */
export function rewriteClaim(c: StoredClaim, move: (end: ClaimEnd) => ClaimEnd): ClaimRewrite | 'self' | null {
  const sig = PREDICATE_SIGNATURES[c.predicate];
  let start = move({ key: c.subjectKey, written: c.subjectWritten });
  let end = sig.object === 'Person' ? move({ key: c.objectKey, written: c.objectWritten }) : { key: c.objectKey, written: c.objectWritten };
  if (start.key === c.subjectKey && end.key === c.objectKey) return null;
  if (sig.object === 'Person' && start.key === end.key) return 'self';
  if (sig.symmetric && end.key < start.key) [start, end] = [end, start];
  const fact = factOf({ predicate: c.predicate, subject: { type: sig.subject, key: start.key, name: '' }, object: { type: sig.object, key: end.key, name: '' }, title: c.title });
  return {
    from: c.id,
    id: claimId(c.article, fact.factKey),
    predicate: c.predicate,
    subjectKey: start.key,
    objectKey: end.key,
    factKey: fact.factKey,
    subjectWritten: start.written,
    objectWritten: end.written,
    objectIsPerson: sig.object === 'Person',
    fact,
  };
}

/** The move of a merge: an end on a merged node goes to the node that stays, remembering the key the story wrote. */
export const mergeMove = (into: ReadonlyMap<string, string>) => (e: ClaimEnd): ClaimEnd => {
  const to = into.get(e.key);
  return to ? { key: to, written: e.written ?? e.key } : e;
};

/** The move of a split: an end the story wrote as `alias` goes back to it. */
export const splitMove = (alias: string) => (e: ClaimEnd): ClaimEnd => (e.written === alias ? { key: alias, written: null } : e);
