import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@wiregraph/core';
import { extractTriples } from '../../../src/extract/index.js';
import { findDates, followUpDay, newsDayOf } from '../../../src/extract/internal/dates.js';
import { story, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// 2025-06-11 is a Wednesday.
const lead = (article: string, ...sentences: string[]) => newsDayOf(sentences.map((s) => findDates(s, article)), article, sentences);

describe('the day a story\'s lead gives its news', () => {
  it('is the day the lead states, a day or two before the article date', () => {
    expect(lead('2025-06-11', 'Ruritania and Veldavia signed six agreements on Tuesday.')).toBe('2025-06-10');
    expect(lead('2025-06-11', 'The foreign minister said in Lisbon Monday that talks would go on.')).toBe('2025-06-09');
    expect(lead('2025-06-11', 'A headline with no date.', 'The council, which closed on June 10, 2025, approved the plan.')).toBe('2025-06-10');
  });

  it('is the latest day of the lead sentence: an arrival leads up to the talks', () => {
    expect(lead('2025-06-11', 'Prime Minister Ana Ruiz, who arrived on Monday, held talks with her host on Tuesday.')).toBe('2025-06-10');
  });

  it('is no day the lead gives for plans, for a stay running through the article date, or for older events', () => {
    expect(lead('2025-06-11', 'Talks planned for Tuesday were put off.')).toBeUndefined();
    expect(lead('2025-06-11', 'The president is on a state visit from 10 to 12 June 2025.')).toBeUndefined();
    expect(lead('2025-06-11', 'The two met in Rome on June 2.')).toBeUndefined();
    expect(lead('2025-06-11', 'The first sentence.', 'The second.', 'The third.', 'The fourth says Tuesday.')).toBeUndefined();
  });

  it('keeps the last day of a range', () => {
    expect(findDates('a visit from 12 to 14 January 2026', '2026-01-20')[0]).toMatchObject({ value: '2026-01-12', range: true, until: '2026-01-14' });
    expect(findDates('a tour from Dec. 30 to Jan. 2', '2026-01-05')[0]).toMatchObject({ value: '2025-12-30', until: '2026-01-02' });
  });

  it('is no time stamp of the copy itself: those lines are not part of the lead', () => {
    expect(lead('2025-06-11', 'Published: 11 Jun 2025, 09:17 AM', 'A headline with no date.', 'Ruritania and Veldavia signed six agreements on Monday.')).toBe('2025-06-09');
    expect(lead('2025-06-11', 'Last updated on: June 11, 2025 01:49 IST', 'Ruritania and Veldavia signed six agreements on Monday.')).toBe('2025-06-09');
    expect(lead('2025-06-11', 'June 11, 2025', 'The two presidents met in the border town on June 9 and signed eight agreements.')).toBe('2025-06-09');
    expect(lead('2025-06-11', 'The following is a press release dated June 11.', 'The two foreign ministers met on June 9.')).toBe('2025-06-09');
    expect(lead('2025-06-11', 'June 11, 2025 01:36 am | Updated March 2, 2026 05:02 pm IST - VELDOR:', 'The two leaders in Veldor on Monday.')).toBe('2025-06-09');
    expect(lead('2025-06-11', 'Wednesday, 11 June 2025', 'Ruritania and Veldavia signed six agreements on Monday.')).toBe('2025-06-09');
    expect(findDates('Ruritania and Veldavia signed a treaty on June 11.', '2025-06-11')[0]?.stamp).toBeUndefined();
  });

  it('is no day of the bulleted highlights a press release puts above its story', () => {
    const highlights = ['● The signing of four agreements in the fields of health and trade.', '● Cooperation documents in various areas.', '● Agreeing to convene technical committees.'];
    expect(lead('2025-06-11', ...highlights, 'Yesterday, the joint committee of Ruritania and Veldavia met in Veldor.')).toBe('2025-06-10');
  });

  it('is the day of the news, not the day a spokesman told of it', () => {
    // 2025-06-12 is a Thursday.
    expect(lead('2025-06-12', 'The two defence chiefs held talks in Warsaw on Wednesday, the ministry said Thursday.')).toBe('2025-06-11');
    expect(lead('2025-06-12', 'Talks would go on, the minister said Thursday.')).toBe('2025-06-12');
  });

  it('gives undated follow-ups the meeting day on or after the news day, else the news day, else the article date', () => {
    expect(followUpDay('2025-06-10', '2025-06-09', '2025-06-11')).toBe('2025-06-10');
    expect(followUpDay('2025-06-09', '2025-06-10', '2025-06-11')).toBe('2025-06-10');
    expect(followUpDay('2025-06-25', '2025-06-10', '2025-06-11')).toBe('2025-06-10');
    expect(followUpDay('1998', '2025-06-10', '2025-06-11')).toBe('2025-06-10');
    expect(followUpDay(undefined, '2025-06-10', '2025-06-11')).toBe('2025-06-10');
    expect(followUpDay(undefined, undefined, '2025-06-11')).toBe('2025-06-11');
    expect(followUpDay('2025-06-09', undefined, '2025-06-11')).toBe('2025-06-09');
    expect(followUpDay('2025-06', undefined, '2025-06-11')).toBe('2025-06');
    // (A month before the article's is background to current news.)
    expect(followUpDay('2025-05', undefined, '2025-06-11')).toBe('2025-06-11');
    expect(followUpDay(undefined, undefined, '')).toBeUndefined();
  });
});

describe('facts with no day of their own', () => {
  it('date the talks the lead reports by its day, not by a meeting the day before it', () => {
    const body = 'Prime Minister Ana Ruiz today held talks with several leaders on the sidelines of the regional summit in Veldor. She conferred with Ostrian President Luis Soto and Norlandic President Marta Kell. Yesterday, Ruiz also had a bilateral meeting with Ardenian President Jon Berg.';
    const ts = extractTriples(story(body, { date: '2025-06-11' }));
    const met = (k: string) => ts.find((x) => x.predicate === 'MET' && [x.subject.key, x.object.key].includes(k));
    expect(met('luis soto')?.date).toBe('2025-06-11');
    expect(met('jon berg')?.date).toBe('2025-06-10');
  });

  it('date cooperation a later sentence reports by the day the lead gives its news', () => {
    const body = 'Peruvian President Ana Ruiz and Chilean President Luis Soto opened a joint business forum in Lima on Tuesday. Peru and Chile agreed to expand cooperation in agriculture, tourism and health.';
    const t = extractTriples(story(body, { date: '2025-06-11' })).filter((x) => x.predicate === 'COOPERATES_ON');
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) expect(x.date, x.object.key).toBe('2025-06-10');
  });

  it('date a meeting the lead reports without a meeting verb by the lead\'s day', () => {
    const body = 'Peru and Chile should deepen trade ties, Peruvian Foreign Minister Jorge Paz said in Santiago on Tuesday. Paz made the remarks in a meeting with Chilean Foreign Minister Rosa Vidal.';
    const t = extractTriples(story(body, { date: '2025-06-11' })).find((x) => x.predicate === 'MET');
    expect(t?.date).toBe('2025-06-10');
  });

  it('keep the article date for an office, and give no date at all to a story that has none', () => {
    const body = 'Peru and Chile signed six agreements on Tuesday. Peruvian President Ana Ruiz welcomed the deals.';
    const office = extractTriples(story(body, { date: '2025-06-11' })).find((x) => x.predicate === 'HOLDS_OFFICE');
    expect(office?.date).toBe('2025-06-11');
    const undated: Article = { id: 'u1', source: 'Test Wire', published: null, body: 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima. The two leaders agreed to cooperate in agriculture.', format: 'text' };
    const ts = extractTriples(undated);
    expect(ts.length).toBeGreaterThan(0);
    for (const x of ts) expect(x.date, `${x.predicate} ${x.object.key}`).toBeNull();
  });
});

describe('a lead that reports the end of a visit', () => {
  it('gives the month: the talks of the visit were held on days the text does not fix', () => {
    expect(lead('2025-06-11', 'Prime Minister Ana Ruiz left Lima on Tuesday, concluding her two-day official visit to Peru.')).toBe('2025-06');
    expect(lead('2025-06-11', 'President Luis Soto arrived back home on Tuesday, wrapping up a state visit to Chile.')).toBe('2025-06');
    expect(lead('2025-06-11', 'Prime Minister Ana Ruiz concluded an agreement on Tuesday and invited her host to visit.')).toBe('2025-06-10');
    const body = 'Chilean President Luis Soto left Lima on Tuesday, concluding his three-day state visit to Peru. During the visit, Peru and Chile agreed to expand cooperation in agriculture and tourism.';
    const coop = extractTriples(story(body, { date: '2025-06-11' })).filter((x) => x.predicate === 'COOPERATES_ON');
    expect(coop.length).toBeGreaterThan(0);
    for (const x of coop) expect(x.date, x.object.key).toBe('2025-06');
  });
});

describe('cooperation told as a record', () => {
  it('carries the article date when the text says the countries have cooperated, and the news day when they agreed', () => {
    const talks = 'Peruvian President Ana Ruiz and Chilean President Luis Soto held talks in Lima on Tuesday.';
    const coop = (body: string) => extractTriples(story(body, { date: '2025-06-11' })).find((x) => x.predicate === 'COOPERATES_ON' && x.object.key === 'trade');
    expect(coop(`${talks} The two countries have established a strategic partnership and cooperated fruitfully in trade, education and culture.`)?.date).toBe('2025-06-11');
    expect(coop(`${talks} The two countries agreed to cooperate in trade, education and culture.`)?.date).toBe('2025-06-10');
  });
});

describe('a coming day without a year', () => {
  it('is a plan within the month ahead, not that day a year ago, and dates nothing', () => {
    expect(findDates('Prime Minister Ana Ruiz will be visiting Peru on Dec 27.', '2018-12-19')[0]).toMatchObject({ value: '2018-12-27', planned: true });
    expect(findDates('Prime Minister Ana Ruiz visited Peru on Dec 27.', '2018-12-19')[0]?.value).toBe('2017-12-27');
    const body = 'In her first overseas visit, Chilean President Ana Ruiz will be visiting Peru on Dec 27. Peru and Chile have agreed to deepen cooperation in investment.';
    const coop = extractTriples(story(body, { date: '2018-12-19' })).filter((x) => x.predicate === 'COOPERATES_ON');
    expect(coop.length).toBeGreaterThan(0);
    for (const x of coop) expect(x.date, x.object.key).toBe('2018-12-19');
  });

  it('reads a coming month the same way, and a meeting is not dated by the summit it looks ahead to', () => {
    expect(findDates('ahead of the summit to be held in Madrid at the end of June', '2022-04-29')[0]).toMatchObject({ value: '2022-06', planned: true });
    const body = 'On 29 April 2022, Latvian Foreign Minister Anna Berzina welcomed Estonian Foreign Minister Karl Tamm in Riga. Berzina and Tamm exchanged views on regional security ahead of the summit to be held in Madrid at the end of June.';
    expect(extractTriples(story(body, { date: '2022-04-29' })).find((x) => x.predicate === 'MET')?.date).toBe('2022-04-29');
  });
});

describe('a story with no news day', () => {
  it('dates current news by the article, not by an earlier month\'s visit in its background', () => {
    const body = 'Peruvian President Ana Ruiz and Chilean President Luis Soto have held talks by video, pledging to deepen cooperation in energy. The Spanish and Italian prime ministers visited Lima last month.';
    const ts = extractTriples(story(body, { date: '2025-06-11' })).filter((x) => x.predicate === 'MET' || x.predicate === 'COOPERATES_ON');
    expect(ts.length).toBeGreaterThan(1);
    for (const x of ts) expect(x.date, `${x.predicate} ${x.object.key}`).toBe('2025-06-11');
  });
});

describe('a day of the month without its month', () => {
  it('reads "on 4th." as that day of the article\'s month, or of the month before', () => {
    const v = (s: string, ref = '2024-10-07') => findDates(s, ref).map((d) => d.value);
    expect(v('The ministers held talks at the ministry on 4 th .')).toEqual(['2024-10-04']);
    expect(v('The two met on the 21st, officials said.')).toEqual(['2024-09-21']);
    expect(v('They met on the 31st.', '2024-10-07')).toEqual([]);
    expect(v('The office is on the 4th floor.')).toEqual([]);
  });
});

describe('years and months as background', () => {
  it('reads no bare year as the date of the news its sentence reports', () => {
    expect(findDates('ties set up in 1998 and talks held in 2017', '2025-06-11')).toEqual([]);
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima on Tuesday. Since diplomatic ties were set up in 1998, Peru and Chile have expanded cooperation in agriculture and tourism.';
    const t = extractTriples(story(body, { date: '2025-06-11' })).find((x) => x.predicate === 'COOPERATES_ON' && x.object.key === 'agriculture');
    expect(t?.date).toBe('2025-06-10');
  });

  it('reads "Last November" at the start of a sentence as the most recent November', () => {
    expect(findDates('Last November, the two met in Lima.', '2025-06-11').map((d) => d.value)).toEqual(['2024-11']);
  });
});
