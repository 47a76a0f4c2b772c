import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../helpers.js';
import { titledPeople as people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a title whose of/for phrase the portfolio words do not cover', () => {
  it('reads the holder whose name closes the phrase', () => {
    const body = 'The delegation included the Minister of Culture and Folk Heritage Arman Dosov and the Minister for Rural Roads and Inland Transport Ramesh Thapa.';
    expect(people(body)).toEqual(['arman dosov | Minister of Culture and Folk Heritage', 'ramesh thapa | Minister for Rural Roads and Inland Transport']);
  });

  it('reads the holder named after the comma that closes the phrase, with the country the title gives', () => {
    const body = 'Ghanaian Minister of State for Ports and Coastal Planning, Kwame Asante and Irish Minister of State for Trade Promotion, Sean Walsh signed the agreement in Accra.';
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE kwame asante|GHA');
    expect(keys).toContain('HOLDS_OFFICE sean walsh|IRL');
  });

  it('takes the one country the phrase names', () => {
    const keys = facts('The visiting envoy met President of the Supreme Audit Council of Portugal Rui Costa in Lisbon on Monday.');
    expect(keys).toContain('HOLDS_OFFICE rui costa|PRT');
  });

  it('reads no holder of a title that is the object of a phrase, nor of a rank the office words do not know', () => {
    expect(people('He was joined by the Counsellor to the President for Regional Trade Timur Bekov.')).toEqual([]);
    expect(people('The ministry\'s Joint Secretary for Pacific Islands Division Ravi Menon said the talks went well.').some((p) => p.includes('Secretary'))).toBe(false);
  });
});

describe('offices around a name in other forms', () => {
  it('reads a role with its own of-phrase before the name', () => {
    expect(people('He later met the Secretary-General of the Gulf Council Omar Hafez in Riyadh.')).toEqual(['omar hafez | ']);
  });

  it('reads a lower-case legislature head whose legislature names its country', () => {
    const keys = facts('The delegation was received in Lisbon by the president of the National Assembly of the Republic of Ghana, Ama Boateng, on Monday.');
    expect(keys).toContain('HOLDS_OFFICE ama boateng|GHA');
  });

  it('reads an appositive office of a named country after "from", but still no person in a place', () => {
    const keys = facts('The students accepted the prize from Peter Banda, President of the Republic of Malawi, at the ceremony.');
    expect(keys).toContain('HOLDS_OFFICE peter banda|MWI');
    expect(people('The two leaders met at Temple Gardens, the official residence in Colombo.')).toEqual([]);
  });
});
