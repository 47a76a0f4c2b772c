import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const visits = (body: string) => facts(body).filter((k) => k.startsWith('VISITED'));

describe('being in a place away from home (visited.stay)', () => {
  it('reads a stay said of the person named right before it, with no trip noun', () => {
    expect(visits('Kenyan President Daniel Mwangi is also in Zambia for the talks.')).toContain('VISITED daniel mwangi|ZMB');
    expect(visits('Kenyan President Daniel Mwangi has been in Dodoma since Friday.')).toContain('VISITED daniel mwangi|TZA');
    expect(visits('Kenyan President Daniel Mwangi was in Laos from June 3 to June 5.')).toContain('VISITED daniel mwangi|LAO');
  });

  it('reads the stay of a name set off by an apposition, not a stay of something else the sentence names', () => {
    expect(visits("Daniel Mwangi, Ghana's deputy trade minister, has been in Dodoma since Friday.")).toContain('VISITED daniel mwangi|TZA');
    expect(visits('Kenyan Minister Daniel Mwangi said the summit, the first since 2019, was in Dodoma.')).toEqual([]);
  });

  it('still needs a trip noun for a looser subject, and reads no planned stay', () => {
    expect(visits('Kenyan President Daniel Mwangi said the talks were in Hanoi.')).not.toContain('VISITED daniel mwangi|VNM');
    expect(visits('Kenyan President Daniel Mwangi will be in Tokyo next week.')).toEqual([]);
  });
});
