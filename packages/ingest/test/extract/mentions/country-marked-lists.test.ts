import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('lists of people marked by their countries', () => {
  it('reads "A of X, B of Y, and C of Z" after "heads of state" as three people', () => {
    const found = people('Three heads of state, Jorge Castel of Argentina, Ana Ruiz of Chile, and Tomas Vela of Peru, arrived in Quito on Monday.');
    expect(found).toEqual(expect.arrayContaining(['jorge castel', 'ana ruiz', 'tomas vela']));
  });

  it('gives each holder of a plural title with a bracketed country that office', () => {
    const keys = facts('The summit opened before Presidents Jorge Castel (Argentina), Ana Ruiz (Chile) and Tomas Vela (Peru) in Quito on Monday.');
    expect(keys).toEqual(expect.arrayContaining(['HOLDS_OFFICE jorge castel|ARG', 'HOLDS_OFFICE ana ruiz|CHL', 'HOLDS_OFFICE tomas vela|PER']));
  });

  it('reads a lower-case plural title before "A of X and B of Y"', () => {
    const keys = facts('The pact was signed by presidents Jorge Castel of Argentina and Ana Ruiz of Chile in Lima on Monday.');
    expect(keys).toEqual(expect.arrayContaining(['HOLDS_OFFICE jorge castel|ARG', 'HOLDS_OFFICE ana ruiz|CHL']));
  });

  it('reads the name after "and" that continues a titled "X of <country>"', () => {
    expect(people('The minister spoke to President Jorge Castel of Argentina and Ana Ruiz of Chile on Monday.')).toContain('ana ruiz');
  });

  it('gives no current office to "former Presidents A of X and B of Y"', () => {
    const keys = facts('Vela sat on a panel alongside former Presidents Jorge Castel of Argentina and Ana Ruiz of Chile in Quito.');
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE'))).toEqual([]);
  });

  it('takes no city, bank or council with a bracketed country for a person', () => {
    const found = people('He flew on to Brisbane (Australia) and Osaka (Japan), while the Central Bank of Nigeria and the Council of Ghana met.');
    expect(found).toEqual([]);
  });

  it('reads possessive countries and country names written with a curly apostrophe', () => {
    const found = people('Zimbabwe’s Elias Marundu, Botswana’s Kefilwe Ditau and Adama Kouyat of Cote d’Ivoire have all arrived in the capital.');
    expect(found).toEqual(['elias marundu', 'kefilwe ditau', 'adama kouyat']);
  });
});
