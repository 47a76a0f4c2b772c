import { UsageError } from '@wiregraph/core';

/** --limit: a whole number, or none/all for no cap (undefined: the default of neighbourhood()). */
export function perHopLimit(v: string | undefined): number | null | undefined {
  if (v === undefined) return undefined;
  if (/^(none|all)$/i.test(v.trim())) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit must be a whole number of at least 1, or none, got "${v}"`);
  return n;
}
