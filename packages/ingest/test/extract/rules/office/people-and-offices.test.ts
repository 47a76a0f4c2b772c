import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp } from '../../helpers.js';

// The first extraction loads the wink model and the gazetteer: not part of any test's time.
beforeAll(() => warmUp(), 120_000);

describe('people and offices', () => {
  it('reads a titled name with a demonym as the holder of that office in that country', () => {
    const t = find('German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.', 'HOLDS_OFFICE', 'emmanuel macron', 'FRA');
    expect(t?.title).toBe('President');
    expect(find('German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.', 'HOLDS_OFFICE', 'olaf scholz', 'DEU')?.title).toBe('Chancellor');
  });

  it('reads possessive and "of" forms of the country', () => {
    expect(find("Kenya's Foreign Minister Musalia Mudavadi spoke to reporters.", 'HOLDS_OFFICE', 'musalia mudavadi', 'KEN')).toBeDefined();
    expect(find('The President of the Republic of Senegal, Bassirou Diomaye Faye, arrived in Paris on Sunday.', 'HOLDS_OFFICE', 'bassirou diomaye faye', 'SEN')).toBeDefined();
  });

  it('reads an appositive lower-case title ("X, the Dutch prime minister")', () => {
    expect(find('Dick Schoof, the Dutch prime minister, held talks with Irish Taoiseach Micheál Martin on Friday.', 'HOLDS_OFFICE', 'dick schoof', 'NLD')).toBeDefined();
    expect(find("Canada's prime minister, Mark Carney, spoke on Tuesday.", 'HOLDS_OFFICE', 'mark carney', 'CAN')).toBeDefined();
  });

  it('gives a counterpart the country of its demonym and the speaker\'s title', () => {
    const body = 'Indonesian Foreign Minister Sugiono held talks with his Malaysian counterpart Mohamad Hasan in Jakarta on Tuesday.';
    const t = find(body, 'HOLDS_OFFICE', 'mohamad hasan', 'MYS');
    expect(t?.title).toBe('Foreign Minister');
    expect(find(body, 'MET', 'sugiono', 'mohamad hasan')).toBeDefined();
  });

  it('drops honorifics from keys but keeps Sheikh', () => {
    const body = 'Prime Minister Sir Keir Starmer held talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan in London on Monday. Dr Jane Example, a historian, was not there.';
    const keys = facts(body, { source: 'Prime Minister\'s Office, 10 Downing Street (press release)' });
    expect(keys).toContain('MET keir starmer|sheikh mohamed bin zayed al nahyan');
    expect(keys.some((k) => k.includes('sir keir'))).toBe(false);
  });

  it('folds accents and special letters in person keys', () => {
    const keys = facts('Polish Foreign Minister Radosław Sikorski met Spanish Foreign Minister José Manuel Albares in Madrid on Monday.');
    expect(keys).toContain('HOLDS_OFFICE radoslaw sikorski|POL');
    expect(keys).toContain('MET radoslaw sikorski|jose manuel albares');
    expect(keys).toContain('VISITED radoslaw sikorski|ESP');
  });

  it('keeps a split-letter name whole (Vietnamese diacritics)', () => {
    expect(facts('Vietnamese Prime Minister Phạm Minh Chính arrived in Seoul on Monday.')).toContain('VISITED pham minh chinh|KOR');
  });

  it('gives no office to former holders, spokespeople, governors or officials of international bodies', () => {
    const keys = facts(
      'Former Prime Minister Boris Johnson spoke at a dinner. Governor Gavin Newsom attended. EU foreign policy chief Kaja Kallas met Ukrainian Foreign Minister Andrii Sybiha in Brussels on Monday.',
    );
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE'))).toEqual(['HOLDS_OFFICE andrii sybiha|UKR']);
    expect(keys).toContain('MET kaja kallas|andrii sybiha');
  });

  it('takes an untagged office\'s country from the dateline, or from the agency for a visitor', () => {
    const body = 'President Gustavo Petro received Prime Minister Narendra Modi at the Casa de Nariño on Tuesday. Modi arrived in Bogota on Monday on a two-day visit.';
    // The extractor reads a dateline left in the text as well as one the reader took off.
    const withDateline = facts(`BOGOTA, June 10 (PTI) ${body}`, { source: 'PTI' });
    expect(withDateline).toContain('HOLDS_OFFICE gustavo petro|COL');
    expect(withDateline).toContain('HOLDS_OFFICE narendra modi|IND');
    expect(withDateline).toContain('VISITED narendra modi|COL');
    expect(withDateline).toContain('MET gustavo petro|narendra modi');
  });
});

describe('coreference within a story', () => {
  it('maps surnames, pronouns and "the two leaders" to the full names', () => {
    const body = [
      'Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon on Monday.',
      'Lula held talks with Portuguese Prime Minister Luís Montenegro on Tuesday.',
      'The two leaders agreed to deepen cooperation in renewable energy.',
      'He later called on President Marcelo Rebelo de Sousa.',
    ].join(' ');
    const keys = facts(body, { date: '2025-04-24' });
    expect(keys).toContain('MET luiz inacio lula da silva|luis montenegro');
    expect(keys).toContain('MET luiz inacio lula da silva|marcelo rebelo de sousa');
    expect(keys).toContain('COOPERATES_ON BRA|renewable-energy');
    expect(keys).toContain('COOPERATES_ON PRT|renewable-energy');
    expect(keys).toContain('VISITED luiz inacio lula da silva|PRT');
  });

  it('resolves "the Prime Minister" to the story\'s one prime minister', () => {
    const body = 'Prime Minister Anthony Albanese hosted Indonesian President Prabowo Subianto in Canberra today. The Prime Minister welcomed President Prabowo to Australia.';
    const keys = facts(body, { source: 'Prime Minister of Australia (media release)' });
    expect(keys).toContain('HOLDS_OFFICE anthony albanese|AUS');
    expect(keys).toContain('MET anthony albanese|prabowo subianto');
    expect(keys).toContain('VISITED prabowo subianto|AUS');
  });
});

describe('more office forms', () => {
  it('reads "President X of France" and "X, the president of Brazil,"', () => {
    const keys = facts('President Emmanuel Macron of France met Prime Minister Narendra Modi of India on Monday. Luiz Inácio Lula da Silva, the president of Brazil, spoke later.');
    expect(keys).toContain('HOLDS_OFFICE emmanuel macron|FRA');
    expect(keys).toContain('HOLDS_OFFICE narendra modi|IND');
    expect(keys).toContain('HOLDS_OFFICE luiz inacio lula da silva|BRA');
  });

  it('gives no office to a title that is a civil-service post in that country', () => {
    const keys = facts('NEW DELHI, June 10 (PTI) Indian Foreign Secretary Vikram Misri met British Foreign Secretary David Lammy on Monday.');
    expect(keys).toContain('HOLDS_OFFICE david lammy|GBR');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE vikram misri'))).toBe(false);
  });
});

describe('leaders', () => {
  it('reads "North Korean leader Kim Jong Un" as an office, but not an opposition leader', () => {
    const keys = facts('North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Wednesday. Opposition leader Lee Jun-seok criticised the meeting.');
    expect(keys).toContain('HOLDS_OFFICE kim jong un|PRK');
    expect(keys).toContain('VISITED vladimir putin|PRK');
    expect(keys.some((k) => k.startsWith('HOLDS_OFFICE lee jun-seok'))).toBe(false);
  });
});
