import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('a guest called visiting, in talks the text does not place (visited.guest)', () => {
  it('reads "held talks with his visiting Japanese counterpart X" as a visit to the host\'s country', () => {
    expect(visits('Chinese Premier Wang Lei held talks with his visiting Japanese counterpart Taro Sato on Friday.')).toEqual(['VISITED taro sato|CHN']);
  });

  it('reads "met X, who is currently visiting the country"', () => {
    expect(visits('Qatari Emir Sheikh Hamad Khalil met with US Secretary of State John Miller, who is currently visiting the country.')).toEqual(['VISITED john miller|QAT']);
  });

  it('places nobody by phone, or when the guest is not called visiting', () => {
    expect(visits('Chinese Premier Wang Lei spoke by phone with his visiting Japanese counterpart Taro Sato on Friday.')).toEqual([]);
    expect(visits('Chinese Premier Wang Lei held talks with his Japanese counterpart Taro Sato on Friday.')).toEqual([]);
  });
});
