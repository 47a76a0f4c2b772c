import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday.';

describe('"possible" after a superlative', () => {
  it('reads "the closest possible cooperation" as cooperation, not a hypothesis', () => {
    const keys = facts(`${MEETING} The two leaders agreed to pursue the closest possible cooperation in trade and energy.`);
    expect(keys).toContain('COOPERATES_ON KEN|trade');
    expect(keys).toContain('COOPERATES_ON TZA|energy');
  });

  it('reads "as closely as possible" as cooperation', () => {
    const keys = facts(`${MEETING} The two leaders agreed to cooperate as closely as possible on health.`);
    expect(keys).toContain('COOPERATES_ON KEN|health');
  });

  it('still reads "possible cooperation" as a hypothesis', () => {
    const keys = facts(`${MEETING} The two leaders discussed possible cooperation in mining and energy.`);
    expect(keys).not.toContain('COOPERATES_ON KEN|energy');
  });
});
