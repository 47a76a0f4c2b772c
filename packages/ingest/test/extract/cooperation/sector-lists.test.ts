import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const on = (body: string) => facts(body).filter((k) => k.startsWith('COOPERATES_ON'));
const sectorsOf = (body: string, iso3: string) => on(body).filter((k) => k.startsWith(`COOPERATES_ON ${iso3}|`)).map((k) => k.split('|')[1]).sort();

describe('sector lists: every item of a list of cooperation areas', () => {
  it('reads a capitalised, headline-style list after "cooperation in"', () => {
    const body = 'Peru and Chile signed agreements on cooperation in Culture, Trade and Education.';
    expect(sectorsOf(body, 'PER')).toEqual(['culture', 'education', 'trade']);
    expect(sectorsOf(body, 'CHL')).toEqual(['culture', 'education', 'trade']);
  });

  it('reads a semicolon list, where a general word such as Security is an item among sectors', () => {
    const body = 'Ghana and Togo agreed to deepen cooperation in Security; Health; Agriculture; and Transportation.';
    expect(sectorsOf(body, 'GHA')).toEqual(['agriculture', 'defence', 'health', 'transport']);
  });

  it('does not read a general word as a sector when no sector stands beside it', () => {
    const keys = on('Kenya and Tanzania agreed to cooperate for peace, security and prosperity in the region.');
    expect(keys.some((k) => k.endsWith('|defence'))).toBe(false);
    expect(sectorsOf('Kenya and Tanzania agreed to cooperate on security, health and education.', 'KEN')).toEqual(['defence', 'education', 'health']);
  });

  it('reads coordinated modifiers of one area noun, each as its sector', () => {
    expect(sectorsOf('Kenya and Tanzania agreed to expand economic, trade and cultural cooperation.', 'TZA')).toEqual(['culture', 'investment', 'trade']);
    expect(sectorsOf('The two presidents of Brazil and Angola discussed cooperation in the economic, scientific and educational fields.', 'AGO')).toEqual(['education', 'investment', 'technology']);
  });

  it('reads the parts of a hyphenated modifier', () => {
    expect(sectorsOf('Kazakhstan and Uzbekistan pledged to boost trade-economic cooperation.', 'UZB')).toEqual(['investment', 'trade']);
  });

  it('reads a lone modifier before a noun of relations, but not before a generic "sectors"', () => {
    expect(sectorsOf('Kenya and Tanzania agreed to strengthen cultural ties.', 'KEN')).toEqual(['culture']);
    expect(sectorsOf('Kenya and Tanzania agreed to deepen economic relations.', 'KEN')).toEqual(['investment']);
    expect(on('Kenya and Tanzania signed a dozen agreements in economic sectors.').some((k) => k.endsWith('|investment'))).toBe(false);
  });

  it('leaves capitalised cues inside names alone', () => {
    const named = on('Kenya and Tanzania agreed to revive the Joint Commission on Economic and Scientific Cooperation.');
    expect(named.some((k) => /\|(investment|technology)$/.test(k))).toBe(false);
    const ministry = on("The agreement was signed by Ghana's Ministry of Culture, Sports and Youth and Togo's foreign ministry.");
    expect(ministry.some((k) => k.endsWith('|culture'))).toBe(false);
  });

  it('reads the list of the next sentence, when it goes on about the agreements just signed', () => {
    const body = 'President Ruto of Kenya met President Kagame of Rwanda in Kigali on Monday. The two leaders signed five MoUs. The MoUs cover Health, Agriculture and Sports.';
    expect(sectorsOf(body, 'RWA')).toEqual(['agriculture', 'culture', 'health']);
  });
});

