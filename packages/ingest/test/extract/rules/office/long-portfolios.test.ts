import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';
import { people } from '../../mentions/helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('titles with several portfolios after "Minister of"', () => {
  it('reads "Minister of A, B and C <name>" as one title before the name', () => {
    const body = 'Kenyan President Amos Otieno met Chilean Minister of Environment, Water and Agriculture Ana Ruiz in Nairobi on Monday.';
    expect(facts(body)).toContain('HOLDS_OFFICE ana ruiz|CHL');
    expect(people(body)).not.toContain('water');
  });

  it('reads "Minister of A and B, <name>," and "Minister of A and Co-operation, <name>"', () => {
    const keys = facts("After the talks, Chilean Minister of Foreign Affairs and Regional Integration, Ana Ruiz, and Peru's Minister of International Relations and Co-operation, Luis Soto signed two agreements in Lima.");
    expect(keys).toEqual(expect.arrayContaining(['HOLDS_OFFICE ana ruiz|CHL', 'HOLDS_OFFICE luis soto|PER']));
  });

  it('reads "&" between portfolios', () => {
    expect(facts('Kenyan Minister of Commerce & Industry Ana Ruiz opened the fair in Nairobi on Monday.')).toContain('HOLDS_OFFICE ana ruiz|KEN');
  });
});
