import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// A head of government the text leaves unmarked, in a story of two countries whose other head of
// that title is already placed.
describe('the other head of a two-country story', () => {
  const body = 'Prime Minister Arjun Rao with his Nepali counterpart Ram Thapa in Kathmandu on Saturday. Rao and Thapa signed seven agreements. Indian President Vijay Das had visited Nepal in May, and Nepali officials said Nepal valued the ties.';

  it('is the head of the other country', () => {
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE arjun rao|IND');
    expect(keys).toContain('HOLDS_OFFICE ram thapa|NPL');
  });

  it('is left open when the story names a third country', () => {
    expect(facts(`${body} Both leaders will travel to Bhutan next month.`)).not.toContain('HOLDS_OFFICE arjun rao|NPL');
  });

  it('leaves out a country named only as the venue ("in Helsinki, Finland")', () => {
    const keys = facts('Nobody knows what President Tom Reed and Russian President Ivan Orlov will discuss when the two leaders meet in Helsinki, Finland on Monday. Reed said the United States wanted a fair deal.');
    expect(keys).toContain('HOLDS_OFFICE tom reed|USA');
    expect(keys).not.toContain('HOLDS_OFFICE tom reed|FIN');
  });
});
