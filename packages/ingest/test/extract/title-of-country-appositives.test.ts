import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('"Title of Country, Name" appositives', () => {
  it('reads "the President of the Republic, X," as the office of the story\'s own country, and pairs the talks', () => {
    const body = 'Lima, June 3 (Andina) The President of the Republic, Ana Maria Ruiz, held official talks here today with the President of Bolivia, Luis Arce Mendoza, who is on a state visit.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE ana maria ruiz|PER');
    expect(keys).toContain('HOLDS_OFFICE luis arce mendoza|BOL');
    expect(hasSymmetric(keys, 'MET', 'ana maria ruiz', 'luis arce mendoza')).toBe(true);
  });

  it('keeps the whole legislature name in "the President of the National Assembly of People\'s Power, X"', () => {
    const body = "Lima, June 3 (Andina) The Bolivian visitor was also due to meet the President of the National Assembly of People's Power, Carlos Vega, on Friday.";
    expect(facts(body)).toContain('HOLDS_OFFICE carlos vega|PER');
  });
});
