import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday.';

describe('what signed documents are about', () => {
  it('reads "these agreements relate to X, Y and Z" as the areas of the pair\'s cooperation', () => {
    const keys = facts(`${MEETING} These agreements relate to justice, fisheries, vocational training and health.`);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'KEN', 'TZA')).toBe(true);
    expect(keys).toContain('COOPERATES_ON KEN|agriculture');
    expect(keys).toContain('COOPERATES_ON TZA|health');
    expect(keys).toContain('COOPERATES_ON TZA|education');
  });

  it('reads "They cover …" after a sentence that names the agreements', () => {
    const keys = facts(`${MEETING} The two countries signed seven agreements. They cover health, mining and tourism.`);
    expect(keys).toContain('COOPERATES_ON KEN|health');
    expect(keys).toContain('COOPERATES_ON TZA|culture');
  });

  it('leaves "they include …" alone when no pacts were named before', () => {
    const keys = facts(`${MEETING} The leaders toured a market. They include health and tourism.`);
    expect(keys).not.toContain('COOPERATES_ON KEN|health');
  });
});

describe('one side speaking of cooperation', () => {
  it('pairs the side that speaks with the counterpart it just met', () => {
    const keys = facts(`${MEETING} Otieno pointed to cooperation in trade, cybersecurity and health as the way ties have grown.`);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'KEN', 'TZA')).toBe(true);
    expect(keys).toContain('COOPERATES_ON TZA|cybersecurity');
  });
});

describe('a nationality that names the topic', () => {
  it('does not make "the North Korean nuclear problem" a party of the cooperation', () => {
    const keys = facts('The leaders of Japan and South Korea agreed to work closely with the United States in addressing the economic turmoil, the North Korean nuclear problem and other issues.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'JPN', 'USA')).toBe(true);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'JPN', 'PRK')).toBe(false);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'USA', 'PRK')).toBe(false);
  });

  it('keeps nationalities of people as parties', () => {
    expect(hasSymmetric(facts('Japanese and Korean officials agreed to deepen cooperation on trade.'), 'COOPERATES_WITH', 'JPN', 'KOR')).toBe(true);
  });
});
