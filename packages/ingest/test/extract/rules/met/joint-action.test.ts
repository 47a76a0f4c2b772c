import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, hasSymmetric, story, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

/** The facts the rules alone give (the learned scorer, which may add a pair on its own, off). */
const ruleFacts = (body: string) => extractTriplesWith(story(body), { rulesOff: ['met.learned'] }).map(fact);

describe('two leaders of different countries acting together met', () => {
  it('reads "A and Colombian counterpart B reaffirmed …"', () => {
    const keys = ruleFacts('Peruvian Foreign Minister Jorge Salas and Colombian counterpart Marta Ruiz reaffirmed their commitments in Lima on Monday.');
    expect(hasSymmetric(keys, 'MET', 'jorge salas', 'marta ruiz')).toBe(true);
  });

  it('reads "A and B witnessed the signing of …"', () => {
    const keys = ruleFacts('Kenyan President Daniel Otieno and Chinese Premier Li Wei witnessed the signing of six agreements in Nairobi on Monday.');
    expect(hasSymmetric(keys, 'MET', 'daniel otieno', 'li wei')).toBe(true);
  });

  it('reads "A and B discussed …" with one country known, but places nobody at the topic', () => {
    const keys = ruleFacts('President Tom Walker and Brazilian President Paulo Lima discussed the fighting in Gaza on Monday.');
    expect(hasSymmetric(keys, 'MET', 'tom walker', 'paulo lima')).toBe(true);
    expect(keys).not.toContain('VISITED paulo lima|PSE');
  });

  it('does not pair two people of one country', () => {
    const keys = ruleFacts('Brazilian President Paulo Lima and Brazilian Foreign Minister Ana Souza discussed the fighting in Gaza on Monday.');
    expect(hasSymmetric(keys, 'MET', 'ana souza', 'paulo lima')).toBe(false);
  });
});
