import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe("one side's stated willingness", () => {
  it('counts a hope to build the cooperation itself for the pair', () => {
    const keys = facts('Minister Pedro Lopez said Chile also hopes to enhance practical cooperation with Peru, especially in trade and investment.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'CHL', 'PER')).toBe(true);
    expect(keys).toContain('COOPERATES_ON PER|trade');
    expect(keys).toContain('COOPERATES_ON CHL|investment');
  });

  it('still gives nothing for a hoped-for use of a partnership', () => {
    const keys = facts('Chilean officials said Santiago hoped to use the new partnership with Peru to attract investment in mining.');
    expect(keys.filter((k) => k.startsWith('COOPERATES'))).toEqual([]);
  });
});
