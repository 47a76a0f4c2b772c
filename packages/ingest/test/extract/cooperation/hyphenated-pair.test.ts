import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a hyphenated pair of countries as the parties', () => {
  it('reads the pair after an infinitive as the parties, not as a place "to" governs', () => {
    const keys = facts('The leader emphasized the need to strengthen Chile-Peru cooperation in trade.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'CHL', 'PER')).toBe(true);
    expect(keys).toContain('COOPERATES_ON PER|trade');
  });

  it('still keeps a country that "to" governs out of the parties', () => {
    const keys = facts('Chile and Peru agreed to deepen cooperation in trade, shortly before the minister flew to Bolivia.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'CHL', 'PER')).toBe(true);
    expect(keys.some((k) => k.startsWith('COOPERATES') && k.includes('BOL'))).toBe(false);
  });
});

describe('a hyphenated trio of countries as the parties', () => {
  it('reads "A-B-C trilateral cooperation" as cooperation of each pair of the three', () => {
    const keys = facts('The ministers reaffirmed the importance of Chile-Peru-Bolivia trilateral cooperation in trade on Monday.');
    const pairs = [['CHL', 'PER'], ['CHL', 'BOL'], ['PER', 'BOL']] as const;
    expect(pairs.filter(([a, b]) => !hasSymmetric(keys, 'COOPERATES_WITH', a, b))).toEqual([]);
    expect(keys).toContain('COOPERATES_ON BOL|trade');
  });
});
