import { beforeAll, describe, expect, it } from 'vitest';
import { PREDICATES } from '@wiregraph/core';
import { extractTriples, extractTriplesWith, extractionRules } from '../../../src/extract/index.js';
import { story, warmUp } from '../helpers.js';

const rulesOf = (body: string, rulesOff: string[] = []) => extractTriplesWith(story(body), { rulesOff }).map((t) => `${t.rule} ${t.predicate} ${t.subject.key}|${t.object.key}`);

const MET_THEN_AGREED = 'TOKYO (Test Wire) -- Japanese Prime Minister Taro Sato held talks with Indian Prime Minister Ravi Kumar on Monday, and the two leaders agreed to cooperate in space.';
const MET_IN_TOKYO = 'TOKYO (Test Wire) -- Japanese Prime Minister Taro Sato met Indian Prime Minister Ravi Kumar in Tokyo on Monday.';

describe('the rule registry', () => {
  beforeAll(warmUp, 60_000);

  it('lists each rule once, with a known predicate, a summary and the ids it emits', () => {
    const rules = extractionRules();
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(PREDICATES).toContain(r.predicate);
      expect(r.summary.length).toBeGreaterThan(10);
      expect(r.emits.length).toBeGreaterThan(0);
    }
    // No finding id is emitted by two rules: a triple's id names one rule.
    const emitted = rules.flatMap((r) => r.emits);
    expect(new Set(emitted).size).toBe(emitted.length);
  });

  it('runs in priority order, sentence rules before story rules', () => {
    const rules = extractionRules();
    const sentence = rules.filter((r) => r.scope === 'sentence').map((r) => r.priority);
    expect(sentence).toEqual([...sentence].sort((a, b) => a - b));
    expect(rules.findIndex((r) => r.scope === 'story')).toBe(sentence.length);
  });

  it('gives every triple the id of a registered rule', () => {
    const emitted = new Set(extractionRules().flatMap((r) => r.emits));
    const ts = extractTriples(story(MET_THEN_AGREED));
    expect(ts.length).toBeGreaterThan(3);
    for (const t of ts) expect(emitted).toContain(t.rule);
  });

  it('makes the meeting rules alternatives: the first that finds a meeting in a sentence wins', () => {
    // Both the meeting cue and "the two leaders agreed" read this sentence; only the cue's MET is kept.
    expect(rulesOf(MET_THEN_AGREED)).toContain('met.verb MET taro sato|ravi kumar');
    expect(rulesOf(MET_THEN_AGREED).some((r) => r.startsWith('met.group-agreement'))).toBe(false);
    // With the cue rule off, the next alternative gets the sentence.
    expect(rulesOf(MET_THEN_AGREED, ['met.cue'])).toContain('met.group-agreement MET taro sato|ravi kumar');
  });

  it('switches off a whole rule by its id, or one kind of finding by the id it carries', () => {
    expect(rulesOf(MET_IN_TOKYO)).toEqual(expect.arrayContaining(['met.verb MET taro sato|ravi kumar', 'visited.meeting-place VISITED ravi kumar|JPN']));
    // Off by finding id: the meeting goes, the visit the same rule found stays (the learned
    // meeting scorer, itself switched off by its id, would otherwise read the meeting again).
    expect(rulesOf(MET_IN_TOKYO, ['met.verb'])).toContain('met.learned MET taro sato|ravi kumar');
    const noVerb = rulesOf(MET_IN_TOKYO, ['met.verb', 'met.learned']);
    expect(noVerb.some((r) => r.includes(' MET '))).toBe(false);
    expect(noVerb).toContain('visited.meeting-place VISITED ravi kumar|JPN');
    // Off by rule id: both go; the offices stay.
    expect(rulesOf(MET_IN_TOKYO, ['met.cue', 'met.learned'])).toEqual(['office.title HOLDS_OFFICE taro sato|JPN', 'office.title HOLDS_OFFICE ravi kumar|IND']);
  });

  it('refuses an unknown rule id', () => {
    expect(() => extractTriplesWith(story(MET_IN_TOKYO), { rulesOff: ['met.nonsense'] })).toThrow(/unknown rule id "met.nonsense"/);
  });
});
