import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('words of a named venue are never people', () => {
  it('does not take a title word inside a hotel name for an office holder', () => {
    const body = 'Foreign Minister Ana Ruiz spoke at a trade fair at the Regent Ambassador Hotel, in Lima, on Monday.';
    expect(people(body)).toEqual(['ana ruiz']);
    expect(facts(body).filter((k) => k.startsWith('HOLDS_OFFICE'))).toEqual(['HOLDS_OFFICE ana ruiz|PER']);
  });

  it('does not take the royal a hall is named after for a person with an office', () => {
    const body = 'Prime Minister Tomas Berg hosted the dinner in Queen Mara Elina\'s Banquet Hall in Oslo on Friday.';
    expect(people(body)).toEqual(['tomas berg']);
  });

  it('still reads a title holder whose name is followed by an ordinary word', () => {
    expect(people('Ambassador Ruth Okafor arrived at the Regent Hotel in Abuja on Monday.')).toEqual(['ruth okafor']);
  });
});
