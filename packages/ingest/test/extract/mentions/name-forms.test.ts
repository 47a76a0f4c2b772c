import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';
import { people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('initials in names', () => {
  it('keys a middle initial as written, with its period', () => {
    const keys = facts('President Tomas W. Brandt met Kenyan President Amos Otieno in Nairobi on Monday.');
    expect(hasSymmetric(keys, 'MET', 'tomas w. brandt', 'amos otieno')).toBe(true);
  });

  it('keys an initial written without a period without one', () => {
    expect(people('Foreign Minister K Mensah met Kenyan President Amos Otieno in Nairobi.')).toContain('k mensah');
  });

  it('reads initials run together ("A.B.") as part of the name', () => {
    const keys = facts('Foreign Secretary Kwame Mensah and his Ghanaian counterpart, A.B. Osei, signed the deal in Accra on Monday.');
    expect(keys).toContain('HOLDS_OFFICE a.b. osei|GHA');
  });
});

describe('academic and courtesy styles before a name', () => {
  it('reads "Prof. X" as a person, keyed without the style', () => {
    expect(people('Prof. Amina Odhiambo met Chilean President Luis Soto in Nairobi on Monday.')).toContain('amina odhiambo');
  });

  it('lets the appositive after a styled name give the office ("Professor X, the Kenyan foreign minister,")', () => {
    const keys = facts('Professor Amina Odhiambo, the Kenyan foreign minister, met Chilean President Luis Soto in Nairobi on Monday.');
    expect(keys).toContain('HOLDS_OFFICE amina odhiambo|KEN');
  });
});

describe('a name with a glued initial', () => {
  it('is one person, keyed as written', () => {
    expect(people('On Monday, President Kh.Varanbat received the new ambassadors of Norway and Peru.')).toEqual(['kh.varanbat']);
  });
});
