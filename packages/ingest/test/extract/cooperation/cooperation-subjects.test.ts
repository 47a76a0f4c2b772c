import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp, hasSymmetric } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const coop = (keys: string[], a: string, b: string) => hasSymmetric(keys, 'COOPERATES_WITH', a, b);

describe('group and missing subjects of a cooperation frame', () => {
  it('reads "They also agreed …" as the pair that just met, not a country named later in the sentence', () => {
    const keys = facts(
      'Peruvian Defence Minister Ana Ruiz held talks in Lima on Monday with her Chilean counterpart, Luis Soto.\n\n' +
        'They also agreed to strengthen cooperation in cyber defence and coastal surveillance, including the tracking of vessels sanctioned by Venezuela.',
    );
    expect(keys).toContain('COOPERATES_ON PER|cybersecurity');
    expect(keys).toContain('COOPERATES_ON CHL|cybersecurity');
    expect(keys).toContain('COOPERATES_ON CHL|maritime');
    expect(coop(keys, 'PER', 'CHL')).toBe(true);
    expect(coop(keys, 'PER', 'VEN')).toBe(false);
    expect(keys).not.toContain('COOPERATES_ON VEN|maritime');
  });

  it('reads "Both leaders … agreed" and "the two ministers signed" as the countries of the people who met', () => {
    const keys = facts(
      'Ecuadorian President Marta Leon held talks in Quito on Tuesday with Bolivian President Jorge Vaca.\n\n' +
        'Both leaders recalled the long friendship of their peoples and agreed to expand cooperation in fisheries and tourism, including the monitoring of fleets owned by China.\n\n' +
        'Ecuadorian Foreign Minister Rosa Mena also met Bolivian Foreign Minister Pablo Ibarra, and the two ministers signed a memorandum of understanding on vocational training.',
    );
    expect(keys).toContain('COOPERATES_ON ECU|agriculture');
    expect(keys).toContain('COOPERATES_ON BOL|culture');
    expect(keys).toContain('COOPERATES_ON BOL|education');
    expect(coop(keys, 'ECU', 'BOL')).toBe(true);
    expect(coop(keys, 'ECU', 'CHN')).toBe(false);
    expect(keys).not.toContain('COOPERATES_ON CHN|agriculture');
  });

  it('gives a passive signing with no subject to the story\'s pair, not to the office the report is attributed to', () => {
    const keys = facts(
      'Uganda and Zambia pledged on Monday to deepen cooperation in agriculture as President Anne Kato hosted Zambian President Peter Banda in Kampala.\n\n' +
        'Agreements were later signed on visa-free travel, vaccine production and scholarships for students, according to a statement from Kato\'s office.',
    );
    for (const c of ['UGA', 'ZMB']) {
      expect(keys).toContain(`COOPERATES_ON ${c}|migration`);
      expect(keys).toContain(`COOPERATES_ON ${c}|health`);
      expect(keys).toContain(`COOPERATES_ON ${c}|education`);
    }
  });

  it('gives a subjectless signing right after a meeting, with no cooperation reported yet, to the countries of the two who met', () => {
    const keys = facts(
      'Peruvian Foreign Minister Ana Ruiz held talks in Lima on Monday with her Chilean counterpart, Luis Soto.\n\n' +
        'Three memorandums of understanding on fisheries and tourism were signed after the talks.',
    );
    expect(coop(keys, 'PER', 'CHL')).toBe(true);
    expect(keys).toContain('COOPERATES_ON PER|agriculture');
    expect(keys).toContain('COOPERATES_ON CHL|culture');
  });

  it('counts concluded negotiations on a trade agreement as cooperation on trade', () => {
    const keys = facts('Trade Minister Lars Berg said Norway and Vietnam concluded negotiations on Monday on a trade agreement.');
    expect(coop(keys, 'NOR', 'VNM')).toBe(true);
    expect(keys).toContain('COOPERATES_ON NOR|trade');
    expect(keys).toContain('COOPERATES_ON VNM|trade');
  });
});

describe('more ways of saying who cooperates on what', () => {
  it('reads "looks forward to working with B in X" as one side\'s willingness, and port development as maritime', () => {
    const keys = facts('Paraguayan President Luis Benitez said Paraguay looks forward to working with Japan in tourism and port development.');
    expect(coop(keys, 'PRY', 'JPN')).toBe(true);
    expect(keys).toContain('COOPERATES_ON JPN|culture');
    expect(keys).toContain('COOPERATES_ON PRY|maritime');
  });

  it('reads two capitals coordinated as the subject ("Ankara and Baku had agreed") as their countries', () => {
    const keys = facts('Foreign Minister Leyla Aliyeva said Ankara and Baku had agreed to hold joint naval exercises in the Caspian Sea.');
    expect(coop(keys, 'TUR', 'AZE')).toBe(true);
    expect(keys).toContain('COOPERATES_ON TUR|defence');
    expect(keys).toContain('COOPERATES_ON AZE|defence');
  });
});

