import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('long portfolio titles with "of … and …" before the name', () => {
  it('reads "Peru\'s Minister of Energy and Mineral Resources X" as one office of Peru', () => {
    const keys = facts("Chilean Energy Minister Luis Soto held talks in Santiago on Monday with Peru's Minister of Energy and Mineral Resources Ana Maria Ruiz.");
    expect(keys).toContain('HOLDS_OFFICE ana maria ruiz|PER');
    expect(hasSymmetric(keys, 'MET', 'luis soto', 'ana maria ruiz')).toBe(true);
  });

  it('reads "Minister of State and Foreign Affairs" as one office', () => {
    const keys = facts("Indian External Affairs Minister Rohan Mehta held talks in New Delhi on Thursday with Spain's Minister of State and Foreign Affairs Carlos Ortega.");
    expect(keys).toContain('HOLDS_OFFICE carlos ortega|ESP');
    expect(hasSymmetric(keys, 'MET', 'rohan mehta', 'carlos ortega')).toBe(true);
  });
});

describe('"On the <demonym> side" gives the country of the office holders it lists', () => {
  it('places "Secretary of Migrant Workers X" on the side the sentence names, not the dateline\'s', () => {
    const body = 'DOHA, May 4 -- The Emir of Qatar received Indonesian President Budi Santoso in Doha on Monday. On the Indonesian side, the talks were attended by Secretary of Foreign Affairs Rina Wulandari and Secretary of Migrant Workers Agus Salim.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE rina wulandari|IDN');
    expect(keys).toContain('HOLDS_OFFICE agus salim|IDN');
    expect(keys).not.toContain('HOLDS_OFFICE agus salim|QAT');
  });
});

describe('place names that look like "Title Name"', () => {
  it('takes no airport, palace or hospital named after a monarch for a person', () => {
    const keys = facts('President Luis Arce arrived in Amman on Monday and was welcomed at Queen Alia International Airport, then drove to King Hussein Medical Center and the Raghadan Palace.');
    expect(keys.some((k) => /alia|hussein|international|medical/.test(k))).toBe(false);
  });

  it('keeps a person whose surname is also a place word ("Park Min-soo", "Tom Port")', () => {
    const keys = facts('South Korean Foreign Minister Park Min-soo met Australian Trade Minister Tom Port in Seoul on Monday.');
    expect(keys).toContain('HOLDS_OFFICE park min-soo|KOR');
    expect(keys).toContain('HOLDS_OFFICE tom port|AUS');
  });
});

describe('former holders written with a hyphenated marker', () => {
  it('gives no office to "then-Prime Minister X" but lets them meet', () => {
    const keys = facts('Prime Minister Rohan Mehta last traveled to Japan in August last year, when he held a summit in Tokyo with then-Prime Minister Kenji Sato.');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE kenji sato'))).toBe(false);
    expect(hasSymmetric(keys, 'MET', 'rohan mehta', 'kenji sato')).toBe(true);
  });
});

describe('an international office and a former national one in the same appositive', () => {
  it('does not give the former office\'s country to "X, the President of the European Council and a former <demonym> prime minister"', () => {
    const keys = facts('Pedro Alves, the President of the European Council and a former Portuguese prime minister, spoke in Brussels on Monday.');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE pedro alves'))).toBe(false);
  });
});

describe('office holders who join or accompany someone belong to that person\'s side', () => {
  it('gives "X was joined at the meeting by Secretary A and Secretary B" the country of X', () => {
    const body = 'MANILA – Philippine President Jose Reyes held a bilateral meeting with Thai Prime Minister Somchai Wong on the sidelines of a summit in Kuala Lumpur on Monday. Reyes was joined at the meeting by Trade Secretary Ana Cruz and Agriculture Secretary Pedro Lim.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE ana cruz|PHL');
    expect(keys).toContain('HOLDS_OFFICE pedro lim|PHL');
    expect(keys).not.toContain('HOLDS_OFFICE pedro lim|THA');
  });
});

describe('an office holder "who travelled with" a leader is of the leader\'s side', () => {
  it('gives "Foreign Minister X, who travelled with <leader>," the leader\'s country, not the host\'s', () => {
    const body = 'TOKYO (Reuters) - Japanese Prime Minister Kenji Sato hosted Spanish Prime Minister Pedro Ortega for talks in Tokyo on Friday. Foreign Minister Luis Marin, who travelled with Ortega, held separate talks with officials.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE luis marin|ESP');
    expect(keys).not.toContain('HOLDS_OFFICE luis marin|JPN');
  });
});

describe('a dateline that is only a venue', () => {
  it('resolves "New York" to the United States, not to York', () => {
    expect(facts('Kenyan President Paul Otieno met Peruvian President Ana Ruiz in New York on Tuesday.')).toContain('VISITED paul otieno|USA');
  });

  it('gives unmarked officials the agency\'s country when nobody in the story is of the dateline\'s country', () => {
    const body = 'NEW YORK, Sept 24 (KUNA) -- His Highness the Crown Prince Sheikh Fahad Ali Al-Sabah met on Wednesday with Peruvian President Ana Ruiz on the sidelines of the UN General Assembly. The meeting was attended by Foreign Minister Khalid Al-Mutairi and Peruvian Foreign Minister Luis Soto. Kuwait and Peru established diplomatic relations in 1970.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE khalid al-mutairi|KWT');
    expect(keys).not.toContain('HOLDS_OFFICE khalid al-mutairi|USA');
  });
});

describe('the host named in a "<place>, where … meet" clause', () => {
  it('places "leave for Chile on Sunday, where he will meet President X" in Chile, not the dateline\'s country', () => {
    const body = 'LIMA (Andina) -- Peruvian Foreign Minister Luis Soto held talks with Bolivian Foreign Minister Ana Mendoza in Lima on Friday. Soto is scheduled to leave for Chile on Sunday, where he is expected to meet President Carlos Vidal.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE carlos vidal|CHL');
    expect(keys).not.toContain('HOLDS_OFFICE carlos vidal|PER');
  });
});
