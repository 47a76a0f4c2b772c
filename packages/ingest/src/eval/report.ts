import { PREDICATES, type Triple } from '@wiregraph/core';
import type { EvalReport, Figures } from './score.js';

const f3 = (x: number) => x.toFixed(3);

function row(name: string, f: Figures): string {
  return `${name.padEnd(16)} ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}  ${f3(f.precision)}  ${f3(f.recall)}  ${f3(f.f1)}`;
}

function line(t: Triple): string {
  const extra = t.title ? ` title=${t.title}` : t.partners ? ` partners=${t.partners.join(',')}` : '';
  return `  ${t.article}  ${t.predicate}  ${t.subject.key} → ${t.object.key}  date=${t.date ?? 'null'}${extra}\n      "${t.evidence.length > 160 ? t.evidence.slice(0, 157) + '...' : t.evidence}"`;
}

/** The eval report as a plain-text table, with up to `errors` false positives and misses. */
export function formatReport(r: EvalReport, errors = 0): string {
  const out: string[] = [];
  out.push(`${'predicate'.padEnd(16)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  ${'P'.padEnd(5)}  ${'R'.padEnd(5)}  F1`);
  for (const p of PREDICATES) out.push(row(p, r.byPredicate[p]));
  out.push(row('overall', r.overall));
  out.push(`date accuracy on matched triples: ${r.dateAccuracy.correct}/${r.dateAccuracy.matched} = ${f3(r.dateAccuracy.accuracy)}`);
  if (errors > 0) {
    out.push('', `false positives (${r.falsePositives.length}, first ${Math.min(errors, r.falsePositives.length)}):`);
    for (const t of r.falsePositives.slice(0, errors)) out.push(line(t));
    out.push('', `misses (${r.misses.length}, first ${Math.min(errors, r.misses.length)}):`);
    for (const t of r.misses.slice(0, errors)) out.push(line(t));
    out.push('', `date errors (${r.dateErrors.length}, first ${Math.min(errors, r.dateErrors.length)}):`);
    for (const d of r.dateErrors.slice(0, errors)) out.push(`  ${d.gold.article}  ${d.gold.predicate}  ${d.gold.subject.key} → ${d.gold.object.key}  gold=${d.gold.date ?? 'null'} got=${d.predicted.date ?? 'null'}`);
  }
  return out.join('\n');
}

/** The report as JSON: figures, and the error lists cut to `errors` items (all when errors < 0). */
export function reportJson(r: EvalReport, errors = -1): unknown {
  const cut = <T>(l: T[]) => (errors < 0 ? l : l.slice(0, errors));
  return { overall: r.overall, byPredicate: r.byPredicate, dateAccuracy: r.dateAccuracy, falsePositives: cut(r.falsePositives), misses: cut(r.misses), dateErrors: cut(r.dateErrors) };
}
