import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a plural title\'s holders each marked by a portfolio', () => {
  it('reads "Secretaries (A of X, Professor B of Y, Z and W, and Ambassador C of V)"', () => {
    const body = 'NAIROBI, June 10 -- Kenyan President Mwai Otieno left for Kigali on Monday. Otieno\'s delegation included several Cabinet Secretaries (Ann Wanjiru of Lands and Settlement of Rural Communities, Professor Mary Achieng of Health, Sanitation, and Public Welfare, David Kiprop of Energy and Ambassador Grace Nyambura of Foreign Affairs).';
    expect(people(body)).toEqual([
      'mwai otieno | President',
      'ann wanjiru | Cabinet Secretary of Lands and Settlement of Rural Communities',
      'mary achieng | Cabinet Secretary of Health, Sanitation, and Public Welfare',
      'david kiprop | Cabinet Secretary of Energy',
      'grace nyambura | Ambassador',
    ]);
    expect(facts(body)).toContain('HOLDS_OFFICE david kiprop|KEN');
  });

  it('reads "Ministers A (X), B (Y), C" in the party of a leader, of that leader\'s country', () => {
    const body = 'Uruguayan President Tomas Benitez arrived in Quito on Monday. Benitez\'s delegation included Ministers Marta Ibarra (Foreign Affairs), Diego Salas (Trade and Finance), Pablo Rios.';
    expect(people(body)).toEqual(['tomas benitez | President', 'marta ibarra | Minister of Foreign Affairs', 'diego salas | Minister of Trade and Finance', 'pablo rios | Minister']);
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE marta ibarra|URY');
    expect(keys).toContain('HOLDS_OFFICE pablo rios|URY');
  });

  it('still reads names marked by countries as before', () => {
    expect(people('The Presidents Ana Ruiz (Peru) and Luis Soto (Chile) met in Lima.')).toEqual(['ana ruiz | President', 'luis soto | President']);
  });
});
