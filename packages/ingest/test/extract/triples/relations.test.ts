import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp } from '../helpers.js';

// The first extraction loads the wink model and the gazetteer: not part of any test's time.
beforeAll(() => warmUp(), 120_000);

describe('meetings', () => {
  it('pairs every named participant of a multilateral meeting, but not one delegation', () => {
    const body = 'Indian External Affairs Minister S Jaishankar, Indian Defence Minister Rajnath Singh, Australian Foreign Minister Penny Wong and Australian Defence Minister Richard Marles met in Canberra on Friday.';
    const met = facts(body, { date: '2025-03-02' }).filter((k) => k.startsWith('MET'));
    expect(met).toHaveLength(4);
    expect(met).not.toContain('MET s jaishankar|rajnath singh');
  });

  it('counts phone and video calls, "called on" and failed talks, but places nobody for a call', () => {
    const keys = facts('Turkish President Recep Tayyip Erdoğan spoke by phone on Sunday with Egyptian President Abdel Fattah el-Sisi.', { date: '2025-06-10' });
    expect(keys).toContain('MET recep tayyip erdogan|abdel fattah el-sisi');
    expect(keys.some((k) => k.startsWith('VISITED'))).toBe(false);
    expect(facts('Talks between Indian Commerce Minister Piyush Goyal and British Business Secretary Peter Kyle ended without an agreement on Friday.')).toContain('MET piyush goyal|peter kyle');
  });

  it('gives no meeting for planned, expected, denied or hypothetical ones, nor for a greeting', () => {
    const traps = [
      'Japanese Prime Minister Shigeru Ishiba will meet Chinese President Xi Jinping later this year.',
      'Japanese Prime Minister Shigeru Ishiba is expected to meet Chinese President Xi Jinping in Lima next month.',
      'Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping did not meet during the summit.',
      'Had Japanese Prime Minister Shigeru Ishiba travelled, he would have met Chinese President Xi Jinping.',
      'Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping exchanged brief greetings at the summit venue.',
    ];
    for (const body of traps) expect(facts(body).filter((k) => k.startsWith('MET')), body).toEqual([]);
  });
});

describe('visits', () => {
  it('reads arrivals, visits and travel to a place, cities resolving to their country', () => {
    expect(facts('Kenyan President William Ruto arrived in Addis Ababa on Friday for a two-day state visit.')).toContain('VISITED william ruto|ETH');
    expect(facts('Argentine President Javier Milei travelled to Rome for the ceremony.')).toContain('VISITED javier milei|ITA');
    expect(facts('Brazilian President Luiz Inácio Lula da Silva is on a three-day visit to Japan.')).toContain('VISITED luiz inacio lula da silva|JPN');
  });

  it('places people at a meeting held abroad, but not the host', () => {
    const keys = facts('Italian Prime Minister Giorgia Meloni met Indian Prime Minister Narendra Modi in Rome on Thursday.');
    expect(keys).toContain('VISITED narendra modi|ITA');
    expect(keys).not.toContain('VISITED giorgia meloni|ITA');
  });

  it('gives no visit for a planned or cancelled trip', () => {
    for (const body of [
      'Australian Foreign Minister Penny Wong is scheduled to visit Jakarta next week.',
      'Australian Foreign Minister Penny Wong will travel to Jakarta on Monday.',
      'Australian Foreign Minister Penny Wong is due to visit Jakarta later this month.',
    ]) expect(facts(body).filter((k) => k.startsWith('VISITED')), body).toEqual([]);
  });
});

