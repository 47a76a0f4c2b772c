import { beforeAll, describe, expect, it } from 'vitest';
import type { Triple } from '@wiregraph/core';
import { cueWords, wordShape } from '../../../src/extract/learned/cue-words.js';
import { decideMeetings, meetingCandidates } from '../../../src/extract/learned/index.js';
import { extractStory } from '../../../src/extract/internal/story.js';
import { hasSymmetric, facts, story, warmUp } from '../helpers.js';

beforeAll(warmUp);

function candidates(body: string) {
  const a = story(body);
  const { triples, persons, story: prepared } = extractStory(a);
  return { a, triples, persons, cands: meetingCandidates(prepared.parsed, triples, persons) };
}

describe('meeting-pair features', () => {
  it('see cue and closed-class words by identity and every other word by its tag only', () => {
    const cw = cueWords();
    expect(wordShape(cw, 'talks', 'NOUN')).toBe('talks');
    expect(wordShape(cw, 'with', 'ADP')).toBe('with');
    expect(wordShape(cw, 'pipeline', 'NOUN')).toBe('NOUN');
    expect(wordShape(cw, 'nairobi', 'PROPN')).toBe('PROPN');
  });

  it('never carry a name or an open-class word of the story', () => {
    const { cands } = candidates('Kenyan President Paul Otieno held talks with Ugandan President Joseph Okello on the pipeline in Nairobi on Monday.');
    expect(cands).toHaveLength(1);
    const text = cands[0]!.features.join(' ');
    for (const w of ['paul', 'otieno', 'joseph', 'okello', 'nairobi', 'pipeline', 'kenyan']) expect(text).not.toContain(w);
    expect(cands[0]!.features).toContain('bw:talks');
    expect(cands[0]!.features.some((f) => f.startsWith('rule='))).toBe(true);
  });

  it('pair people named in one sentence, and a sentence-opening "he" with the previous sentence\'s first person', () => {
    const { cands } = candidates('Kenyan President Paul Otieno arrived in Kampala on Sunday. He held talks with Ugandan President Joseph Okello on Monday.');
    expect(cands.map((c) => [c.a.key, c.b.key].sort().join('+'))).toContain('joseph okello+paul otieno');
  });
});

describe('decideMeetings', () => {
  const body = 'Kenyan President Paul Otieno held talks with Ugandan President Joseph Okello in Nairobi on Monday.';
  // The rules' output without their meeting, so that the model alone decides it.
  const ctx = () => {
    const a = story(body);
    const { triples, persons, story: prepared } = extractStory(a);
    return { a, triples: triples.filter((t) => t.predicate !== 'MET'), persons, parsed: prepared.parsed };
  };
  const met = (ts: readonly Triple[]) => ts.filter((t) => t.predicate === 'MET');

  it('adds the meeting a model favours, with the sentence as evidence and its own rule id', () => {
    const { triples, persons, parsed } = ctx();
    const out = decideMeetings({ weights: { 'bw:talks': 2 } }, { parsed, offset: 0, dateOf: () => '2025-06-09' }, triples, persons, { keep: 0, add: 1 });
    expect(met(out)).toHaveLength(1);
    expect(met(out)[0]).toMatchObject({ rule: 'met.learned', date: '2025-06-09', evidence: body, sentence: 0 });
  });

  it('adds nothing below the bar, and drops a rule meeting the model scores down', () => {
    const { triples, persons, parsed } = ctx();
    expect(met(decideMeetings({ weights: { 'bw:talks': 2 } }, { parsed, offset: 0, dateOf: () => null }, triples, persons, { keep: 0, add: 3 }))).toHaveLength(0);
    const rule: Triple = { article: 't1', subject: { type: 'Person', key: 'paul otieno', name: 'Paul Otieno' }, predicate: 'MET', object: { type: 'Person', key: 'joseph okello', name: 'Joseph Okello' }, date: null, evidence: body, rule: 'met.verb' };
    expect(met(decideMeetings({ weights: { bias: -5 } }, { parsed, offset: 0, dateOf: () => null }, [...triples, rule], persons, { keep: 0, add: 0 }))).toHaveLength(0);
  });

  it('never adds a meeting in a sentence that denies or only plans it', () => {
    const a = story('Kenyan President Paul Otieno and Ugandan President Joseph Okello did not meet in Nairobi on Monday.');
    const { triples, persons, story: prepared } = extractStory(a);
    const out = decideMeetings({ weights: { bias: 10 } }, { parsed: prepared.parsed, offset: 0, dateOf: () => null }, triples, persons, { keep: 0, add: 0 });
    expect(met(out)).toHaveLength(0);
  });
});

describe('the shipped meeting model', () => {
  it('reads a meeting the rules miss: "A and B held discussions … during a bilateral meeting"', () => {
    const keys = facts('Prime Minister Tomasi Vunivalu and Samoan counterpart Lemalu Tuilagi held discussions on development cooperation during a bilateral meeting in Apia.');
    expect(hasSymmetric(keys, 'MET', 'tomasi vunivalu', 'lemalu tuilagi')).toBe(true);
  });

  it('adds nothing for people who only greeted each other', () => {
    expect(facts('Kenyan President Paul Otieno and Ugandan President Joseph Okello greeted each other at the airport.').filter((f) => f.startsWith('MET'))).toEqual([]);
  });

  it('does not pair ministers who only kept their posts together', () => {
    expect(facts('Finance Minister Taro Sato and Chief Cabinet Secretary Kenji Mori kept their posts in the reshuffle.').filter((f) => f.startsWith('MET'))).toEqual([]);
  });
});
