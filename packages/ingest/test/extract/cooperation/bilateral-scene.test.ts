import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const VISIT = 'Kenyan President Daniel Otieno arrived in Tanzania on Monday for a three-day state visit.';
const HOST = 'Tanzanian President Amina Juma said the visit would open a new chapter.';

describe('parties from the story\'s bilateral scene', () => {
  it('gives an agreement sentence that names no party the visitor\'s and the host\'s countries', () => {
    const keys = facts(`${VISIT} Agreements covering health, tourism and agriculture were also signed. ${HOST}`);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'KEN', 'TZA')).toBe(true);
    expect(keys).toContain('COOPERATES_ON KEN|health');
    expect(keys).toContain('COOPERATES_ON TZA|culture');
  });

  it('gives "the two countries" the scene\'s pair before anyone is reported meeting', () => {
    const keys = facts(`${VISIT} ${HOST} The two countries have cooperated in trade, education and energy.`);
    expect(keys).toContain('COOPERATES_ON KEN|education');
    expect(keys).toContain('COOPERATES_ON TZA|energy');
  });

  it('pairs the one side a sentence names with the other side of the scene', () => {
    const keys = facts(`${VISIT} ${HOST} Kenya is ready to deepen cooperation in fisheries.`);
    expect(keys).toContain('COOPERATES_ON KEN|agriculture');
    expect(keys).toContain('COOPERATES_ON TZA|agriculture');
  });

  it('lends no pair when the story has three sides', () => {
    const third = 'Ugandan President John Okello also arrived in Tanzania on Monday.';
    const keys = facts(`${VISIT} ${third} ${HOST} Agreements covering health, tourism and agriculture were also signed.`);
    expect(keys.some((k) => k.startsWith('COOPERATES_ON'))).toBe(false);
  });

  it('takes the sides from the countries a story names most when it names no leader', () => {
    const body = 'Kenya and Tanzania will open a new border post next year, officials said. Kenya hopes the post will ease trade, and Tanzania expects more tourists. Agreements covering health and agriculture were also signed.';
    const keys = facts(body);
    expect(keys).toContain('COOPERATES_ON KEN|health');
    expect(keys).toContain('COOPERATES_ON TZA|agriculture');
  });

  it('takes no side from a country named no more often than the rest', () => {
    const body = 'Kenya will open a new border post next year, officials said. Kenya hopes the post will ease trade with Uganda and Tanzania. Agreements covering health and agriculture were also signed.';
    expect(facts(body).some((k) => k.startsWith('COOPERATES_ON'))).toBe(false);
  });

  it('gives a sentence with no party and a plain verb frame the scene\'s pair once it names areas', () => {
    const keys = facts(`${VISIT} ${HOST} Officials said the visit would boost trade and tourism.`);
    expect(keys).toContain('COOPERATES_ON KEN|trade');
    expect(keys).toContain('COOPERATES_ON TZA|culture');
  });

  it('takes no side from a country that only names a currency', () => {
    const body = 'Kenyan President Daniel Otieno said on Friday that Kenya aims to raise its exports to the region to 40 billion U.S. dollars. Kenyan investments across the region have exceeded 5 billion U.S. dollars, he said. The participants discussed cooperation in agriculture, health and tourism.';
    const keys = facts(body);
    expect(keys.some((k) => k.includes('USA'))).toBe(false);
    expect(keys.some((k) => k.startsWith('COOPERATES_ON'))).toBe(false);
  });
});
