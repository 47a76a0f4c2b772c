import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a plural title\'s holders each marked by a portfolio', () => {
  it('reads "Secretaries (A of X, Professor B of Y, Z and W, and Ambassador C of V)"', () => {
    const body = 'NAIROBI, June 10 -- Kenyan President Mwai Otieno left for Addis Ababa on Monday. Otieno\'s delegation included several Cabinet Secretaries (Ann Wanjiru of Interior and Coordination of National Government, Professor Mary Achieng of Environment, Water, and Natural Resources, David Kiprop of Energy and Ambassador Grace Nyambura of Foreign Affairs).';
    expect(people(body)).toEqual([
      'mwai otieno | President',
      'ann wanjiru | Cabinet Secretary of Interior and Coordination of National Government',
      'mary achieng | Cabinet Secretary of Environment, Water, and Natural Resources',
      'david kiprop | Cabinet Secretary of Energy',
      'grace nyambura | Ambassador',
    ]);
    expect(facts(body)).toContain('HOLDS_OFFICE david kiprop|KEN');
  });

  it('reads "Ministers A (X), B (Y), C" in the party of a leader, of that leader\'s country', () => {
    const body = 'Paraguayan President Tomas Benitez arrived in La Paz on Monday. Benitez\'s entourage included Ministers Ruben Lezama (Foreign Affairs), Carlos Valdez (Economy and Finance), Javier Ortiz.';
    expect(people(body)).toEqual(['tomas benitez | President', 'ruben lezama | Minister of Foreign Affairs', 'carlos valdez | Minister of Economy and Finance', 'javier ortiz | Minister']);
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE ruben lezama|PRY');
    expect(keys).toContain('HOLDS_OFFICE javier ortiz|PRY');
  });

  it('still reads names marked by countries as before', () => {
    expect(people('The Presidents Ana Ruiz (Peru) and Luis Soto (Chile) met in Lima.')).toEqual(['ana ruiz | President', 'luis soto | President']);
  });
});