describe('area lists as frames: "in the fields of", "areas such as"', () => {
  it('reads the areas named for the relations of two countries', () => {
    const body = 'The Angolan minister stressed the importance of consolidating relations between Angola and Morocco in the fields of education, fertilizers and medicines.';
    expect(sectorsOf(body, 'AGO')).toEqual(['agriculture', 'education', 'health']);
  });

  it('reads "areas such as" after an ongoing cooperation, and a progressive "are cooperating in"', () => {
    expect(sectorsOf('Uruguay and Paraguay are cooperating in energy, trade and tourism.', 'URY')).toEqual(['culture', 'energy', 'trade']);
    expect(sectorsOf('Ireland and Iceland have a partnership that spans areas such as fisheries and renewable energy.', 'ISL')).toEqual(['agriculture', 'renewable-energy']);
  });

  it('reads a list named "as priority areas" after the cooperation it belongs to', () => {
    const body = 'President Ruto of Kenya met President Kagame of Rwanda in Kigali on Monday. The two countries agreed to deepen cooperation. Ruto named trade, health and tourism as priority areas.';
    expect(sectorsOf(body, 'KEN')).toEqual(['culture', 'health', 'trade']);
  });

  it('reads a hyphenated pair of sector nouns as one list item', () => {
    expect(sectorsOf('Indonesia and Vietnam agreed to enhance ties in defence, education-training and tourism.', 'VNM')).toEqual(['culture', 'defence', 'education']);
  });

  it('reads modifiers listed after "areas of cooperation, including"', () => {
    const body = 'Egypt and Jordan strengthened bilateral cooperation in various priority areas of cooperation, including economic, cultural and scientific.';
    expect(sectorsOf(body, 'JOR')).toEqual(['culture', 'investment', 'technology']);
  });

  it('ends a capitalised list at the partners it is between', () => {
    const body = 'Ghana and Grenada signed three agreements on Monday. The signing signals the commitment of the two parties on matters of Culture, Trade and Education between both countries.';
    expect(sectorsOf(body, 'GRD')).toEqual(['culture', 'education', 'trade']);
  });

  it('reads "interaction in" as cooperation, but not an interaction between leaders', () => {
    expect(sectorsOf('Russia and Vietnam agreed to expand interaction in energy and agriculture.', 'VNM')).toEqual(['agriculture', 'energy']);
    const met = facts('Prime Minister Modi had informal interactions with French President Emmanuel Macron and British Prime Minister Rishi Sunak on the sidelines of the summit.');
    expect(met.some((k) => k.startsWith('COOPERATES_WITH'))).toBe(false);
  });

  it('reads a headline-style capitalised frame noun between lower-case words, but not one inside a name', () => {
    const body = 'President Ruto of Kenya met President Kagame of Rwanda in Kigali on Monday. A number of Agreements covering trade, agriculture and education were also signed.';
    expect(sectorsOf(body, 'RWA')).toEqual(['agriculture', 'education', 'trade']);
    const name = on('Kenya and Rwanda attended the Shanghai Cooperation Organisation meeting on trade.');
    expect(name).toEqual([]);
  });

  it('does not read sectors that people come from as areas of cooperation', () => {
    const keys = on('The Kenyan delegation met Ethiopian business leaders from sectors such as tourism and farming.');
    expect(keys).toEqual([]);
  });
});

describe('sector vocabulary of real copy: relations and concrete measures', () => {
  it('maps hydro-power to renewable energy and ICT to technology', () => {
    expect(sectorsOf('Nepal and India agreed to expand cooperation in hydro-power and ICT.', 'NPL')).toEqual(['renewable-energy', 'technology']);
  });

  it('maps student exchanges to education and transportation to transport', () => {
    expect(sectorsOf('Ghana and Nigeria agreed to set up student exchanges and to cooperate on transportation.', 'GHA')).toEqual(['education', 'transport']);
  });

  it("reads a state's nuclear programme as a dispute, not nuclear energy", () => {
    const keys = on('Germany and France agreed to work together on the Iranian nuclear issue.');
    expect(keys.some((k) => k.endsWith('|nuclear-energy'))).toBe(false);
    expect(sectorsOf('Germany and France agreed to work together on nuclear energy.', 'FRA')).toEqual(['nuclear-energy']);
  });

  it('does not read mining alone as critical minerals', () => {
    expect(sectorsOf('Peru and Bolivia signed deals increasing links in mining and energy.', 'PER')).toEqual(['energy']);
  });

  it('maps an agreement on double taxation to investment', () => {
    expect(sectorsOf('Malta and Ghana signed an agreement on the avoidance of double taxation.', 'MLT')).toEqual(['investment']);
  });

  it('maps logistics to transport only as a list item, not as the modifier of infrastructure', () => {
    expect(sectorsOf('Peru and Bolivia agreed to cooperate in energy, logistics and mining.', 'PER')).toContain('transport');
    const keys = sectorsOf('Peru and Bolivia agreed to cooperate in logistics infrastructure.', 'PER');
    expect(keys).toEqual(['infrastructure']);
  });
});
