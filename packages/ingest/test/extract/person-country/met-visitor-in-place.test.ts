import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

// Someone who meets foreign guests in a place is at home there only in a meeting with one country's guests.
describe('a leader meeting several countries\' leaders in a city', () => {
  it('is not placed in the city\'s country', () => {
    const keys = facts('Prime Minister Tigran Avan met with French President Paul Girard, German Chancellor Karl Weber and Belgian Prime Minister Jan Peeters in Granada on Friday. Avan said Armenia wanted closer ties with the bloc.');
    expect(keys).not.toContain('HOLDS_OFFICE tigran avan|ESP');
    expect(keys).toContain('HOLDS_OFFICE paul girard|FRA');
  });

  it('still is at home where one country\'s visitor met him', () => {
    const keys = facts('Prime Minister Ana Lopes met with Angolan President Rui Neto in Lisbon on Friday. Neto said Angola was a close partner.');
    expect(keys).toContain('HOLDS_OFFICE ana lopes|PRT');
  });
});