describe('one country\'s ongoing programme in others', () => {
  it('reads "X maintains medical teams in …, including A, B and C" as health cooperation of X with each', () => {
    const keys = facts('Egypt maintains medical teams in more than 30 countries, including Ghana, Malawi and Zambia, despite pressure from Washington on their governments.');
    for (const c of ['GHA', 'MWI', 'ZMB']) {
      expect(coop(keys, 'EGY', c)).toBe(true);
      expect(keys).toContain(`COOPERATES_ON ${c}|health`);
    }
    expect(keys).toContain('COOPERATES_ON EGY|health');
    expect(coop(keys, 'GHA', 'MWI')).toBe(false);
    expect(keys.some((k) => k.includes('USA'))).toBe(false);
  });

  it('does not read a military base abroad as such a programme', () => {
    expect(facts('Egypt maintains military bases in Sudan and Eritrea.').filter((k) => k.startsWith('COOPERATES'))).toEqual([]);
  });
});

describe('the date of an agreement about a later event', () => {
  it('dates "agreed to hold joint exercises later this year" by the talks, not by the exercises', () => {
    const body =
      'Peruvian Defence Minister Ana Ruiz held talks in Lima on Monday with her Chilean counterpart, Luis Soto.\n\n' +
      'Ruiz said Lima and Santiago had agreed to hold joint naval exercises off Arica later this year.';
    expect(find(body, 'COOPERATES_ON', 'PER', 'defence', { date: '2025-06-11' })?.date).toBe('2025-06-09');
  });
});

describe('what is not an area of the cooperation', () => {
  it('gives no defence for a meeting format named after defence ministers', () => {
    const keys = facts(
      'Spanish Foreign Minister Ana Ruiz held talks with Moroccan Foreign Minister Omar Bennani in Rabat on Monday and agreed to deepen cooperation in renewable energy.\n\n' +
        'The two sides also agreed to hold a "two-plus-two" meeting of their foreign and defence ministers in Madrid later this year.',
    );
    expect(keys).toContain('COOPERATES_ON ESP|renewable-energy');
    expect(keys).not.toContain('COOPERATES_ON ESP|defence');
    expect(keys).not.toContain('COOPERATES_ON MAR|defence');
  });

  it('keeps the backdrop of ", as X seeks … amid uncertainty over trade policy" out of the sectors', () => {
    const keys = facts('Spain and Mexico agreed on Monday to step up cooperation in semiconductors and space, as Madrid seeks to diversify its partners amid uncertainty over U.S. trade policy.');
    expect(keys).toContain('COOPERATES_ON ESP|semiconductors');
    expect(keys).toContain('COOPERATES_ON MEX|space');
    expect(keys).not.toContain('COOPERATES_ON ESP|trade');
    expect(keys).not.toContain('COOPERATES_ON MEX|trade');
  });

  it('gives a third country named by "work with" the sector of its conjunct, and none of a later sentence about the pair', () => {
    const keys = facts(
      'Swedish Prime Minister Karin Ekdahl held talks with Polish Prime Minister Jan Nowak in Stockholm on Monday, and the two countries agreed to deepen cooperation on energy.\n\n' +
        'The two leaders, who met at the castle, issued a joint statement pledging to speed up work with Finland on the Nordic Shield Programme, a new fighter jet due in 2032.\n\n' +
        'The Swedish premier said the partnership also covered satellites and the protection of undersea cables.',
    );
    expect(coop(keys, 'SWE', 'FIN')).toBe(true);
    expect(coop(keys, 'POL', 'FIN')).toBe(true);
    expect(keys).toContain('COOPERATES_ON FIN|defence');
    expect(keys).toContain('COOPERATES_ON SWE|space');
    expect(keys).toContain('COOPERATES_ON POL|telecommunications');
    expect(keys).not.toContain('COOPERATES_ON FIN|space');
    expect(keys).not.toContain('COOPERATES_ON FIN|telecommunications');
  });

  it('gives a "with" third country the whole list that follows it, up to the next clause', () => {
    const keys = facts('Uruguay and Peru agreed on Monday to deepen cooperation in trade and to work with Brazil on railways, ports, and tourism, which officials called a priority for energy.');
    expect(keys).toContain('COOPERATES_ON BRA|infrastructure');
    expect(keys).toContain('COOPERATES_ON BRA|culture');
    expect(keys).not.toContain('COOPERATES_ON BRA|trade');
    expect(keys).toContain('COOPERATES_ON URY|trade');
  });
});
