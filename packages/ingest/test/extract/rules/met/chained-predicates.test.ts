import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, hasSymmetric, story, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

/** The facts the rules alone give (the learned scorer, which may add a pair on its own, off). */
const ruleFacts = (body: string) => extractTriplesWith(story(body), { rulesOff: ['met.learned'] }).map(fact);

describe('a meeting in a chain of predicates belongs to the sentence\'s subject, not an earlier object', () => {
  const body = 'Lao Prime Minister Somsak Keola paid a courtesy visit to Cambodian King Norodom Vichet, attended an official welcome ceremony and held talks with Vietnamese Prime Minister Le Quang Huy in Hanoi.';

  it('pairs the subject with the partner of the later predicate', () => {
    expect(hasSymmetric(ruleFacts(body), 'MET', 'somsak keola', 'le quang huy')).toBe(true);
  });

  it('does not pair the earlier object with that partner', () => {
    expect(hasSymmetric(ruleFacts(body), 'MET', 'norodom vichet', 'le quang huy')).toBe(false);
  });
});

describe('a second predicate joined by a bare "and" is no list of predicates', () => {
  it('does not make "A said … and called on B to report" a meeting of A\'s', () => {
    const keys = ruleFacts('Opposition leader Marta Rossi said the plan was "a mistake with costs" and called on Italian Prime Minister Luca Bianchi to report to parliament.');
    expect(hasSymmetric(keys, 'MET', 'marta rossi', 'luca bianchi')).toBe(false);
  });
});
