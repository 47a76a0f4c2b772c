import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a name and the office it was given', () => {
  it('reads "X was sworn in as <country>\'s new minister of Y"', () => {
    const body = 'HARARE, March 2 -- Farai Moyo was sworn in as Zimbabwe\'s new minister of Foreign Affairs at the State House on Tuesday.';
    expect(people(body)).toEqual(['farai moyo | Minister of Foreign Affairs']);
    expect(facts(body)).toContain('HOLDS_OFFICE farai moyo|ZWE');
  });

  it('reads "X, who was appointed as the Defence Minister," and "X has been named Trade Minister"', () => {
    expect(people('Meera Raman, who was appointed as the Defence Minister in Sunday\'s reshuffle, took charge on Thursday.')).toEqual(['meera raman | Defence Minister']);
    expect(people('Last week Tomas Lind has been named Trade Minister.')).toEqual(['tomas lind | Trade Minister']);
  });

  it('reads no office from an appointment to what is no title', () => {
    expect(people('Farai Moyo was appointed to lead the panel.')).toEqual([]);
  });
});

describe('a lower-case title with its holder set off by commas', () => {
  it('reads "the new foreign minister, X, held …" as that office', () => {
    const body = 'ATHENS, July 9 -- The Greek prime minister named his cabinet on Tuesday. The new foreign minister, Nikos Pappas, held previous posts in the ministries of development and defence.';
    expect(people(body)).toContain('nikos pappas | Foreign Minister');
    expect(facts(body)).toContain('HOLDS_OFFICE nikos pappas|GRC');
  });

  it('reads no office of someone else\'s adviser', () => {
    expect(people('Washington\'s Pacific national security adviser, Kurt Lowell, said the initiative would start soon.')).toEqual([]);
  });
});
