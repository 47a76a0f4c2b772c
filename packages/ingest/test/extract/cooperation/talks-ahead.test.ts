import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday.';
const sectorsOf = (body: string, iso3: string) => facts(body).filter((k) => k.startsWith(`COOPERATES_ON ${iso3}|`)).map((k) => k.split('|')[1]).sort();

describe('cooperation that is only the topic of talks still to come', () => {
  it('gives no sector for "will discuss ways to expand cooperation in X"', () => {
    expect(sectorsOf(`${MEETING} At next month's forum, the two sides will discuss ways to expand cooperation in agriculture and health.`, 'KEN')).toEqual([]);
  });

  it('gives no sector for "other topics will include an agreement on X cooperation"', () => {
    expect(sectorsOf(`${MEETING} "Other topics will also include an agreement on energy cooperation," the official said.`, 'TZA')).toEqual([]);
  });

  it('gives no sector for "cooperation on X would be discussed"', () => {
    expect(sectorsOf(`${MEETING} It added that cooperation on mining and education would be discussed.`, 'KEN')).toEqual([]);
  });

  it('gives no pair for "the ministers will discuss relations and cooperation between A and B"', () => {
    const keys = facts('The foreign ministers of Peru and Chile will discuss cooperation between the two countries in Lima next week.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'PER', 'CHL')).toBe(false);
  });

  it('still reads talks held ("discussed ways to expand cooperation in X") and a visit "to discuss" areas', () => {
    expect(sectorsOf(`${MEETING} The two sides discussed ways to expand cooperation in agriculture and health.`, 'KEN')).toEqual(['agriculture', 'health']);
    expect(sectorsOf(`${MEETING} Otieno will meet Juma again on Friday to discuss key areas of cooperation, including tourism and trade.`, 'KEN')).toEqual(['culture', 'trade']);
  });
});
