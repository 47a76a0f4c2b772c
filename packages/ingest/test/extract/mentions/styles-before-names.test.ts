import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('styles before names', () => {
  it('reads "HE" in capitals as a style between a title and its holder', () => {
    const body = 'LIMA, June 10 -- President Luis Soto welcomed Minister of Foreign Affairs of the Republic of Ghana HE Kofi Mensah at the palace on Monday.';
    expect(people(body)).toContain('kofi mensah | Minister of Foreign Affairs');
    expect(facts(body)).toContain('HOLDS_OFFICE kofi mensah|GHA');
  });

  it('keeps the style out of a title whose of-phrase runs up to the name', () => {
    const body = 'Deputy Prime Minister and Minister of Finance HE Sheikh Khalid bin Nasser Al-Mansouri opened the forum.';
    expect(people(body)).toEqual(['sheikh khalid bin nasser al-mansouri | Deputy Prime Minister and Minister of Finance']);
  });

  it('does not read a capitalised pronoun as a style', () => {
    expect(people('THE ENVOY SAID HE WOULD VISIT LIMA.')).toEqual([]);
  });

  it('reads each name after a plural royal style', () => {
    const body = 'The dinner was attended by Their Royal Highnesses Prince Faris bin Talal, Prince Omar bin Zaid and Prince Hamza bin Ali.';
    expect(people(body)).toEqual(['faris bin talal | ', 'omar bin zaid | ', 'hamza bin ali | ']);
  });
});
