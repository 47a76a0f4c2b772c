import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const on = (body: string) => facts(body).filter((k) => k.startsWith('COOPERATES_ON'));

describe('sector vocabulary: each phrase to its most specific sector', () => {
  it('reads vaccine production as health', () => {
    expect(on('Kenya and Ghana pledged to cooperate on vaccine production.')).toEqual(expect.arrayContaining(['COOPERATES_ON KEN|health', 'COOPERATES_ON GHA|health']));
  });

  it('reads desalination as water resources', () => {
    expect(on('Spain and Morocco signed agreements on desalination plants.')).toEqual(expect.arrayContaining(['COOPERATES_ON ESP|water', 'COOPERATES_ON MAR|water']));
  });

  it('reads departures of migrants as migration', () => {
    expect(on('Spain thanked Senegal for its cooperation in curbing irregular departures of migrants.')).toContain('COOPERATES_ON SEN|migration');
  });

  it('reads financial regulation as investment and finance', () => {
    expect(on('Canada and Mexico reaffirmed the two countries\' cooperation on financial regulation.')).toContain('COOPERATES_ON MEX|investment');
  });

  it('reads Arctic or regional security as defence, but not border security', () => {
    expect(on('Norway and Finland agreed to step up cooperation on Arctic security.')).toContain('COOPERATES_ON NOR|defence');
    expect(on('Kenya and Uganda agreed to deepen cooperation on regional security.')).toContain('COOPERATES_ON UGA|defence');
    expect(on('Kenya and Uganda agreed to deepen cooperation on border security.').some((k) => k.endsWith('|defence'))).toBe(false);
  });

  it('reads photovoltaics as renewable energy only and a high-speed railway as infrastructure', () => {
    const keys = on('China is willing to work with Chile to deepen cooperation in photovoltaics and to ensure the sound operation of the Santiago-Valparaiso High-Speed Railway.');
    expect(keys).toEqual(expect.arrayContaining(['COOPERATES_ON CHL|renewable-energy', 'COOPERATES_ON CHL|infrastructure']));
    expect(keys).not.toContain('COOPERATES_ON CHL|energy');
  });

  it('takes "bridges of cooperation" as a metaphor, not infrastructure', () => {
    const keys = facts('Qatar affirmed its keenness to strengthen its relations with Vietnam, within its approach of building bridges of cooperation with all nations.');
    expect(keys.some((k) => k.endsWith('|infrastructure'))).toBe(false);
  });
});

describe('"the agreements cover X, Y and Z"', () => {
  it('reads every sector a list of agreements covers, for the two sides that signed them', () => {
    const keys = on('Italy and Algeria on Thursday signed 14 cooperation agreements in Rome. The 14 agreements cover gas supplies, a hydrogen corridor across the Mediterranean, desalination plants and the training of engineers.');
    expect(keys).toEqual(expect.arrayContaining(['COOPERATES_ON ITA|energy', 'COOPERATES_ON DZA|renewable-energy', 'COOPERATES_ON ITA|water', 'COOPERATES_ON DZA|education']));
  });
});

// Each sentence names one field; the fact it must give.
const FIELDS: [field: string, sentence: string, fact: string][] = [
  ['aerospace', 'Chile and Peru agreed to deepen cooperation in fields such as aerospace and tourism.', 'COOPERATES_ON CHL|space'],
  ['sustainable energy', 'Chile and Peru agreed to deepen cooperation in fields such as sustainable energy and tourism.', 'COOPERATES_ON PER|renewable-energy'],
  ['cybercrime', 'Kenya and Uganda agreed to cooperate in fighting cybercrime.', 'COOPERATES_ON KEN|cybersecurity'],
  ['sharing intelligence', 'The cooperation between Kenya and Uganda will include sharing intelligence on armed groups.', 'COOPERATES_ON UGA|counter-terrorism'],
  ['agro-processing', 'Ghana and Togo signed an MoU on agro-processing.', 'COOPERATES_ON GHA|agriculture'],
  ['emergency medical assistance', 'Ghana and Togo signed an agreement on cooperation in emergency medical assistance.', 'COOPERATES_ON TGO|health'],
  ['fusion energy', 'Ghana and Togo signed an agreement on joint research in fusion energy.', 'COOPERATES_ON TGO|nuclear-energy'],
  ['youth policy', 'Chile and Peru signed an MoU in the field of youth policy.', 'COOPERATES_ON PER|culture'],
  ['migratory matters', 'Chile and Peru signed a memorandum for cooperation in consular and migratory matters.', 'COOPERATES_ON CHL|migration'],
];

describe('sector vocabulary: areas named by their field', () => {
  it.each(FIELDS)('reads %s', (_field, sentence, fact) => {
    expect(on(sentence)).toContain(fact);
  });

  it('reads "high-technology commerce" as technology, its modifier, not as trade', () => {
    expect(on('Chile and Peru agreed to enhance cooperation in the areas of high-technology commerce.')).toEqual(['COOPERATES_ON CHL|technology', 'COOPERATES_ON PER|technology']);
  });
});