describe('cooperation', () => {
  it('maps a coordinated sector list to the sector keys, for each party, with partners', () => {
    const body = 'Canada and Germany agreed on Monday to deepen cooperation in critical minerals, offshore wind, cyber defence and artificial intelligence.';
    const keys = facts(body);
    expect(keys).toContain('COOPERATES_WITH CAN|DEU');
    for (const s of ['critical-minerals', 'renewable-energy', 'cybersecurity', 'artificial-intelligence']) {
      expect(keys).toContain(`COOPERATES_ON CAN|${s}`);
      expect(keys).toContain(`COOPERATES_ON DEU|${s}`);
    }
    // Most specific sector only: offshore wind is not also energy, cyber defence not also defence.
    expect(keys).not.toContain('COOPERATES_ON CAN|energy');
    expect(keys).not.toContain('COOPERATES_ON CAN|defence');
    expect(find(body, 'COOPERATES_ON', 'CAN', 'renewable-energy')?.partners).toEqual(['DEU']);
  });

  it('reads MoUs and "willing to work with"', () => {
    expect(facts('India and Ghana signed a memorandum of understanding on health care.')).toContain('COOPERATES_ON GHA|health');
    expect(facts('China is willing to work with Egypt on agriculture, Wang said.')).toContain('COOPERATES_WITH CHN|EGY');
  });

  it('counts criticised cooperation between two named countries, not the critic', () => {
    const keys = facts("Tokyo said Japan was concerned about Iran's military cooperation with Russia.");
    expect(keys).toContain('COOPERATES_WITH IRN|RUS');
    expect(keys).not.toContain('COOPERATES_WITH JPN|RUS');
  });

  it('gives no cooperation for denials, hypotheticals, organisations, places or cue words inside names', () => {
    const traps = [
      'India and Pakistan reached no agreement on trade.',
      'If Norway joined, Sweden and Norway could cooperate on defence.',
      'Britain and the European Union agreed to deepen cooperation on migration.',
      'Leaders met at the Asia-Pacific Economic Cooperation forum in Lima.',
    ];
    for (const body of traps) expect(facts(body).filter((k) => k.startsWith('COOP')), body).toEqual([]);
    const loc = facts('Ethiopia and Kenya agreed to step up intelligence sharing against militants in neighbouring Somalia.');
    expect(loc).toContain('COOPERATES_WITH ETH|KEN');
    expect(loc.some((k) => k.includes('SOM'))).toBe(false);
  });
});

describe('generalisation cases', () => {
  it('places the visiting side of a joint agreement where the dateline is, but not a resident ambassador', () => {
    const keys = facts('NAIROBI, June 10 (Reuters) - Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Tuesday to expand cooperation in railways. Kenyan Foreign Minister Musalia Mudavadi met Chinese Ambassador Guo Haiyan on Monday.');
    expect(keys).toContain('MET william ruto|samia suluhu hassan');
    expect(keys).toContain('VISITED samia suluhu hassan|KEN');
    expect(keys).toContain('COOPERATES_ON TZA|infrastructure');
    expect(keys).toContain('HOLDS_OFFICE guo haiyan|CHN');
    expect(keys).not.toContain('VISITED guo haiyan|KEN');
  });

  it('reads a surname that is also a country name after a title', () => {
    const keys = facts('Prime Minister Keir Starmer met Portuguese Prime Minister Luís Montenegro in London today. The Prime Minister thanked Prime Minister Montenegro for Portugal\'s support for closer cooperation on migration.', { source: 'Prime Minister\'s Office, 10 Downing Street (press release)' });
    expect(keys.some((k) => k.includes('MNE'))).toBe(false);
    expect(keys).toContain('COOPERATES_ON GBR|migration');
  });
});

describe('agreements that are not cooperation', () => {
  it('gives no cooperation for a ceasefire between adversaries', () => {
    expect(facts('Russia and Ukraine agreed to a ceasefire on energy infrastructure, officials said.').filter((k) => k.startsWith('COOP'))).toEqual([]);
  });
});

describe('datelines and meeting places', () => {
  it('does not place a meeting at a wire hub dateline when no host from there takes part', () => {
    const keys = facts('LONDON, June 10 (Reuters) - French President Emmanuel Macron met German Chancellor Friedrich Merz on Tuesday to discuss defence spending.');
    expect(keys).toContain('MET emmanuel macron|friedrich merz');
    expect(keys.filter((k) => k.startsWith('VISITED'))).toEqual([]);
  });

  it('places a meeting at the dateline when the host takes part, but not at a topic\'s place', () => {
    const keys = facts('MADRID, June 10 (Reuters) - Spanish Foreign Minister José Manuel Albares held talks with Moroccan Foreign Minister Nasser Bourita on Tuesday focused on the crisis in Sudan.');
    expect(keys).toContain('VISITED nasser bourita|ESP');
    expect(keys.some((k) => k.includes('SDN'))).toBe(false);
  });
});

