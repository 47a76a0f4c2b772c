import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('acts done in person where the clause places them (visited.act)', () => {
  it('places the subjects of "witnessed the signing … in <city>" and "addressed … in <city>"', () => {
    expect(visits('Kenyan President Daniel Mwangi and Peruvian President Luis Soto witnessed the signing of six accords in Lusaka on Monday.')).toEqual(['VISITED daniel mwangi|ZMB', 'VISITED luis soto|ZMB']);
    expect(visits('Kenyan President Daniel Mwangi addressed a business forum in Lima.')).toEqual(['VISITED daniel mwangi|PER']);
  });

  it('places someone who "left <place>" there, but not someone who left office or left for a place elsewhere', () => {
    expect(visits('The talks ended late before Kenyan President Daniel Mwangi left Madrid.')).toEqual(['VISITED daniel mwangi|ESP']);
    expect(visits('Kenyan President Daniel Mwangi left office in 2019.')).toEqual([]);
  });

  it('places nobody for an act still to come or outside the act\'s clause', () => {
    expect(visits('Kenyan President Daniel Mwangi will address a business forum in Lima.')).toEqual([]);
    expect(visits('Kenyan President Daniel Mwangi signed the decree, which was drafted in Lima.')).toEqual([]);
  });
});
