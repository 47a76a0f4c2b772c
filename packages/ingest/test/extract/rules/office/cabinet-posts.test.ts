import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

// Cabinet posts whose title holds a word that is neither a modifier nor a portfolio.
describe('the Chief Cabinet Secretary', () => {
  it('is an office, with the country of the demonym before "Chief"', () => {
    expect(facts('Japanese Chief Cabinet Secretary Taro Yamada said on Monday the talks with South Korea went well.')).toContain('HOLDS_OFFICE taro yamada|JPN');
  });

  it('keeps the demonym\'s country in a story from another country', () => {
    const keys = facts('SEOUL (Yonhap) -- Japanese Chief Cabinet Secretary Taro Yamada on Monday rejected the claim as groundless.', { source: 'Yonhap' });
    expect(keys).toContain('HOLDS_OFFICE taro yamada|JPN');
    expect(keys).not.toContain('HOLDS_OFFICE taro yamada|KOR');
  });
});
