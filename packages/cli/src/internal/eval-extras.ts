// The eval command's measurements beyond the plain score: per rule, without a rule, per mention kind.
import { UsageError, type Article, type Triple } from '@wiregraph/core';
import { extractTriplesWith, extractionRules, formatByRule, formatMentionReport, mentionRecall, mentionSummary, scoreByRule, scoreTriples, type FoundMentions, type MentionReport, type RuleFigures } from '@wiregraph/ingest';

/** Checks `--without-rule` ids against the registry: an unknown id is a usage error listing the known ones. */
export function checkRuleIds(ids: readonly string[]): void {
  const known = new Set(extractionRules().flatMap((r) => [r.id, ...r.emits]));
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length) throw new UsageError(`--without-rule: unknown rule id ${bad.map((b) => `"${b}"`).join(', ')}; known: ${[...known].sort().join(', ')}`);
}

/** The triples of the articles with the given rules switched off (in this thread). */
export function extractWithout(articles: readonly Article[], rulesOff: readonly string[]): Triple[] {
  return articles.flatMap((a) => extractTriplesWith(a, { rulesOff }));
}

/** One line comparing the score without some rules to the score with all of them. */
export function withoutRuleLine(gold: readonly Triple[], all: readonly Triple[], without: readonly Triple[], rulesOff: readonly string[]): { text: string; json: unknown } {
  const a = scoreTriples(gold, all).overall;
  const w = scoreTriples(gold, without).overall;
  const d = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);
  const text = `without ${rulesOff.join(', ')}: TP ${w.tp} (${w.tp - a.tp >= 0 ? '+' : ''}${w.tp - a.tp}), FP ${w.fp} (${w.fp - a.fp >= 0 ? '+' : ''}${w.fp - a.fp}); P ${w.precision.toFixed(3)} (${d(w.precision - a.precision)}), R ${w.recall.toFixed(3)} (${d(w.recall - a.recall)}), F1 ${w.f1.toFixed(3)} (${d(w.f1 - a.f1)}) against all rules`;
  return { text, json: { rulesOff, allRules: a, withoutRules: w } };
}

/** The per-rule table and its JSON. */
export function byRule(gold: readonly Triple[], predicted: readonly Triple[]): { text: string; json: RuleFigures[] } {
  const rows = scoreByRule(gold, predicted);
  return { text: formatByRule(rows), json: rows };
}

/** The mention report over the articles read. */
export function mentionReport(gold: readonly Triple[], articles: readonly Article[], errors: number): { text: string; json: MentionReport } {
  const found = new Map<string, FoundMentions>(articles.map((a) => [a.id, mentionSummary(a)]));
  const r = mentionRecall(gold, found);
  return { text: formatMentionReport(r, errors), json: errors >= 0 ? { ...r, missed: r.missed.slice(0, errors) } : r };
}
