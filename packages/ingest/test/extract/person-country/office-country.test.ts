import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('the country of an office named without one', () => {
  it('takes a few-country title\'s country from the story, not the agency\'s home', () => {
    const body = '(Bloomberg) -- Austria and Slovenia agreed to cooperate on rail freight, as Chancellor Karl Weber met Slovenian Prime Minister Ana Novak in Vienna on Monday.';
    const keys = facts(body, { source: 'Bloomberg' });
    expect(keys).toContain('HOLDS_OFFICE karl weber|AUT');
    expect(keys.some((k) => k.includes('USA'))).toBe(false);
  });

  it('places the hosts of an issuer\'s minister abroad in the visited country', () => {
    const body = 'Minister for Foreign Affairs Dr Tan Wei Ming made an official visit to Lisbon, Portugal on 3 March 2025.\n\nDuring the visit, Minister Tan called on Prime Minister Rui Costa.';
    const keys = facts(body, { source: 'Ministry of Foreign Affairs, Singapore (press release)', date: '2025-03-05' });
    expect(keys).toContain('HOLDS_OFFICE tan wei ming|SGP');
    expect(keys).toContain('HOLDS_OFFICE rui costa|PRT');
    expect(keys).not.toContain('HOLDS_OFFICE rui costa|SGP');
  });

  it('does not give a country a second president from the dateline', () => {
    const body = 'LIMA, Peru (AP) — Peruvian President Ana Ruiz met Bolivian President Luis Arce on Monday. Arce is expected to travel to Washington in May to meet President Tom Baker.';
    const keys = facts(body, { source: 'AP' });
    expect(keys).toContain('HOLDS_OFFICE ana ruiz|PER');
    expect(keys).not.toContain('HOLDS_OFFICE tom baker|PER');
  });

  it('reads "Deputy Secretary of State" as a US office whatever the dateline', () => {
    expect(find('BRUSSELS (AP) — Polish Foreign Minister Jan Nowak met Deputy Secretary of State Paul Reed on Tuesday.', 'HOLDS_OFFICE', 'paul reed', 'USA', { source: 'AP' })).toBeDefined();
  });

  it('gives a traveller\'s colleague on a trip abroad no office country rather than the host\'s', () => {
    const body = 'Prime Minister Sir Tom Hale arrived in Mumbai on Monday for a two-day visit to India. Foreign Secretary Ann Cole accompanied him. Hale held talks with Prime Minister Ravi Rao on Tuesday.';
    const keys = facts(body, { source: "Prime Minister's Office, 10 Downing Street (press release)" });
    expect(keys).toContain('HOLDS_OFFICE tom hale|GBR');
    expect(keys).toContain('HOLDS_OFFICE ravi rao|IND');
    expect(keys).not.toContain('HOLDS_OFFICE ann cole|IND');
  });
});

describe('a king with no country word', () => {
  it('is of the one kingdom the story names, not of the republic it issues from', () => {
    const keys = facts('ISLAMABAD, May 4 (APP) -- Prime Minister Ali Khan paid tribute to King Fahd bin Saad for the progress of Saudi Arabia, and thanked Saudi Arabia for its support.', { source: 'APP' });
    expect(keys).toContain('HOLDS_OFFICE fahd bin saad|SAU');
    expect(keys).not.toContain('HOLDS_OFFICE fahd bin saad|PAK');
  });

  it('is not of a kingdom whose king the story already names', () => {
    const keys = facts('PARIS, May 4 (AFP) -- Saudi King Fahd bin Saad and King Talal bin Omar met in Paris on Monday to discuss Jordan and Saudi Arabia.', { source: 'AFP' });
    expect(keys).toContain('HOLDS_OFFICE talal bin omar|JOR');
  });
});

describe('a few-country title in a story issued from one of those countries', () => {
  it('counts the issuer among the countries the story names', () => {
    const keys = facts('AMMAN, May 4 (Petra) -- King Talal bin Omar received Saudi Foreign Minister Faisal bin Saad on Monday to discuss ties with Saudi Arabia.', { source: 'Petra' });
    expect(keys).toContain('HOLDS_OFFICE talal bin omar|JOR');
    expect(keys).not.toContain('HOLDS_OFFICE talal bin omar|SAU');
  });
});
