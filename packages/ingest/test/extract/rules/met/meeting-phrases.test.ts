import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples, extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, facts, hasSymmetric, story, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('meeting phrases beyond "met" and "held talks"', () => {
  it('reads "sat down with" and "sat down separately" as a meeting', () => {
    expect(facts('Peruvian Foreign Minister Ana Ruiz sat down with Chilean Foreign Minister Luis Soto in Santiago on Friday.')).toContain('MET ana ruiz|luis soto');
    expect(facts('On Friday, Foreign Minister Ana Ruiz of Peru and her Chilean counterpart Luis Soto sat down separately to discuss the floods.')).toContain('MET luis soto|ana ruiz');
  });

  it('gives a phone conversation in an opening adverbial to the group that follows', () => {
    const body = 'Peruvian President Ana Ruiz agreed with Chilean President Luis Soto on Tuesday to broaden ties. In a 20-minute phone conversation, the two leaders also agreed to expand cooperation in health.';
    expect(facts(body)).toContain('MET ana ruiz|luis soto');
  });

  it('does not make a meeting of a phone conversation nobody is said to have had', () => {
    expect(facts('Peruvian President Ana Ruiz said a phone conversation with reporters was not planned.').some((k) => k.startsWith('MET'))).toBe(false);
  });

  it('reads "welcomed X to the palace, where the two leaders agreed" as a meeting, but not on a call', () => {
    expect(facts('President Ana Ruiz of Peru on Thursday welcomed Chilean President Luis Soto to the Government Palace, where the two leaders agreed on a plan for agriculture.')).toContain('MET ana ruiz|luis soto');
    expect(facts('President Ana Ruiz of Peru on Thursday thanked Chilean President Luis Soto in a letter, in which the two leaders agreed on a plan for agriculture.').some((k) => k.startsWith('MET'))).toBe(false);
  });

  it('takes no acronym for a counterpart\'s name', () => {
    const keys = facts('A roadmap for cooperation between the Peruvian space agency CONIDA and its Chilean counterpart ACE was signed on Monday.');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE'))).toBe(false);
  });

  it('takes the subject past ", who …," and an adverb before the verb', () => {
    const keys = facts('Iranian Foreign Minister Ali Rezaei, who accompanied the president, separately met Qatar\'s Prime Minister Sheikh Hamad bin Ali Al Thani on Tuesday. The president also spoke.');
    expect(keys).toContain('MET ali rezaei|sheikh hamad bin ali al thani');
  });

  it('places talks in the dateline city when a participant travelled there for them', () => {
    const keys = facts('BRUSSELS, Dec 3 (Reuters) - Peruvian Foreign Minister Ana Ruiz, who travelled to Brussels for the talks, held a bilateral meeting with Chilean Foreign Minister Luis Soto on the sidelines.', { source: 'Reuters', date: '2025-12-03' });
    expect(keys).toContain('VISITED luis soto|BEL');
    expect(keys).toContain('VISITED ana ruiz|BEL');
  });

  it('reads a capitalised short function word after a title as the start of a name', () => {
    expect(facts('Party General Secretary To Minh received Lao Prime Minister Sonexay Vong in Hanoi on Monday.')).toContain('MET to minh|sonexay vong');
    expect(facts('To the surprise of many, Peruvian President Ana Ruiz met Chilean President Luis Soto on Monday.')).toContain('MET ana ruiz|luis soto');
  });

  it('reads being in a place on a trip as a visit, dated by the story for an ongoing stay', () => {
    const t = extractTriples(story('Kenyan President William Kito is in Tokyo on a three-day trip, his office said.', { date: '2025-06-11' })).find((x) => x.predicate === 'VISITED');
    expect(t?.object.key).toBe('JPN');
    expect(t?.date).toBe('2025-06-11');
    expect(facts('Foreign Minister Cho Min of South Korea held talks with his Uzbek counterpart, Bakhtiyor Saidov, who was in Seoul on a three-day trip.')).toContain('VISITED bakhtiyor saidov|KOR');
    expect(facts('Kenyan President William Kito was in Tokyo on Monday, his office said.').some((k) => k.startsWith('VISITED'))).toBe(false);
  });

  it('lets an ex-president meet without an office', () => {
    const keys = facts('Ex-president Ana Ruiz of Peru met Chilean President Luis Soto on Monday.');
    expect(keys).toContain('MET ana ruiz|luis soto');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE ana ruiz'))).toBe(false);
  });

  it('reads "told B by phone" as a call, though what was told is future', () => {
    expect(facts('Peruvian President Ana Ruiz told Chilean President Luis Soto by phone on Monday that Peru would back the plan.')).toContain('MET luis soto|ana ruiz');
  });

  it('gives "During his visit to X," to the subject after the comma', () => {
    expect(facts('During his visit to Brazil, Indian Prime Minister Ravi Rao met Brazilian President Luiz Costa on Tuesday.')).toContain('VISITED ravi rao|BRA');
  });

  it('reads an appositive counterpart after the name ("Luis Soto, her Chilean counterpart,")', () => {
    const keys = facts("Ana Ruiz, Peru's foreign minister, and Luis Soto, her Chilean counterpart, held talks in Lima on Monday.");
    expect(keys).toContain('HOLDS_OFFICE luis soto|CHL');
    expect(keys).toContain('MET luis soto|ana ruiz');
  });

  it('gives someone who accompanied a visitor the same visit, but not a host', () => {
    const keys = facts('Peruvian President Ana Ruiz arrived in Chile on Monday for a state visit. Peruvian Foreign Minister Luis Vera, who accompanied the president, separately met Chilean Foreign Minister Juan Soto.');
    expect(keys).toContain('VISITED luis vera|CHL');
    expect(keys).not.toContain('VISITED juan soto|CHL');
    const home = facts('Peruvian President Ana Ruiz arrived in Chile on Monday for a state visit. Chilean Foreign Minister Juan Soto accompanied Ruiz to the palace.');
    expect(home).not.toContain('VISITED juan soto|CHL');
  });
});

describe('a held meeting with a few modifiers before its noun', () => {
  it('reads "A and B had a 40-minute one-on-one meeting" (the rules alone, the learned scorer off)', () => {
    const keys = extractTriplesWith(story('Indian Prime Minister Ravi Kapoor and Bangladeshi Prime Minister Nasima Rahman had a 40-minute one-on-one meeting in Dhaka.'), { rulesOff: ['met.learned'] }).map(fact);
    expect(hasSymmetric(keys, 'MET', 'ravi kapoor', 'nasima rahman')).toBe(true);
  });
});

describe('a held meeting with a quoted modifier', () => {
  it('reads \'A has held "frank" discussions with B\' (the rules alone)', () => {
    const keys = extractTriplesWith(story('Japanese Prime Minister Kenji Sato has held "frank" discussions with Chinese Premier Li Wei since arriving in Beijing on Thursday.'), { rulesOff: ['met.learned'] }).map(fact);
    expect(hasSymmetric(keys, 'MET', 'kenji sato', 'li wei')).toBe(true);
  });
});
