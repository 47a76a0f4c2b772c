import type { Article, Triple } from '@wiregraph/core';
import { extractStory } from './internal/story.js';
import type { RulesOff } from './internal/rules/registry.js';
import { applyLearned, LEARNED_RULE_IDS } from './learned/index.js';
import { guardPeople } from './person-guard.js';

export { LEARNED_RULE_IDS };

/**
 * One article through every stage: the rules, the learned scorers over their output, then the
 * person guard (no non-person, fused pair or rank in a Person key). A learned stage's id in
 * `off` switches that stage off, as a rule's id does the rule.
 */
export function extractArticle(article: Article, off?: RulesOff): Triple[] {
  const { triples, story, persons } = extractStory(article, off);
  const decided = off?.has('met.learned') ? triples : applyLearned(story, triples, persons);
  return guardPeople(decided);
}
