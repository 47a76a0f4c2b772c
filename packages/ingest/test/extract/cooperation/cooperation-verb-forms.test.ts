import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const sectorsOf = (body: string, iso3: string) =>
  facts(body)
    .filter((k) => k.startsWith(`COOPERATES_ON ${iso3}|`))
    .map((k) => k.split('|')[1])
    .sort();

describe('cooperation verbs in their -ing forms and "promote"', () => {
  it('reads "promoting trade and investment between" two countries', () => {
    const body = 'The two leaders stressed the importance of promoting trade and investment between Peru and Chile.';
    expect(sectorsOf(body, 'PER')).toEqual(['investment', 'trade']);
    expect(hasSymmetric(facts(body), 'COOPERATES_WITH', 'PER', 'CHL')).toBe(true);
  });

  it('reads "strengthening trade relations and expanding investment" of the pair who met', () => {
    const body = 'President Ruto of Kenya met President Kagame of Rwanda in Kigali. The two sides stressed strengthening trade relations and expanding investment.';
    expect(sectorsOf(body, 'RWA')).toEqual(['investment', 'trade']);
  });
});
