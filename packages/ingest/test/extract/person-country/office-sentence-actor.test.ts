import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// The office sentence's one unclaimed actor country places an untagged holder; these countries are no actors.
describe('countries of an office sentence that are not its actors', () => {
  it('a country after a city and a comma is where someone is, not whose', () => {
    const keys = facts("Nigeria's economy grew by three percent this year. Nigerian exports rose, and Nigeria expects more. The minister sent good wishes to President Paul Okafor, who is receiving treatment in Paris, France.");
    expect(keys).not.toContain('HOLDS_OFFICE paul okafor|FRA');
    expect(keys).toContain('HOLDS_OFFICE paul okafor|NGA');
  });

  it('a destination before "visit" is not the holder\'s country', () => {
    const keys = facts('Pakistan and China agreed to expand trade. Pakistan wants Chinese investment, and Pakistan will host a forum in Pakistan. The ministry denied that Foreign Minister Ali Qadir is joining the China visit.');
    expect(keys).not.toContain('HOLDS_OFFICE ali qadir|CHN');
    expect(keys).toContain('HOLDS_OFFICE ali qadir|PAK');
  });

  it('a possessive that marks another, unnamed office is that office\'s', () => {
    const keys = facts('Cyprus and Greece signed a pipeline deal. Cypriot officials welcomed it, and Cyprus will host the next round. President Eleni Markou met Greek Prime Minister Nikos Petrou in Athens ahead of a joint meeting with Israel\'s PM on Friday.');
    expect(keys).not.toContain('HOLDS_OFFICE eleni markou|ISR');
    expect(keys).toContain('HOLDS_OFFICE eleni markou|CYP');
  });

  it('but a possessive before an office whose holder is named is that holder\'s own', () => {
    const keys = facts("Prime Minister David Levin arrived in the UAE on Sunday. Israel hopes for trade, and Israel's firms followed him. Levin is set to meet the UAE's Minister of Industry Dr. Sultan Al Mansoori and Culture Minister Noura Kaabi on Monday.");
    expect(keys).toContain('HOLDS_OFFICE al mansoori|ARE');
  });
});
