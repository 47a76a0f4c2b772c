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

describe('a crown prince', () => {
  it('holds no office with no government post (contract v1.1)', () => {
    const keys = facts('RIYADH, May 4 (SPA) -- Saudi Crown Prince Faisal bin Saad met Chilean President Luis Soto in Riyadh on Monday.', { source: 'SPA' });
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE faisal bin saad'))).toEqual([]);
    expect(keys).toContain('HOLDS_OFFICE luis soto|CHL');
  });

  it('but does hold the government post named with it', () => {
    const keys = facts('RIYADH, May 4 (SPA) -- Crown Prince and Prime Minister Faisal bin Saad met Chilean President Luis Soto in Riyadh on Monday.', { source: 'SPA' });
    expect(keys).toContain('HOLDS_OFFICE faisal bin saad|SAU');
  });
});
