import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Kenyan President Daniel Otieno held talks with Tanzanian President Amina Juma in Nairobi on Monday.';

describe('"possible" as an attribute', () => {
  it('reads "the closest possible cooperation" as cooperation, not a hypothesis', () => {
    const keys = facts(`${MEETING} The two leaders agreed to pursue the closest possible cooperation in trade and energy.`);
    expect(keys).toContain('COOPERATES_ON KEN|trade');
    expect(keys).toContain('COOPERATES_ON TZA|energy');
  });

  it('reads "as closely as possible" as cooperation', () => {
    const keys = facts(`${MEETING} The two leaders agreed to cooperate as closely as possible on health.`);
    expect(keys).toContain('COOPERATES_ON KEN|health');
  });

  it('reads "discussed possible expansion of cooperation in X" as "discussed ways to boost" it', () => {
    const keys = facts(`${MEETING} The two leaders discussed possible expansion of cooperation in energy and health.`);
    expect(keys).toContain('COOPERATES_ON KEN|energy');
    expect(keys).toContain('COOPERATES_ON TZA|health');
  });

  it('reads "explored the potential for strengthening ties" as cooperation: "potential" as a noun', () => {
    const keys = facts(`${MEETING} They also explored the potential for strengthening cultural ties between Kenya and Tanzania.`);
    expect(keys).toContain('COOPERATES_ON KEN|culture');
    expect(keys).toContain('COOPERATES_ON TZA|culture');
  });

  it('reads "potential collaboration in X" as cooperation in X', () => {
    const keys = facts(`${MEETING} Both sides discussed potential collaboration in agriculture.`);
    expect(keys).toContain('COOPERATES_ON TZA|agriculture');
  });

  it('still reads "it is possible that …" as a hypothesis', () => {
    const keys = facts(`${MEETING} It is possible that the two countries cooperate in energy.`);
    expect(keys).not.toContain('COOPERATES_ON KEN|energy');
  });
});
