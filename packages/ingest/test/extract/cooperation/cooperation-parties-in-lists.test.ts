import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const withPairs = (body: string) => facts(body).filter((k) => k.startsWith('COOPERATES_WITH'));

describe('COOPERATES_WITH: countries a list or a topic names are not parties', () => {
  it('keeps every country of a topic list out, not only the first', () => {
    const keys = withPairs("Japan has sought Bangladesh's cooperation over the situation in Ukraine, Syria and Yemen.");
    for (const c of ['UKR', 'SYR', 'YEM']) expect(keys.some((k) => k.includes(c))).toBe(false);
  });

  it('keeps a country out that "amid" or "countering" names as the backdrop or the adversary', () => {
    const amid = withPairs("Australia and India vowed to strengthen cooperation amid China's growing assertiveness.");
    expect(hasSymmetric(amid, 'COOPERATES_WITH', 'AUS', 'IND')).toBe(true);
    expect(amid.some((k) => k.includes('CHN'))).toBe(false);
    const countering = withPairs('Japan and South Korea agreed to work together while countering Russia, China and Iran.');
    expect(hasSymmetric(countering, 'COOPERATES_WITH', 'JPN', 'KOR')).toBe(true);
    for (const c of ['RUS', 'CHN', 'IRN']) expect(countering.some((k) => k.includes(c))).toBe(false);
  });

  it('does not pair the members of a region for "regional cooperation", unless a partner follows', () => {
    expect(withPairs('The leaders of India, Nepal and Bhutan praised regional cooperation under the charter of the bloc.')).toEqual([]);
    const partner = withPairs('Japan and South Korea stressed the need for regional cooperation with China.');
    expect(hasSymmetric(partner, 'COOPERATES_WITH', 'JPN', 'CHN')).toBe(true);
    expect(hasSymmetric(partner, 'COOPERATES_WITH', 'KOR', 'CHN')).toBe(true);
  });

  it('pairs one side with each of "their respective countries", not the others with each other', () => {
    const keys = withPairs('President Ruto received credentials from the new ambassadors of Peru, Chile and Norway and discussed cooperation between Kenya and their respective countries.');
    for (const c of ['PER', 'CHL', 'NOR']) expect(hasSymmetric(keys, 'COOPERATES_WITH', 'KEN', c)).toBe(true);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'PER', 'CHL')).toBe(false);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'CHL', 'NOR')).toBe(false);
  });
});

describe('COOPERATES_WITH: the members a cooperation names after "among" or "between"', () => {
  it('pairs the members of "cooperation among A, B and C", not the subject who opposes it', () => {
    const keys = withPairs('The paper said North Korea wants to weaken cooperation among Japan, the United States and South Korea.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'JPN', 'USA')).toBe(true);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'USA', 'KOR')).toBe(true);
    expect(keys.some((k) => k.includes('PRK'))).toBe(false);
  });
});
