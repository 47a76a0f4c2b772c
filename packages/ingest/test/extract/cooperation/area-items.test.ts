import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday.';
const sectorsOf = (body: string, iso3: string) => facts(body).filter((k) => k.startsWith(`COOPERATES_ON ${iso3}|`)).map((k) => k.split('|')[1]).sort();

describe('items of area lists', () => {
  it('reads headline-style items that end in a generic "Development" and plural technologies', () => {
    const got = sectorsOf(`${MEETING} These are the Memoranda of Understanding on Public Works and Infrastructure Development, as well as Telecommunications and Information Technologies.`, 'KEN');
    expect(got).toEqual(['infrastructure', 'technology', 'telecommunications']);
  });

  it('reads "Water" and "Seed Production" as items of a list of fields', () => {
    const got = sectorsOf(`${MEETING} The two sides exchanged two MoUs in Power and Energy and two Agreements in the fields of Water and Seed Production.`, 'TZA');
    expect(got).toContain('water');
    expect(got).toContain('agriculture');
  });

  it('reads a list-only word right after "cooperation on" or "an agreement on"', () => {
    expect(sectorsOf(`${MEETING} The two countries will strengthen their close cooperation on security.`, 'KEN')).toContain('defence');
    expect(sectorsOf(`${MEETING} They also signed a comprehensive agreement on economic development.`, 'KEN')).toContain('investment');
  });

  it('still leaves a list-only word out of a list of aims', () => {
    expect(sectorsOf(`${MEETING} The two leaders pledged to work together for peace, security and prosperity.`, 'KEN')).not.toContain('defence');
  });
});

describe('defence named by its forces', () => {
  it('reads the army and the navies as defence', () => {
    expect(sectorsOf(`${MEETING} Both leaders praised the cooperation between their countries in rebuilding the army.`, 'KEN')).toContain('defence');
    expect(sectorsOf(`${MEETING} Otieno and Juma agreed to deepen cooperation between their navies.`, 'TZA')).toContain('defence');
  });
});

describe('words of mood, not sectors', () => {
  it('reads "a positive climate" and "a culture of peace" as the mood of relations', () => {
    const keys = facts(`${MEETING} The two leaders agreed to work together to keep a positive climate and a culture of peace in the region.`);
    expect(keys.some((k) => k.endsWith('|climate') || k.endsWith('|culture'))).toBe(false);
    expect(sectorsOf(`${MEETING} The two leaders agreed to work together on climate change.`, 'KEN')).toContain('climate');
  });
});

describe('economic aims as items of a list of areas', () => {
  it('reads "economic recovery" and "economic promotion" as investment in a list of shared priorities', () => {
    expect(sectorsOf(`${MEETING} Their partnership covers shared priorities including economic recovery, health and tourism.`, 'KEN')).toContain('investment');
    expect(sectorsOf(`${MEETING} The two countries agreed to cooperate on economic promotion, transport and education.`, 'TZA')).toContain('investment');
  });
});
