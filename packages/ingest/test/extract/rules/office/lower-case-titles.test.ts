import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';
import { people } from '../../mentions/helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a lower-case title right before a full name', () => {
  it('makes "…, foreign minister Ana Ruiz said" a titled person, placed by the story', () => {
    const keys = facts("SANTIAGO, June 10 (Reuters) -- Chile's ties with Peru are growing, foreign minister Ana Ruiz said on Monday.");
    expect(keys).toContain('HOLDS_OFFICE ana ruiz|CHL');
  });

  it('reads "host country president X" as a person', () => {
    expect(people('He will also meet host country president Luis Soto on Wednesday.')).toContain('luis soto');
  });

  it('leaves a title that is the object of a phrase and the vague "leader" alone', () => {
    const keys = facts('Ruiz met the diplomatic adviser to the president Tomas Vela in Lima, and opposition party top leader Jorge Castel.');
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE'))).toEqual([]);
  });
});
