import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples } from '../../../src/extract/index.js';
import { facts, story, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('multi-word place names', () => {
  it('reads "New York" as the United States, not as York in Britain', () => {
    const keys = facts('Peruvian Foreign Minister Ana Ruiz arrived in New York on Monday.');
    expect(keys).toContain('VISITED ana ruiz|USA');
    expect(keys).not.toContain('VISITED ana ruiz|GBR');
  });

  it('reads "St. Petersburg", "St Petersburg" and "Saint Petersburg" as the Russian city', () => {
    for (const spelling of ['St. Petersburg', 'St Petersburg', 'Saint Petersburg']) {
      const keys = facts(`Chilean President Luis Soto travelled to ${spelling} in June.`);
      expect(keys).toContain('VISITED luis soto|RUS');
      expect(keys).not.toContain('VISITED luis soto|USA');
    }
  });

  it('reads "St." and "St" for "Saint" in country names too ("St. Lucia", "St Kitts and Nevis")', () => {
    const keys = facts('Chilean President Luis Soto travelled to St. Lucia on Monday. Peruvian President Ana Ruiz flew to St Kitts and Nevis on Tuesday.');
    expect(keys).toContain('VISITED luis soto|LCA');
    expect(keys).toContain('VISITED ana ruiz|KNA');
  });

  it('gives a place word after a capitalised "New" no country ("New Mexico", "New South Wales")', () => {
    const keys = facts('Chilean President Luis Soto flew to New Mexico on Monday. Peruvian President Ana Ruiz travelled to New South Wales on Tuesday.');
    expect(keys).not.toContain('VISITED luis soto|MEX');
    expect(keys).not.toContain('VISITED ana ruiz|GBR');
  });
});

describe('meetings at a venue abroad', () => {
  it('places sideline meetings under a foreign dateline in that country, and the agency\'s untagged ministers at home', () => {
    const body = 'NEW YORK, Sept 24 (Yonhap) -- Foreign Minister Park Min-soo met Peruvian Foreign Minister Ana Ruiz on the sidelines of the United Nations General Assembly on Wednesday. Park also held talks with his Chilean counterpart Luis Soto. He said South Korea supports a reform of the Security Council.';
    const keys = facts(body, { date: '2025-09-24', source: 'Yonhap' });
    expect(keys).toContain('VISITED ana ruiz|USA');
    expect(keys).toContain('VISITED luis soto|USA');
    expect(keys).toContain('HOLDS_OFFICE park min-soo|KOR');
    expect(keys).not.toContain('HOLDS_OFFICE park min-soo|USA');
  });

  it('does not give a world wire\'s home (Reuters) to untagged ministers at a venue abroad the story never names it in', () => {
    const body = 'NEW YORK, Sept 24 (Reuters) - Foreign Minister Park Min-soo met Peruvian Foreign Minister Ana Ruiz on the sidelines of the United Nations General Assembly on Wednesday.';
    const keys = facts(body, { date: '2025-09-24', source: 'Reuters' });
    expect(keys).not.toContain('HOLDS_OFFICE park min-soo|GBR');
    expect(keys).toContain('VISITED ana ruiz|USA');
  });
});

describe('calls, hosting and called-off visits', () => {
  it('gives a call received from abroad a meeting but no visit under the dateline', () => {
    const keys = facts('RIYADH, April 21, 2026, SPA -- Saudi Crown Prince Mohammed bin Salman received a phone call today from Chilean President Luis Soto.', { date: '2026-04-21', source: 'SPA' });
    expect(keys.some((k) => k === 'MET mohammed bin salman|luis soto' || k === 'MET luis soto|mohammed bin salman')).toBe(true);
    expect(keys).not.toContain('VISITED luis soto|SAU');
  });

  it('gives no visit when a possessive visit noun is postponed or called off', () => {
    const keys = facts("Chilean President Luis Soto's visit to Washington was postponed, officials said. Peruvian President Ana Ruiz's trip to Tokyo has been called off.");
    expect(keys).not.toContain('VISITED luis soto|USA');
    expect(keys).not.toContain('VISITED ana ruiz|JPN');
  });

  it('reads "after hosting X" as a meeting and a visit to the host country', () => {
    const body = 'ANKARA (AA) - Turkiye and Chile agreed on Friday to expand cooperation in energy, Turkish President Recep Tayyip Erdogan said after hosting his Chilean counterpart Luis Soto in the capital.';
    const keys = facts(body, { date: '2025-06-06', source: 'Anadolu' });
    expect(keys.some((k) => k === 'MET recep tayyip erdogan|luis soto' || k === 'MET luis soto|recep tayyip erdogan')).toBe(true);
    expect(keys).toContain('VISITED luis soto|TUR');
  });

  it('reads "held a working meeting with X" after a relative clause as the subject\'s meeting', () => {
    const keys = facts('Peruvian President Ana Ruiz, who arrived in Havana on Tuesday night, held a working meeting on Wednesday with Cuban Prime Minister Juan Paz.');
    expect(keys.some((k) => k === 'MET ana ruiz|juan paz' || k === 'MET juan paz|ana ruiz')).toBe(true);
  });
});

describe('attendees of a meeting abroad', () => {
  it('gives visiting attendees ("The meeting was attended by", "was joined at the talks by") a visit to where the meeting was held, and pairs nobody', () => {
    const body = 'LIMA, March 3 (Reuters) - Peruvian President Ana Ruiz held talks on Tuesday with Chilean President Luis Soto, who arrived in Lima on Monday. The meeting was attended by Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Jorge Paz. Soto was joined at the talks by Chilean Trade Minister Pedro Lara.';
    const keys = facts(body, { date: '2026-03-03', source: 'Reuters' });
    expect(keys).toContain('VISITED rosa vidal|PER');
    expect(keys).toContain('VISITED pedro lara|PER');
    expect(keys).not.toContain('VISITED jorge paz|PER');
    expect(keys.some((k) => k.startsWith('MET') && k.includes('rosa vidal'))).toBe(false);
  });
});

describe('descriptive references', () => {
  it('reads "the Canadian minister" as the story\'s Canadian minister, not its prime minister', () => {
    const keys = facts('Defence Minister Park Min-soo held talks in Seoul on Thursday with Canadian Defence Minister John Hale, who arrived on Wednesday. Canadian Prime Minister Mark Carney had called for closer ties. On Wednesday, the Canadian minister paid a courtesy call on South Korean Foreign Minister Cho Hyun.', { date: '2025-09-18' });
    expect(keys.some((k) => k === 'MET john hale|cho hyun' || k === 'MET cho hyun|john hale')).toBe(true);
    expect(keys.some((k) => k === 'MET mark carney|cho hyun' || k === 'MET cho hyun|mark carney')).toBe(false);
  });
});

describe('companions of a traveller', () => {
  it('gives "X, who travelled with Y," the country of Y and only the trip the story is set on', () => {
    const body = 'LIMA, March 3 (Reuters) - Peruvian President Ana Ruiz held talks on Tuesday with Chilean President Luis Soto, who arrived in Lima on Monday. Foreign Minister Rosa Vidal, who travelled with Soto, also met officials. Soto and Ruiz first met on the sidelines of a summit in Brasilia in May.';
    const keys = facts(body, { date: '2026-03-03', source: 'Reuters' });
    expect(keys).toContain('HOLDS_OFFICE rosa vidal|CHL');
    expect(keys).toContain('VISITED rosa vidal|PER');
    expect(keys).not.toContain('VISITED rosa vidal|BRA');
  });
});

describe('attendees of talks the rules cannot pair', () => {
  it('places attendees of the story\'s talks where the story is set when a traveller went there', () => {
    const body = 'HAVANA, May 14 (Prensa Latina) Peruvian President Ana Ruiz, who arrived in Havana on Tuesday, held official talks here today with Cuban leaders. The talks were also attended by Peruvian Foreign Minister Rosa Vidal. On Wednesday, Ruiz held a working meeting with Cuban Prime Minister Juan Paz.';
    const ts = extractTriples(story(body, { date: '2026-05-14', source: 'Prensa Latina' }));
    const keys = ts.map((t) => `${t.predicate} ${t.subject.key}|${t.object.key}`);
    expect(keys).toContain('VISITED ana ruiz|CUB');
    expect(keys).toContain('VISITED rosa vidal|CUB');
    // (dated by the article, the talks' day, not by the later working meeting)
    expect(ts.find((t) => t.predicate === 'VISITED' && t.subject.key === 'rosa vidal')?.date).toBe('2026-05-14');
  });
});

describe('the scene of a summit', () => {
  it('places "also attending the summit" at the summit the lede names, not at the dateline', () => {
    const body = 'LIMA, Nov 10 (Reuters) - Peruvian President Ana Ruiz held talks with Chilean President Luis Soto on the sidelines of the APEC summit in Seoul on Monday, her office said. There was no meeting with Chinese Premier Li Qiang, who is also attending the summit.';
    const keys = facts(body, { date: '2025-11-10', source: 'Reuters' });
    expect(keys).toContain('VISITED li qiang|KOR');
    expect(keys).not.toContain('VISITED li qiang|PER');
  });
});

describe('sides of a meeting', () => {
  it('gives officials listed after "On the <demonym> side," that country, and a visit when the meeting was abroad', () => {
    const body = 'RIYADH, April 21, 2026, SPA -- Saudi Crown Prince Mohammed bin Salman received Chilean President Luis Soto, who is on an official visit to the Kingdom. On the Chilean side, it was attended by Minister of Foreign Affairs Rosa Vidal.';
    const keys = facts(body, { date: '2026-04-21', source: 'SPA' });
    expect(keys).toContain('HOLDS_OFFICE rosa vidal|CHL');
    expect(keys).toContain('VISITED rosa vidal|SAU');
  });
});

describe('pronouns after an unnamed subject', () => {
  it('does not give "he" after an unresolved "The <demonym> president" to the last sentence\'s subject of another country', () => {
    const keys = facts('South Korean President Lee Jae-myung hosted talks in Seoul on Tuesday. The Chilean president arrived in Seoul on Sunday after a stop in Abu Dhabi, where he held talks on Saturday with Emirati President Mohamed bin Zayed.');
    expect(keys).not.toContain('VISITED lee jae-myung|ARE');
    expect(keys.some((k) => k.startsWith('MET') && k.includes('lee jae-myung') && k.includes('mohamed bin zayed'))).toBe(false);
  });
});

describe('"the <demonym> president" for a leader named without that title', () => {
  it('reads "The Chilean president" as the story\'s one Chilean, and "he" after it as him', () => {
    const keys = facts('South Korean President Lee Jae-myung and Chilean leader Luis Soto agreed on Tuesday to expand trade. The Chilean president arrived in Seoul on Sunday after a stop in Abu Dhabi, where he held talks on Saturday with Emirati President Mohamed bin Zayed.');
    expect(keys).toContain('VISITED luis soto|KOR');
    expect(keys).toContain('VISITED luis soto|ARE');
    expect(keys.some((k) => k === 'MET luis soto|mohamed bin zayed' || k === 'MET mohamed bin zayed|luis soto')).toBe(true);
  });
});

describe('standing venues', () => {
  it('places a meeting "on the sidelines of the UN General Assembly" in the United States, whatever the dateline', () => {
    const body = 'MANILA, Sept 25 (PNA) - Philippine President Ferdinand Marcos Jr. met Peruvian President Ana Ruiz on the sidelines of the 80th session of the United Nations General Assembly on Thursday.';
    const keys = facts(body, { date: '2025-09-25', source: 'PNA' });
    expect(keys).toContain('VISITED ana ruiz|USA');
    expect(keys).toContain('VISITED ferdinand marcos jr|USA');
    expect(keys).not.toContain('VISITED ana ruiz|PHL');
  });
});

describe('visits from a place without a named partner', () => {
  it('reads "arrived in the national capital" under a dateline as a visit to the dateline\'s country', () => {
    const body = 'NEW DELHI, Oct 16 (PTI) - Chilean Foreign Minister Rosa Vidal, who arrived in the national capital on Wednesday on a two-day official visit, praised India.';
    const keys = facts(body, { date: '2025-10-16', source: 'PTI' });
    expect(keys).toContain('VISITED rosa vidal|IND');
  });

  it('places the subject of "held talks in <city> with" there even when the partner is not recognised', () => {
    const keys = facts('Chilean Foreign Minister Rosa Vidal held talks in Beijing on Monday with a member of the Political Bureau of the Communist Party of China Central Committee.');
    expect(keys).toContain('VISITED rosa vidal|CHN');
  });
});
