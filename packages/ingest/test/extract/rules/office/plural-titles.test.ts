import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a capitalised plural title before names without countries', () => {
  it('gives "Prime Ministers A and B" one office each and reads their meeting', () => {
    const keys = facts('Prime Ministers Tane Rowe and Julia Marsh met in Wellington on Monday.');
    expect(keys.some((k) => k === 'MET julia marsh|tane rowe' || k === 'MET tane rowe|julia marsh')).toBe(true);
  });
});
