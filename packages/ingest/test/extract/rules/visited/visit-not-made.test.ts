import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('visits not (yet) made, and whose visit a possessive names', () => {
  it('reads no visit in "the 2031 state visit of X to Y", a year after the story', () => {
    expect(visits('The talks set out the programme of the 2031 state visit of Kenyan President Daniel Mwangi to Peru.')).toEqual([]);
    expect(visits('The talks recalled the 2019 state visit of Kenyan President Daniel Mwangi to Peru.')).toEqual(['VISITED daniel mwangi|PER']);
  });

  it('reads no visit in "X\'s visits to A and B will be rescheduled"', () => {
    expect(visits("The aides said Peruvian Foreign Minister Luis Soto's visits to Kenya and Ghana will be rescheduled.")).toEqual([]);
  });

  it('gives "his visit" to one traveller, the clause\'s first, not to everyone coordinated with him', () => {
    const body = 'Kenyan Prime Minister Daniel Mwangi said he and Peruvian President Luis Soto spoke by phone on Friday after his trip to Washington.';
    expect(visits(body)).toEqual(['VISITED daniel mwangi|USA']);
    expect(visits('Kenyan Prime Minister Daniel Mwangi and Peruvian President Luis Soto ended their visit to Washington on Friday.')).toEqual(['VISITED daniel mwangi|USA', 'VISITED luis soto|USA']);
  });
});
