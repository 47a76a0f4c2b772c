import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('a meeting in an opening adverbial belongs to the main clause\'s subject', () => {
  it('reads "During his meeting with X, Y said …"', () => {
    const keys = facts('During his meeting with Indian Foreign Minister Anil Rao on Tuesday, US Secretary of State John Miller highlighted the strength of the partnership.');
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'john miller')).toBe(true);
  });

  it('reads "When holding talks with X, Y …"', () => {
    const keys = facts('When holding talks with Indian Foreign Minister Anil Rao, US Secretary of State John Miller stressed trade.');
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'john miller')).toBe(true);
  });

  it('does not pair a planned meeting', () => {
    const keys = facts('Before his planned meeting with Indian Foreign Minister Anil Rao, US Secretary of State John Miller stressed trade.');
    expect(hasSymmetric(keys, 'MET', 'anil rao', 'john miller')).toBe(false);
  });
});
