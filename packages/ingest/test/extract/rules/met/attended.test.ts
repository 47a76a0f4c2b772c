import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const LEDE = 'OSLO (Test Wire) -- Norwegian Prime Minister Ola Berg held talks with Indian Prime Minister Ravi Kumar in Oslo on Monday.';

describe('people placed in the talks just reported (met.attended)', () => {
  it('pairs "the meeting was also attended by A" with the other side only', () => {
    const keys = facts(`${LEDE} The meeting was also attended by Indian Foreign Minister Anil Rao.`);
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'ola berg')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'ravi kumar')).toBe(false);
  });

  it('reads "A and B were also present at the talks" and a closing "were present"', () => {
    const a = facts(`${LEDE} Indian Foreign Minister Anil Rao and Indian Trade Minister Sunil Das were also present at the talks.`);
    expect(hasSymmetric(a, 'MET', 'anil rao', 'ola berg')).toBe(true);
    expect(hasSymmetric(a, 'MET', 'sunil das', 'ola berg')).toBe(true);
    const b = facts(`${LEDE} Indian Foreign Minister Anil Rao and Indian Trade Minister Sunil Das were present.`);
    expect(hasSymmetric(b, 'MET', 'sunil das', 'ola berg')).toBe(true);
  });

  it('reads "A also attended the meeting"', () => {
    const keys = facts(`${LEDE} Indian Foreign Minister Anil Rao also attended the meeting.`);
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'ola berg')).toBe(true);
  });

  it('pairs nobody when no meeting was reported, or the attendance is only planned', () => {
    expect(facts('Indian Foreign Minister Anil Rao also attended the meeting in Oslo.').filter((k) => k.startsWith('MET'))).toEqual([]);
    const keys = facts(`${LEDE} Indian Foreign Minister Anil Rao is expected to attend the meeting.`);
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'ola berg')).toBe(false);
  });
});

describe('attendees were where the talks were held (visited.attended)', () => {
  it('places those "present at the talks" in the host country', () => {
    const keys = facts(`${LEDE} Indian Foreign Minister Anil Rao was also present at the talks.`);
    expect(keys).toContain('VISITED anil rao|NOR');
  });
});
