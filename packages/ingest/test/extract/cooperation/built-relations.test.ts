import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// [sentence, pair, whether the pair cooperates]
const CASES: [sentence: string, a: string, b: string, cooperates: boolean][] = [
  ['Ghanaian President Kofi Mensah pledged on Monday to strengthen bilateral relations with Togo.', 'GHA', 'TGO', true],
  ['The ministers discussed ways to deepen the relationship between Chile and Peru.', 'CHL', 'PER', true],
  ['Chile and Peru restored diplomatic relations on Tuesday after a year-long freeze.', 'CHL', 'PER', true],
  // Relations only described are no cooperation.
  ['Relations between Chile and Peru remain strained after the border dispute.', 'CHL', 'PER', false],
];

describe('relations that a builder verb builds ("strengthen bilateral relations with X")', () => {
  it.each(CASES)('%s', (sentence, a, b, cooperates) => {
    expect(hasSymmetric(facts(sentence), 'COOPERATES_WITH', a, b)).toBe(cooperates);
  });
});

describe('one side building relations with each partner of a "with" list', () => {
  it('pairs the side with each partner, not the partners with each other', () => {
    const keys = facts('Ghanaian President Kofi Mensah said his country will work to enhance bilateral relations with Togo and Benin.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'GHA', 'TGO') && hasSymmetric(keys, 'COOPERATES_WITH', 'GHA', 'BEN')).toBe(true);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'TGO', 'BEN')).toBe(false);
  });
});
