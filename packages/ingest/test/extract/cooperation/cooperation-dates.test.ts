import { beforeAll, describe, expect, it } from 'vitest';
import { find, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const opts = { date: '2025-06-11' };

describe('the date a cooperation triple carries', () => {
  it('takes the talks\' date when the agreement is reported before the talks are dated', () => {
    const body = 'Kenya and Tanzania have agreed to deepen cooperation in agriculture. Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday.';
    expect(find(body, 'COOPERATES_ON', 'KEN', 'agriculture', opts)?.date).toBe('2025-06-09');
  });

  it('does not take a bare year that dates something else', () => {
    const body = 'Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday. The two leaders agreed to expand the tourism cooperation that began in 1998.';
    expect(find(body, 'COOPERATES_ON', 'TZA', 'culture', opts)?.date).toBe('2025-06-09');
  });
});
