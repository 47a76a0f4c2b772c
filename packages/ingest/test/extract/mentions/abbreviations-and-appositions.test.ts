import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/extract/internal/nlp.js';
import { facts, find, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('abbreviations inside names and compounds', () => {
  it('keeps initials, "Jr." and "Ma." inside one sentence and in the key, as written', () => {
    const body = 'Peruvian President Carlos T. Vela Jr. on Monday met Chilean Foreign Minister Ma. Elena Soto in Lima.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE carlos t. vela jr|PER');
    expect(keys).toContain('HOLDS_OFFICE ma. elena soto|CHL');
    expect(keys).toContain('MET carlos t. vela jr|ma. elena soto');
    expect(keys.some((k) => / ma\|/.test(k))).toBe(false);
  });

  it('does not end a sentence inside "Canada-U.S." before a capitalised word, but does after a full stop', () => {
    const p = parse('She is Minister for Canada-U.S. Trade and Energy. The U.S. Army was not there. He left.');
    expect(p.sentences.map((s) => s.text)).toEqual(['She is Minister for Canada-U.S. Trade and Energy.', 'The U.S. Army was not there.', 'He left.']);
  });
});

describe('titles after the name', () => {
  it('reads "X, President of the Republic of Y," and "X, Emir of the State of Y,"', () => {
    const body = 'Sheikh Tamim bin Hamad Al Thani, Emir of the State of Qatar, today received Gustavo Petro, President of the Republic of Colombia, in Doha.';
    expect(find(body, 'HOLDS_OFFICE', 'sheikh tamim bin hamad al thani', 'QAT')).toBeDefined();
    expect(find(body, 'HOLDS_OFFICE', 'gustavo petro', 'COL')).toBeDefined();
    expect(find(body, 'MET', 'sheikh tamim bin hamad al thani', 'gustavo petro')).toBeDefined();
  });

  it('reads honorific names with an appositive title and a title phrase naming the country', () => {
    const body = 'The Honourable Jane Ridley, Minister of Trade for New Zealand, today met Ruth Okafor, Nigeria\'s Minister of Finance, in Wellington.';
    expect(find(body, 'HOLDS_OFFICE', 'jane ridley', 'NZL')).toBeDefined();
    expect(find(body, 'HOLDS_OFFICE', 'ruth okafor', 'NGA')).toBeDefined();
    expect(find(body, 'MET', 'jane ridley', 'ruth okafor')).toBeDefined();
  });

  it('resolves a later "His Highness" and "the <demonym> President" to the people introduced so', () => {
    const body = 'OMAN CITY, June 11 (Test) -- His Highness Sheikh Ali bin Saif Al Harthy, Emir of the State of Qatar, today received Pedro Lanza, President of the Republic of Colombia. His Highness and the Colombian President witnessed the signing of agreements on agriculture.';
    expect(find(body, 'COOPERATES_ON', 'COL', 'agriculture')).toBeDefined();
    expect(find(body, 'COOPERATES_WITH', 'QAT', 'COL')).toBeDefined();
  });
});
