import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a list of leaders who met, one named with a country\'s possessive', () => {
  const body = "Indian Prime Minister Ravi Kumar, US President John Miller and Australia's newly elected Prime Minister Tom Baker met in Tokyo on Tuesday.";

  it('pairs every leader of the list, not only those next to the verb', () => {
    const keys = facts(body);
    expect(hasSymmetric(keys, 'MET', 'ravi kumar', 'john miller')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'john miller', 'tom baker')).toBe(true);
  });

  it('places every one of them at the meeting', () => {
    const keys = facts(body);
    expect(keys).toContain('VISITED ravi kumar|JPN');
    expect(keys).toContain('VISITED john miller|JPN');
  });
});
