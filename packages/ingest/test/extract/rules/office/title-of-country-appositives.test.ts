import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

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

describe('an office at the end of a longer appositive', () => {
  it('titles "X, a member of the … Committee and Peruvian foreign minister," and lets them meet', () => {
    const body = 'Bolivian Foreign Minister Luis Soto held talks in Lima on Monday with Ana Maria Ruiz, a member of the Executive Committee of the ruling party and Peruvian foreign minister, on border trade.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE ana maria ruiz|PER');
    expect(hasSymmetric(keys, 'MET', 'luis soto', 'ana maria ruiz')).toBe(true);
  });

  it('gives no office when the appositive ends in a former post', () => {
    const body = 'Bolivian Foreign Minister Luis Soto held talks in Lima on Monday with Ana Maria Ruiz, a senior party figure and former Peruvian foreign minister, on border trade.';
    expect(facts(body).some((k) => k.startsWith('HOLDS_OFFICE ana maria ruiz'))).toBe(false);
  });
});
