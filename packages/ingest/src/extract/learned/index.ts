// Learned stages over the rules' output: delexicalised features, weights shipped as data
// (packages/ingest/data/learned/), trained by scripts/train/ (see docs/extraction.md).
import type { Triple } from '@wiregraph/core';
import { loadData } from '../internal/lexicon.js';
import { decideMeetings, type MeetingThresholds, type NamedPerson } from './meeting-pairs.js';
import type { PerceptronWeights } from './perceptron.js';
import type { PreparedStory } from '../internal/prepare.js';

export { meetingCandidates, decideMeetings, type MeetingCandidate, type MeetingThresholds, type NamedPerson } from './meeting-pairs.js';
export { trainPerceptron, scoreFeatures, type Example, type PerceptronWeights } from './perceptron.js';

/** The ids the learned stages give their triples (and accept in --without-rule). */
export const LEARNED_RULE_IDS: readonly string[] = ['met.learned'];

export interface MeetingModel extends PerceptronWeights {
  threshold: MeetingThresholds;
}

/** The shipped meeting-pair model. */
export function meetingModel(): MeetingModel {
  return loadData<MeetingModel>('learned/meeting-pairs.json');
}

/** The date most of the rules' triples of one predicate carry (then of any), for facts whose sentence has none. */
function storyEventDate(triples: readonly Triple[]): string | null {
  for (const only of ['MET', undefined]) {
    const counts = new Map<string, number>();
    for (const t of triples) if (t.date && (!only || t.predicate === only)) counts.set(t.date, (counts.get(t.date) ?? 0) + 1);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (top) return top[0];
  }
  return null;
}

/** The rules' triples, with meetings decided by the learned pair scorer over every person the story names. */
export function applyLearned(story: PreparedStory, triples: readonly Triple[], named: readonly NamedPerson[], model: MeetingModel = meetingModel()): Triple[] {
  if (triples.length === 0) return [];
  const fallback = storyEventDate(triples) ?? (story.articleDate || null);
  // A meeting no rule found is dated by its own sentence's first date, else the story's.
  const dateOf = (s: number) => story.dates[s]?.[0]?.value ?? fallback;
  return decideMeetings(model, { parsed: story.parsed, offset: story.offset, dateOf }, triples, named, model.threshold);
}
