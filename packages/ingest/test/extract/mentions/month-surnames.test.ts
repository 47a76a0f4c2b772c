import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a month name as a surname', () => {
  it('keeps "June" of "Prime Minister Clara June" in the name', () => {
    const keys = facts('LONDON, Oct 2 (Reuters) - Prime Minister Clara June met Irish Taoiseach Sean Byrne for talks in London on Monday.', { source: 'Reuters' });
    expect(keys).toContain('HOLDS_OFFICE clara june|GBR');
    expect(keys).toContain('MET clara june|sean byrne');
  });

  it('but not a month followed by a day, a year or a capitalised word', () => {
    const a = facts('LONDON, Oct 2 (Reuters) - Prime Minister Clara May 12 talks with Irish Taoiseach Sean Byrne were cancelled.', { source: 'Reuters' });
    expect(a.some((k) => k.includes('clara may'))).toBe(false);
    const b = facts('LONDON, Oct 2 (Reuters) - Prime Minister Clara May Visit Dublin, the headline said.', { source: 'Reuters' });
    expect(b.some((k) => k.includes('clara may'))).toBe(false);
  });
});
