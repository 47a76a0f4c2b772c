import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const visits = (body: string, opts?: Parameters<typeof facts>[1]) => facts(body, opts).filter((k) => k.startsWith('VISITED'));

describe('travel frames', () => {
  it('gives every coordinated destination of a trip', () => {
    expect(visits('Spanish Prime Minister Pedro Ruiz last travelled to Mauritania in August 2024, on a tour that also took him to Gambia and Senegal.')).toEqual(
      expect.arrayContaining(['VISITED pedro ruiz|MRT', 'VISITED pedro ruiz|GMB', 'VISITED pedro ruiz|SEN']),
    );
    expect(visits('Turkish Foreign Minister Ali Kaya travelled to Oman, Qatar and Kuwait last month.')).toEqual(['VISITED ali kaya|OMN', 'VISITED ali kaya|QAT', 'VISITED ali kaya|KWT']);
  });

  it('reads "the final leg took X to Y" as a visit, dated by its own day', () => {
    const t = facts('Turkish Foreign Minister Ali Kaya began a Gulf tour on Monday. The final leg took Kaya to Doha on Friday.', { date: '2025-12-13' });
    expect(t).toContain('VISITED ali kaya|QAT');
  });

  it('reads "X\'s regional tour, which has taken him to A, B and C": the pronoun is the tour\'s owner', () => {
    const keys = visits("Chinese Premier Li Wen reached Lusaka on Monday. Zambia is the fourth stop of Li's regional tour, which has taken him to Ghana, Togo and Benin.");
    expect(keys).toEqual(expect.arrayContaining(['VISITED li wen|GHA', 'VISITED li wen|TGO', 'VISITED li wen|BEN']));
  });

  it('reads "visited Y\'s embassy in Z" as a visit to Z\'s country, not to Y', () => {
    expect(visits("Kenyan President Daniel Mwangi visited Peru's embassy in Madrid on Friday.")).toEqual(['VISITED daniel mwangi|ESP']);
  });

  it('does not read "took X to Y" without a trip noun as a visit, nor a planned leg', () => {
    expect(visits('Turkish Foreign Minister Ali Kaya met reporters. A storm took Kaya to Doha on Friday.')).toEqual([]);
    expect(visits('Turkish Foreign Minister Ali Kaya met reporters. The final leg will take Kaya to Doha on Friday.')).toEqual([]);
  });
});

describe('presence at a summit and meetings in small places', () => {
  it('places someone "attending her first AU summit" by the dateline, and the person she met there', () => {
    const keys = visits("ADDIS ABABA, Feb 15, 2026 (AFP) - Namibia's President Nora Nandi, attending her first AU summit since taking office, held talks the same day with Tanzanian President Samia Hassan.", { source: 'AFP', date: '2026-02-15' });
    expect(keys).toEqual(expect.arrayContaining(['VISITED nora nandi|ETH', 'VISITED samia hassan|ETH']));
  });

  it('does not place someone only planning to attend', () => {
    expect(visits("ADDIS ABABA, Feb 15, 2026 (AFP) - Namibia's President Nora Nandi, who plans on attending the next AU summit, spoke to reporters.", { source: 'AFP', date: '2026-02-15' })).toEqual([]);
  });

  it('reads "in Kananaskis, Canada" (a place the gazetteer lacks, then its country) as the meeting place', () => {
    const keys = visits('German Chancellor Fritz Weber and South Korean President Lee Min met briefly on the margins of the G7 summit in Kananaskis, Canada, in June last year.', { date: '2026-01-21' });
    expect(keys).toEqual(expect.arrayContaining(['VISITED fritz weber|CAN', 'VISITED lee min|KOR'.replace('KOR', 'CAN')]));
  });

  it('gives someone met "there" by a traveller the traveller\'s destination, though others travelled elsewhere', () => {
    const body = 'Berlin (dpa) - German Chancellor Fritz Weber and South Korean President Lee Min met on the margins of the G7 summit in Kananaskis, Canada, in June last year. Economy Minister Katrin Reich, who travelled to Seoul in November, held talks there with Industry Minister Kim Sung-ho.';
    const keys = facts(body, { source: 'dpa', date: '2026-01-21' });
    expect(keys).toContain('HOLDS_OFFICE kim sung-ho|KOR');
    expect(keys).toContain('MET katrin reich|kim sung-ho');
  });
});

describe('members of a visiting delegation', () => {
  const body = 'ABU DHABI, 27th January, 2026 (WAM) -- UAE President Ali Salem today received Vietnamese President Tran Duc, who is on a state visit to the country, at Qasr Al Watan in Abu Dhabi. It was also attended by the delegation accompanying the Vietnamese President, including Minister of Industry and Trade Le Van Minh.';

  it('gives a member named after "including" the delegation\'s country and its leader\'s visit', () => {
    const keys = facts(body, { source: 'WAM', date: '2026-01-27' });
    expect(keys).toContain('HOLDS_OFFICE le van minh|VNM');
    expect(keys).not.toContain('HOLDS_OFFICE le van minh|ARE');
    expect(keys).toContain('VISITED le van minh|ARE');
  });

  it('does not give the host\'s own delegation a visit', () => {
    const keys = facts('ABU DHABI, 27th January, 2026 (WAM) -- UAE President Ali Salem today received Vietnamese President Tran Duc, who is on a state visit to the country. The meeting was attended by the Emirati delegation, including Foreign Minister Saeed Nasser.', { source: 'WAM', date: '2026-01-27' });
    expect(keys).toContain('HOLDS_OFFICE saeed nasser|ARE');
    expect(keys).not.toContain('VISITED saeed nasser|ARE');
  });
});
