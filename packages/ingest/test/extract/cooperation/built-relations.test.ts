import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// [sentence, pair, whether the pair cooperates]
const CASES: [sentence: string, a: string, b: string, cooperates: boolean][] = [
  ['Ghanaian President Kofi Mensah pledged on Monday to strengthen bilateral relations with Togo.', 'GHA', 'TGO', true],
  ['The ministers discussed ways to deepen the relationship between Chile and Peru.', 'CHL', 'PER', true],
  // Relations only described are no cooperation.
  ['Relations between Chile and Peru remain strained after the border dispute.', 'CHL', 'PER', false],
];

describe('relations that a builder verb builds ("strengthen bilateral relations with X")', () => {
  it.each(CASES)('%s', (sentence, a, b, cooperates) => {
    expect(hasSymmetric(facts(sentence), 'COOPERATES_WITH', a, b)).toBe(cooperates);
  });
});
