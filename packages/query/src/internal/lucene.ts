import { foldText } from '@wiregraph/core';

/** Plain text → the words a Lucene query may hold (folded, so they meet the standard-folding analyzer). */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Every word must match; words of five letters or more also match with one typo. Terms are
 * letters and digits only, so no Lucene syntax reaches the index from user text.
 */
export function exactQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (!terms.length) return null;
  return terms.map((t) => (t.length >= 5 ? `(${t} OR ${t}~1)` : t)).join(' AND ');
}

/** Any word, with typos (edit distance up to 2): the "did you mean" list for an unknown entity. */
export function closeMatchQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (!terms.length) return null;
  return terms.map((t) => (t.length >= 3 ? `${t}~` : t)).join(' OR ');
}
