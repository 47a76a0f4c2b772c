import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('the abbreviation "PM" as a title', () => {
  it('reads "Greek PM X" as a prime minister of that country, titled as written', () => {
    const keys = facts('Greek PM Nikos Petrou met Cypriot President Eleni Markou in Athens on Monday.');
    expect(keys).toContain('HOLDS_OFFICE nikos petrou|GRC');
    expect(find('Greek PM Nikos Petrou met Cypriot President Eleni Markou in Athens on Monday.', 'HOLDS_OFFICE', 'nikos petrou', 'GRC')?.title).toBe('PM');
  });

  it('reads "PM X" with no country word like "Prime Minister X"', () => {
    const keys = facts('HANOI, March 3 (VNA) - PM Tran Van Binh on Monday received the visiting Thai Foreign Minister Somchai Wong.', { source: 'VNA' });
    expect(keys).toContain('HOLDS_OFFICE tran van binh|VNM');
  });

  it('does not read a lower-case "pm" of a time as a title', () => {
    const keys = facts('The Polish delegation landed at 3 pm Anna Nowak said, and talks began at once.');
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE anna nowak'))).toEqual([]);
  });
});
