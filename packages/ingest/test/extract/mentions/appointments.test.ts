import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a name and the office it was given', () => {
  it('reads "X was sworn in as <country>\'s new minister of Y"', () => {
    const body = 'LUSAKA, March 2 -- Farai Moyo was sworn in as Zambia\'s new minister of Finance on Tuesday, the presidency said.';
    expect(people(body)).toEqual(['farai moyo | Minister of Finance']);
    expect(facts(body)).toContain('HOLDS_OFFICE farai moyo|ZMB');
  });

  it('reads "X, who was appointed as the Defence Minister," and "X has been named Trade Minister"', () => {
    expect(people('Meera Raman, who was appointed as the Defence Minister last week, visited the border on Thursday.')).toEqual(['meera raman | Defence Minister']);
    expect(people('Last week Tomas Lind has been named Trade Minister.')).toEqual(['tomas lind | Trade Minister']);
  });

  it('reads no office from an appointment to what is no title', () => {
    expect(people('Farai Moyo was appointed to lead the panel.')).toEqual([]);
  });
});

describe('a lower-case title with its holder set off by commas', () => {
  it('reads "the new foreign minister, X, held …" as that office', () => {
    const body = 'ATHENS, July 9 -- The Greek prime minister named his cabinet on Tuesday. The new foreign minister, Eleni Markou, said she would travel to Cyprus next week.';
    expect(people(body)).toContain('eleni markou | Foreign Minister');
    expect(facts(body)).toContain('HOLDS_OFFICE eleni markou|GRC');
  });

  it('reads no office of someone else\'s adviser', () => {
    expect(people('The senator\'s foreign policy adviser, Dana Wells, said the bill would pass.')).toEqual([]);
  });
});
