import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('styles before names', () => {
  it('reads "HE" in capitals as a style between a title and its holder', () => {
    const body = 'DOHA, June 10 -- The Amir received Minister of Foreign Affairs of the Republic of Peru HE Ana Ruiz, who is visiting the country.';
    expect(people(body)).toContain('ana ruiz | Minister of Foreign Affairs');
    expect(facts(body)).toContain('HOLDS_OFFICE ana ruiz|PER');
  });

  it('keeps the style out of a title whose of-phrase runs up to the name', () => {
    const body = 'Prime Minister and Minister of Foreign Affairs HE Sheikh Khalid bin Nasser Al-Mansouri will meet the envoy.';
    expect(people(body)).toEqual(['sheikh khalid bin nasser al-mansouri | Prime Minister and Minister of Foreign Affairs']);
  });

  it('does not read a capitalised pronoun as a style', () => {
    expect(people('THE ENVOY SAID HE WOULD VISIT LIMA.')).toEqual([]);
  });

  it('reads each name after a plural royal style', () => {
    const body = 'Their Royal Highnesses Prince Faris bin Talal, Prince Omar bin Zaid, and Prince Hamza bin Ali attended the banquet.';
    expect(people(body)).toEqual(['faris bin talal | ', 'omar bin zaid | ', 'hamza bin ali | ']);
  });
});
