import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, hasSymmetric, story, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

/** The facts the rules alone give (the learned scorer, which may add a pair on its own, off). */
const ruleFacts = (body: string) => extractTriplesWith(story(body), { rulesOff: ['met.learned'] }).map(fact);

describe('a meeting whose subject is an office or a pronoun no name resolves is the story\'s main actor\'s', () => {
  it('reads "The PM also held a bilateral discussion with X"', () => {
    const keys = ruleFacts('Trinidad Prime Minister Kevin Ramsaran arrived in Delhi on Monday. Ramsaran spoke at a business forum. The PM also held a bilateral discussion with Indian Prime Minister Ravi Kapoor.');
    expect(hasSymmetric(keys, 'MET', 'kevin ramsaran', 'ravi kapoor')).toBe(true);
  });

  it('reads "the top Chinese diplomat also met with X", taking the actor of that country', () => {
    const keys = ruleFacts('Chinese Foreign Minister Li Wei arrived in Paris on Monday, where French Foreign Minister Anne Roux welcomed him. Li praised the ties. On the same day, the top Chinese diplomat also met with French President Paul Moreau.');
    expect(hasSymmetric(keys, 'MET', 'li wei', 'paul moreau')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'anne roux', 'paul moreau')).toBe(false);
  });

  it('reads "In his meeting with X, he discussed …"', () => {
    const keys = ruleFacts('Ethiopian Foreign Minister Abebe Tadesse held talks in Abuja this week. Tadesse said the visit was fruitful. In his meeting with the Nigerian Foreign Minister Chidi Okafor, he discussed ways of cooperating in transport.');
    expect(hasSymmetric(keys, 'MET', 'abebe tadesse', 'chidi okafor')).toBe(true);
  });

  it('does not read a reference whose head is no office ("the company")', () => {
    const keys = ruleFacts('Trinidad Prime Minister Kevin Ramsaran arrived in Delhi on Monday. Ramsaran spoke at a business forum. The company also held a meeting with Indian Prime Minister Ravi Kapoor.');
    expect(hasSymmetric(keys, 'MET', 'kevin ramsaran', 'ravi kapoor')).toBe(false);
  });
});

describe('a meeting the sentence opens with and gives no holder is the story\'s main actor\'s', () => {
  const lead = 'Ethiopian Foreign Minister Abebe Tadesse held talks in Harare this week. Tadesse said the visit was fruitful. ';

  it('reads "The discussion held with X was focused on …"', () => {
    const keys = ruleFacts(`${lead}The discussion held with Zimbabwean Foreign Minister Tendai Moyo was focused on enhancing the ties.`);
    expect(hasSymmetric(keys, 'MET', 'abebe tadesse', 'tendai moyo')).toBe(true);
  });

  it('does not read "The summit held between X and his guests"', () => {
    const keys = ruleFacts(`${lead}The summit held between Zimbabwean President Tendai Moyo and his guests broached regional issues.`);
    expect(hasSymmetric(keys, 'MET', 'abebe tadesse', 'tendai moyo')).toBe(false);
  });
});
