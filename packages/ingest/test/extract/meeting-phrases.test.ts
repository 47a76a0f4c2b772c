import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from './helpers.js';

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
});
