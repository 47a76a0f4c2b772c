import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Chilean President Luis Soto met Peruvian President Ana Ruiz in Lima on Monday.';

describe('a joint venture with a firm', () => {
  it('lends the pair who met no cooperation for a venture with a named firm', () => {
    const keys = facts(`${MEETING} Ruiz was earlier chairman of a joint venture with Acme Aerospace in shipbuilding.`);
    expect(keys.filter((k) => k.startsWith('COOPERATES'))).toEqual([]);
  });

  it('still reads a venture with a country as the pair\'s cooperation', () => {
    const keys = facts(`${MEETING} Chile will set up a joint venture with Peru in shipbuilding.`);
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'CHL', 'PER')).toBe(true);
    expect(keys).toContain('COOPERATES_ON CHL|maritime');
  });
});
