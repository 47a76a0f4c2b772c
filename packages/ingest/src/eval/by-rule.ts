// Precision per extraction rule: which rule produced each true and each false positive.
import type { Triple } from '@wiregraph/core';
import { scoreTriples } from './score.js';

export interface RuleFigures {
  /** The id the triples carry ("met.verb", "coop.on"); "(none)" for triples without one. */
  rule: string;
  tp: number;
  fp: number;
  /** Triples the scorer counted once under another triple of the same fact (neither TP nor FP). */
  duplicates: number;
  precision: number;
}

const NONE = '(none)';

/**
 * TP and FP per rule id, from the scorer's own matching: a predicted triple is a false positive
 * when the scorer lists it as one, a true positive when the scorer kept it and did not.
 * Sorted by FP, most first, then by id.
 */
export function scoreByRule(gold: readonly Triple[], predicted: readonly Triple[]): RuleFigures[] {
  const fps = new Set(scoreTriples(gold, predicted).falsePositives);
  // Scored against no gold, every triple the scorer keeps is a false positive: what it keeps.
  const kept = new Set(scoreTriples([], predicted).falsePositives);
  const by = new Map<string, RuleFigures>();
  for (const t of predicted) {
    const rule = t.rule ?? NONE;
    let f = by.get(rule);
    if (!f) by.set(rule, (f = { rule, tp: 0, fp: 0, duplicates: 0, precision: 0 }));
    if (fps.has(t)) f.fp++;
    else if (kept.has(t)) f.tp++;
    else f.duplicates++;
  }
  for (const f of by.values()) f.precision = f.tp + f.fp === 0 ? 0 : f.tp / (f.tp + f.fp);
  return [...by.values()].sort((a, b) => b.fp - a.fp || a.rule.localeCompare(b.rule));
}

/** The per-rule figures as a plain-text table. */
export function formatByRule(rows: readonly RuleFigures[]): string {
  const out = [`${'rule'.padEnd(24)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'dup'.padStart(5)}  P`];
  for (const r of rows) out.push(`${r.rule.padEnd(24)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.duplicates).padStart(5)}  ${r.precision.toFixed(3)}`);
  return out.join('\n');
}
