// Extraction: Articles in, triples (docs/triples.md) out.
import type { Article, Triple } from '@wiregraph/core';
import { extractArticle, LEARNED_RULE_IDS } from './pipeline.js';
import { RULES, RULE_IDS } from './internal/rules/registry.js';

export { guardPeople, fusedKeys } from './person-guard.js';
export { extractInWorkers, extractArticlesInWorkers, type ArticleTriples, type WorkerOptions } from './workers.js';
export { mentionSummary, type MentionSummary } from './internal/mention-summary.js';

/** The triples one article asserts, each with evidence, date, confidence, sentence, offsets and rule id. */
export function extractTriples(article: Article): Triple[] {
  return extractArticle(article);
}

/** Streams triples from a stream of articles, one article at a time (memory stays flat). */
export async function* extractStream(articles: AsyncIterable<Article> | Iterable<Article>): AsyncGenerator<Triple> {
  for await (const a of articles) yield* extractTriples(a);
}

export interface ExtractOptions {
  /**
   * Rule ids (or ids of the findings a rule emits) switched off, to score what one rule brings:
   * the rule does not run, or its findings are dropped before the next rule looks.
   */
  rulesOff?: Iterable<string>;
}

/** extractTriples with options; throws a RangeError naming an unknown rule id. */
export function extractTriplesWith(article: Article, options: ExtractOptions): Triple[] {
  const off = new Set(options.rulesOff ?? []);
  for (const id of off) if (!RULE_IDS.has(id) && !LEARNED_RULE_IDS.includes(id)) throw new RangeError(`unknown rule id "${id}"`);
  return extractArticle(article, off);
}

/** One extraction rule, as `eval --by-rule` and the README describe it. */
export interface RuleInfo {
  id: string;
  predicate: Triple['predicate'];
  scope: 'sentence' | 'story';
  priority: number;
  /** Sentence rules of one group are alternatives: the first (by priority) that finds anything wins. */
  exclusive?: string;
  /** The ids the rule's findings (and triples) carry. */
  emits: readonly string[];
  summary: string;
}

/** Every extraction rule in the order it runs. */
export function extractionRules(): RuleInfo[] {
  const rules: RuleInfo[] = RULES.map((r) => ({ id: r.id, predicate: r.predicate, scope: r.scope, priority: r.priority, ...('exclusive' in r && r.exclusive ? { exclusive: r.exclusive } : {}), emits: r.emits, summary: r.summary }));
  // The learned stages run after every rule, over the rules' triples.
  const last = Math.max(0, ...rules.map((r) => r.priority)) + 1;
  return [...rules, ...LEARNED_RULE_IDS.map((id) => ({ id, predicate: 'MET' as const, scope: 'story' as const, priority: last, emits: [id], summary: 'learned meeting-pair scorer: keeps or drops the rules\' meetings, adds ones the text names between two people' }))];
}
