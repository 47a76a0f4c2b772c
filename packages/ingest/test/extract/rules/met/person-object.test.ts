import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, facts, hasSymmetric, story, warmUp } from '../../helpers.js';

/** The facts the rules alone give (the learned scorer, which may add a pair on its own, off). */
const ruleFacts = (body: string) => extractTriplesWith(story(body), { rulesOff: ['met.learned'] }).map(fact);

beforeAll(() => warmUp(), 120_000);

describe('a visit paid to a person is a meeting with them', () => {
  it('reads "X visited Vice President Y at his residence"', () => {
    const keys = facts('Kenyan President Daniel Otieno visited Nigerian Vice President Musa Bello at his official residence in Abuja on Sunday.');
    expect(hasSymmetric(keys, 'MET', 'daniel otieno', 'musa bello')).toBe(true);
  });

  it('reads "paid courtesy visits to X and Y"', () => {
    const keys = ruleFacts('Lao Prime Minister Somsak Keola paid courtesy visits to Cambodian Senate President Chea Sophal and Cambodian King Norodom Vichet in Phnom Penh.');
    expect(hasSymmetric(keys, 'MET', 'somsak keola', 'chea sophal')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'somsak keola', 'norodom vichet')).toBe(true);
  });

  it('does not read a visit to a place named after a person', () => {
    const keys = facts('Kenyan President Daniel Otieno visited the tomb of Nigerian President Musa Bello in Abuja on Sunday.');
    expect(hasSymmetric(keys, 'MET', 'daniel otieno', 'musa bello')).toBe(false);
  });
});

describe('a discussion held with a person is a meeting with them', () => {
  it('reads "X discussed <topics> with Y"', () => {
    const keys = facts('US Secretary of State Carlos Rojas discussed trade and climate change with Mexican Foreign Minister Ana Flores on 30 June.');
    expect(hasSymmetric(keys, 'MET', 'carlos rojas', 'ana flores')).toBe(true);
  });

  it('reads a topic with its own commas before "with visiting Y"', () => {
    const keys = facts("Poland's President Jan Nowak on Thursday discussed regional security as well as the alliance's July summit, due to be held in Oslo, with visiting Romanian President Mihai Popescu.");
    expect(hasSymmetric(keys, 'MET', 'jan nowak', 'mihai popescu')).toBe(true);
  });

  it('does not read a "with" in a later clause', () => {
    const keys = facts('US Secretary of State Carlos Rojas discussed trade, which he called central to the ties with Mexican Foreign Minister Ana Flores.');
    expect(hasSymmetric(keys, 'MET', 'carlos rojas', 'ana flores')).toBe(false);
  });
});
