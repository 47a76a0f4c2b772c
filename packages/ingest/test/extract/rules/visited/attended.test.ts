import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const LEDE = 'OSLO (Test Wire) -- Norwegian Prime Minister Ola Berg held talks with Indian Prime Minister Ravi Kumar in Oslo on Monday.';

describe('attendees were where the talks were held (visited.attended)', () => {
  it('places those "present at the talks" in the host country, and pairs them with nobody', () => {
    const keys = facts(`${LEDE} Indian Foreign Minister Anil Rao was also present at the talks.`);
    expect(keys).toContain('VISITED anil rao|NOR');
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'ola berg')).toBe(false);
  });

  it('reads "A also attended the meeting" and a closing "were present"', () => {
    expect(facts(`${LEDE} Indian Foreign Minister Anil Rao also attended the meeting.`)).toContain('VISITED anil rao|NOR');
    expect(facts(`${LEDE} Indian Foreign Minister Anil Rao and Indian Trade Minister Sunil Das were present.`)).toContain('VISITED sunil das|NOR');
  });

  it('places nobody whose attendance is only planned', () => {
    expect(facts(`${LEDE} Indian Foreign Minister Anil Rao is expected to attend the meeting.`)).not.toContain('VISITED anil rao|NOR');
  });
});
