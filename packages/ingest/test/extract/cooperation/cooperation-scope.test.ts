import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp, hasSymmetric } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const coop = (keys: string[], a: string, b: string) => hasSymmetric(keys, 'COOPERATES_WITH', a, b);

describe('who cooperates with whom', () => {
  it('pairs only the two countries of "cooperation between A and B", not the people who condemned it', () => {
    const keys = facts('Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto met in Lima and condemned the growing military cooperation between Iran and Venezuela.');
    expect(coop(keys, 'IRN', 'VEN')).toBe(true);
    expect(keys).toContain('COOPERATES_ON IRN|defence');
    expect(coop(keys, 'IRN', 'PER')).toBe(false);
    expect(coop(keys, 'VEN', 'CHL')).toBe(false);
  });

  it('pairs a government\'s deals with each partner, not the partners with each other', () => {
    const keys = facts('Peruvian President Ana Ruiz has been criticised for her government\'s fisheries deals with Chile, Ecuador and Bolivia.');
    expect(coop(keys, 'PER', 'CHL')).toBe(true);
    expect(coop(keys, 'PER', 'ECU')).toBe(true);
    expect(coop(keys, 'PER', 'BOL')).toBe(true);
    expect(coop(keys, 'CHL', 'ECU')).toBe(false);
    expect(keys).toContain('COOPERATES_ON ECU|agriculture');
  });

  it('reads "seeking closer ties with B" as one side\'s wish to deepen ties', () => {
    expect(coop(facts('Peru, meanwhile, has been seeking closer ties with Japan.'), 'PER', 'JPN')).toBe(true);
  });
});

describe('sector phrases', () => {
  it('maps farm and dairy words to agriculture and export prices to trade', () => {
    const keys = facts('Peru and Chile pledged to work together on raising farm productivity and to harmonise their export prices.');
    expect(keys).toContain('COOPERATES_ON PER|agriculture');
    expect(keys).toContain('COOPERATES_ON PER|trade');
    expect(facts('Peru and Chile agreed to expand cooperation in dairy development.')).toContain('COOPERATES_ON CHL|agriculture');
  });

  it('maps "the construction of nuclear power plants" to nuclear energy only', () => {
    const keys = facts('Peru and Chile agreed to work together on the construction of nuclear power plants.');
    expect(keys).toContain('COOPERATES_ON PER|nuclear-energy');
    expect(keys).not.toContain('COOPERATES_ON PER|infrastructure');
  });

  it('maps a freight rail link to infrastructure, and export controls to no sector', () => {
    const keys = facts('Peru and Chile agreed to push ahead with a freight rail link between their countries.');
    expect(keys).toContain('COOPERATES_ON PER|infrastructure');
    expect(keys).not.toContain('COOPERATES_ON PER|transport');
    expect(facts('Peru and Chile agreed to work together on hydrogen, and exchanged views on export controls.')).not.toContain('COOPERATES_ON PER|trade');
  });
});
