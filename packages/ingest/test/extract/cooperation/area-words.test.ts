import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const sectorsOf = (body: string, iso3: string) =>
  facts(body)
    .filter((k) => k.startsWith(`COOPERATES_ON ${iso3}|`))
    .map((k) => k.split('|')[1])
    .sort();

describe('sector words that name an area of cooperation', () => {
  it('reads a capitalised disease name as health, though capitals inside a sentence are usually names', () => {
    expect(sectorsOf('Ghana and Togo agreed to cooperate in the fight against Covid-19.', 'TGO')).toEqual(['health']);
    expect(sectorsOf('Ghana and Togo agreed to cooperate in the fight against COVID-19.', 'GHA')).toEqual(['health']);
  });

  it('reads "atomic power" as nuclear energy and a fibre-optic cable as telecommunications', () => {
    expect(sectorsOf('Ghana and Togo agreed to cooperate on the construction of an atomic power plant.', 'TGO')).toEqual(['nuclear-energy']);
    expect(sectorsOf('Ghana and Togo agreed to cooperate on laying a fibre-optic cable.', 'GHA')).toEqual(['telecommunications']);
  });

  it('reads modifiers coordinated before the singular "relation"', () => {
    expect(sectorsOf('Ghana and Togo agreed to deepen their economic and cultural relation.', 'GHA')).toEqual(['culture', 'investment']);
  });
});

describe('lists of areas that frame a cooperation', () => {
  it('reads every modifier of one area noun after its preposition ("in the A, B and C sectors")', () => {
    const body = 'The talks between Egypt and Jordan covered opportunities in the economic, pharmaceutical, energy, transport and labour sectors.';
    expect(sectorsOf(body, 'JOR')).toEqual(['energy', 'health', 'investment', 'transport']);
  });

  it('does not read a modifier list that is no area list of cooperation ("A, B and C sectors grew")', () => {
    expect(sectorsOf('Egypt and Jordan reported that energy, transport and tourism sectors grew last year.', 'JOR')).toEqual([]);
  });

  it('reads the list after "areas, including", with the comma', () => {
    const body = 'Egypt and Jordan convened committees in a number of areas, including media, aviation and agriculture.';
    expect(sectorsOf(body, 'EGY')).toEqual(['agriculture', 'transport']);
  });
});

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

describe('capitalised areas in the titles of deals', () => {
  it('reads the areas a deal title names before its pact noun', () => {
    const body = 'President Ruto of Kenya met President Hassan of Tanzania in Arusha. The deals include the Arts and Culture Agreement and the Merchant Shipping Agreement.';
    expect(sectorsOf(body, 'TZA')).toEqual(['culture', 'maritime']);
  });

  it('reads a capitalised modifier after "on" of a capitalised deal word', () => {
    expect(sectorsOf('Kenya and Tanzania signed an MoU on Educational Cooperation.', 'KEN')).toEqual(['education']);
  });

  it('still leaves a name with a cue in it alone', () => {
    expect(sectorsOf('Kenya and Tanzania agreed to cooperate at the Asia-Pacific Economic Cooperation forum.', 'KEN')).toEqual([]);
  });
});
