import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a title whose of/for phrase the portfolio words do not cover', () => {
  it('reads the holder whose name closes the phrase', () => {
    const body = 'The delegation included the Minister of Science and Higher Education Arman Dosov and the Minister for Physical Infrastructure and Transport Ramesh Thapa.';
    expect(people(body)).toEqual(['arman dosov | Minister of Science and Higher Education', 'ramesh thapa | Minister for Physical Infrastructure and Transport']);
  });

  it('reads the holder named after the comma that closes the phrase, with the country the title gives', () => {
    const body = 'Nigerian Minister of State for Budget and National Planning, Amina Bello and British Minister of State for Trade Policy, George Whitfield signed the agreement in Abuja.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE amina bello|NGA');
    expect(keys).toContain('HOLDS_OFFICE george whitfield|GBR');
  });

  it('takes the one country the phrase names', () => {
    const keys = facts('The Chinese envoy met President of the Constitutional Council of France Jean Morel in Paris on Monday.');
    expect(keys).toContain('HOLDS_OFFICE jean morel|FRA');
  });

  it('reads no holder of a title that is the object of a phrase, nor of a rank the office words do not know', () => {
    expect(people('He was joined by the Assistant to the President for External Affairs Timur Bekov.')).toEqual([]);
    expect(people('The ministry\'s Joint Secretary for Ocean Region Division Ravi Menon said the talks went well.').some((p) => p.includes('Secretary'))).toBe(false);
  });
});

describe('offices around a name in other forms', () => {
  it('reads a role with its own of-phrase before the name', () => {
    expect(people('He later met the Secretary-General of the Gulf Council Omar Hafez in Riyadh.')).toEqual(['omar hafez | ']);
  });

  it('reads a lower-case legislature head whose legislature names its country', () => {
    const keys = facts('The minister met on Tuesday in Rabat with the president of the National Assembly of the Republic of Ghana, Ama Boateng.');
    expect(keys).toContain('HOLDS_OFFICE ama boateng|GHA');
  });

  it('reads an appositive office of a named country after "from", but still no person in a place', () => {
    const keys = facts('Kenya took over the chair from Joaquim Tembe, President of the Republic of Mozambique, who held it for a year.');
    expect(keys).toContain('HOLDS_OFFICE joaquim tembe|MOZ');
    expect(people('The two leaders met at Temple Gardens, the official residence in Colombo.')).toEqual([]);
  });
});
