import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp, hasSymmetric } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const met = (keys: string[], a: string, b: string) => hasSymmetric(keys, 'MET', a, b);

// Office phrases where something stands between the title and the name, or the country follows the title.
describe('office phrases with "of/to <country>" and legislatures', () => {
  it('reads "the Speaker of the <country> House of …, X" as a speaker of that country', () => {
    const keys = facts('Prime Minister Ana Ruiz met the Speaker of the Canadian House of Commons, Paul Leduc, in Lima on Monday.');
    expect(keys).toContain('HOLDS_OFFICE paul leduc|CAN');
    expect(met(keys, 'ana ruiz', 'paul leduc')).toBe(true);
    expect(keys).not.toContain('HOLDS_OFFICE ana ruiz|CAN');
  });

  it('reads "Chairman of the National Assembly of <country> X" with no comma', () => {
    const keys = facts('Chairman of the National Assembly of Laos Somsak Vong arrived in Bangkok on Sunday.');
    expect(keys).toContain('HOLDS_OFFICE somsak vong|LAO');
    expect(keys).toContain('VISITED somsak vong|THA');
  });

  it('takes the country from a legislature whose name fixes it ("Bundestag President X")', () => {
    expect(facts('Bundestag President Julia Brandt held talks with Polish Foreign Minister Adam Nowak in Warsaw.')).toContain('HOLDS_OFFICE julia brandt|DEU');
  });

  it('reads a lower-case legislature office in an apposition after the name', () => {
    const keys = facts('On Friday, Maria Costa, president of the Senate of Brazil, met with Chilean Foreign Minister Luis Soto.');
    expect(keys).toContain('HOLDS_OFFICE maria costa|BRA');
    expect(met(keys, 'maria costa', 'luis soto')).toBe(true);
  });

  it('gives a diplomat the nationality before the title, not the country of the post after it', () => {
    const keys = facts("Peru's Ambassador to Japan Rosa Vidal met Japanese Foreign Minister Ken Sato on Monday.");
    expect(keys).toContain('HOLDS_OFFICE rosa vidal|PER');
    expect(keys).not.toContain('HOLDS_OFFICE rosa vidal|JPN');
    expect(facts('The Prime Minister received the newly appointed Canadian High Commissioner to Ghana, Paul Tremblay, on Monday.')).toContain('HOLDS_OFFICE paul tremblay|CAN');
  });

  it('reads a compound title as one person\'s two offices', () => {
    const keys = facts('Thai Foreign Minister Anan Chai and Laotian Deputy Prime Minister and Foreign Minister Somchai Phan met in Vientiane on Tuesday.');
    expect(keys).toContain('HOLDS_OFFICE somchai phan|LAO');
    expect(keys).not.toContain('HOLDS_OFFICE somchai phan|THA');
    expect(met(keys, 'anan chai', 'somchai phan')).toBe(true);
  });
});

describe('honorific styles and name particles', () => {
  it('reads a royal style between the title and the name ("…, His Highness Sheikh X")', () => {
    const keys = facts('Prime Minister Ana Ruiz of Peru spoke with the Emir of the State of Kuwait, His Highness Sheikh Ahmad bin Jaber Al Sabah, on Monday.');
    expect(keys).toContain('HOLDS_OFFICE sheikh ahmad bin jaber al sabah|KWT');
  });

  it('keeps two particles in a row inside a name ("de la")', () => {
    const t = find('Spanish Foreign Minister Ana de la Vega met Chilean Foreign Minister Luis Soto in Madrid.', 'HOLDS_OFFICE', 'ana de la vega', 'ESP');
    expect(t?.subject.name).toBe('Ana de la Vega');
  });

  it('reads "Emperor X" as the head of state of the one country whose emperor the story can mean', () => {
    expect(facts('Chilean President Luis Soto met Emperor Akihiro at the palace in Tokyo on Friday. Japan hosted him for three days.')).toContain('HOLDS_OFFICE akihiro|JPN');
  });
});

describe('a modifier before a title', () => {
  it('keeps "host Prime Minister X" in a list of leaders who met', () => {
    const keys = facts('Kenyan President Amos Kiptoo, Ugandan President Joseph Okello and host President Samuel Mwita held a trilateral meeting in Dar es Salaam on Sunday.');
    expect(met(keys, 'amos kiptoo', 'joseph okello')).toBe(true);
    expect(met(keys, 'amos kiptoo', 'samuel mwita')).toBe(true);
    expect(met(keys, 'joseph okello', 'samuel mwita')).toBe(true);
  });
});

describe('non-offices', () => {
  it('gives no office to a predecessor ("succeeded his cousin Sultan X")', () => {
    const keys = facts('Sultan Qais bin Tariq of Oman met Chilean President Luis Soto in Muscat on Monday. Qais, who succeeded his cousin Sultan Badr in 2020, has pushed to diversify the economy.');
    expect(keys).toContain('HOLDS_OFFICE qais bin tariq|OMN');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE badr'))).toBe(false);
  });

  it('gives no office to a queen consort beside the king', () => {
    const keys = facts('OSLO (Reuters) - Chilean President Luis Soto arrived in Oslo on Monday and was welcomed by King Harald and Queen Sonja with a military ceremony.', { source: 'Reuters' });
    expect(keys).toContain('HOLDS_OFFICE harald|NOR');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE sonja'))).toBe(false);
  });

  it('gives no office to a secretary to the prime minister, nor to a building before an apposition', () => {
    const body = 'LIMA (Reuters) - Prime Minister Ana Ruiz met Chilean President Luis Soto at Villa Rosa on Monday. During the talks at Villa Rosa, the Prime Minister, who also holds the trade portfolio, said trade mattered. The meeting was attended by Secretary to the Prime Minister Jorge Paz.';
    const keys = facts(body, { source: 'Reuters' });
    expect(keys).toContain('HOLDS_OFFICE ana ruiz|PER');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE jorge paz'))).toBe(false);
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE villa rosa'))).toBe(false);
  });
});