describe('parties named by their capitals and by "the two countries"', () => {
  it('reads "ties with Jakarta" as the country, does not add a third country to "the two countries", and reads "last November"', () => {
    const keys = facts('Australian Prime Minister Anthony Albanese has pushed for closer defence ties with Jakarta, and the two countries signed a defence cooperation agreement in August.', { date: '2025-06-11' });
    expect(keys).toContain('COOPERATES_WITH AUS|IDN');
    expect(keys.filter((k) => k.startsWith('COOPERATES_WITH'))).toHaveLength(1);
    expect(find('Indonesian President Prabowo Subianto flew to Beijing last November.', 'VISITED', 'prabowo subianto', 'CHN', { date: '2025-06-11' })?.date).toBe('2024-11');
  });

  it('does not read a trade statistic or a confrontation as cooperation', () => {
    expect(facts("The Mexican leader wants to avoid confrontation with Washington, Mexico's largest trading partner.").filter((k) => k.startsWith('COOP'))).toEqual([]);
  });
});

describe('unnamed counterparts and pacts', () => {
  it('links "his Philippine counterpart" to the Philippine minister the story names later', () => {
    const keys = facts('TOKYO, Feb 3 (Reuters) - Japan and the Philippines will sign a pact allowing their troops to train on each other\'s soil, Japanese Defence Minister Gen Nakatani said on Monday after meeting his Philippine counterpart in Tokyo. Philippine Defence Secretary Gilberto Teodoro said Manila also wanted to work with Tokyo on cyber security.', { date: '2026-02-03' });
    expect(keys).toContain('MET gen nakatani|gilberto teodoro');
    expect(keys).toContain('VISITED gilberto teodoro|JPN');
    expect(keys).toContain('COOPERATES_ON PHL|defence');
    expect(keys).toContain('COOPERATES_ON JPN|cybersecurity');
  });
});

describe('a host reported abroad', () => {
  it('gives "X said … after talks in Damascus with Y" to X, in Damascus, not at the home dateline', () => {
    const keys = facts('ANKARA, Oct 2 (Reuters) - Turkish Foreign Minister Hakan Fidan said on Thursday that Turkey and Syria had agreed to set up a joint military training centre, after talks in Damascus with Syrian President Ahmed al-Sharaa. Fidan, who also met Syrian Foreign Minister Asaad al-Shibani, said the two neighbours would cooperate on counter-terrorism.', { date: '2025-10-02' });
    expect(keys).toContain('MET hakan fidan|ahmed al-sharaa');
    expect(keys).toContain('VISITED hakan fidan|SYR');
    expect(keys).toContain('MET hakan fidan|asaad al-shibani');
    expect(keys).not.toContain('VISITED asaad al-shibani|TUR');
    expect(keys).toContain('COOPERATES_ON SYR|counter-terrorism');
  });
});

describe('subjects past a relative clause, hosts at home', () => {
  it('gives the talks to the subject, not to the person inside ", who … ,"', () => {
    const keys = facts('Spanish Foreign Minister José Manuel Albares, who travelled to Ankara with Spanish Prime Minister Pedro Sánchez, held separate talks on Thursday with Turkish Foreign Minister Hakan Fidan.');
    expect(keys).toContain('MET jose manuel albares|hakan fidan');
    expect(keys).not.toContain('MET pedro sanchez|hakan fidan');
  });

  it('reads an untagged minister meeting a foreign visitor in a named city as at home there', () => {
    const keys = facts('Foreign Minister Antonio Tajani held separate talks in Rome on Tuesday with his Indonesian counterpart Sugiono.', { source: 'World Desk' });
    expect(keys).toContain('HOLDS_OFFICE antonio tajani|ITA');
    expect(keys).toContain('VISITED sugiono|ITA');
  });
});

describe('odd input', () => {
  it('gives no triples, and does not throw, for empty, header-only or punctuation-only stories', () => {
    for (const body of ['', ' date 2025-01-01 ', 'A', '"""', '\n\n\n']) expect(facts(body)).toEqual([]);
  });

  it('gives offices a null date when the article has none', () => {
    expect(find('Kenyan President William Ruto spoke.', 'HOLDS_OFFICE', 'william ruto', 'KEN', { date: '' })?.date).toBeNull();
  });
});
