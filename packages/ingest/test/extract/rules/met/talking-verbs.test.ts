import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriplesWith } from '../../../../src/extract/index.js';
import { fact, hasSymmetric, story, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

/** The rules' facts alone: the learned scorer may add a pair in a sentence no rule read. */
const rulesOnly = (body: string) => extractTriplesWith(story(body), { rulesOff: ['met.learned'] }).map(fact);

describe('verbs of talking with someone', () => {
  it('reads "exchanged views with", "discussed with", "talked to" and "spoke to" as a meeting', () => {
    expect(hasSymmetric(rulesOnly('Peruvian Foreign Minister Ana Ruiz exchanged views with Chilean Foreign Minister Luis Soto on regional security.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(rulesOnly('Peruvian Foreign Minister Ana Ruiz discussed with Chilean Foreign Minister Luis Soto ways to expand trade.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(rulesOnly('Peruvian President Ana Ruiz also talked to Chilean Ambassador Luis Soto about the border.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(rulesOnly('Weeks ago Peruvian President Ana Ruiz spoke to Chilean President Luis Soto and Bolivian President Juan Mamani.'), 'MET', 'ana ruiz', 'juan mamani')).toBe(true);
  });

  it('reads "A and B exchanged views" as their meeting', () => {
    expect(hasSymmetric(rulesOnly('Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto exchanged views on regional security.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('places nobody by talk alone', () => {
    const keys = rulesOnly('Peruvian President Ana Ruiz spoke to Chilean President Luis Soto after the floods in Bolivia.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(keys.some((k) => k.startsWith('VISITED'))).toBe(false);
  });

  it('needs the person right after "spoke to" (the rules alone, without the learned scorer)', () => {
    expect(hasSymmetric(rulesOnly('Peruvian President Ana Ruiz spoke to Chilean President Luis Soto in Lima.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(rulesOnly('Peruvian President Ana Ruiz spoke to reporters in Lima before Chilean President Luis Soto arrived.'), 'MET', 'ana ruiz', 'luis soto')).toBe(false);
  });

  it('does not take the list after "with" as the subject of a second verb', () => {
    const keys = rulesOnly('Peruvian President Ana Ruiz had lunch with Chilean President Luis Soto, Bolivian President Juan Mamani and other leaders and later held talks on trade.');
    expect(hasSymmetric(keys, 'MET', 'luis soto', 'juan mamani')).toBe(false);
  });
});

describe('meetings held with several people one at a time', () => {
  it('does not pair the partners of bilateral talks with each other', () => {
    const keys = rulesOnly('Peruvian President Ana Ruiz held bilateral talks with Chilean President Luis Soto, Bolivian President Juan Mamani and Colombian President Rosa Diaz on the sidelines of the summit.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'rosa diaz')).toBe(true);
    expect(hasSymmetric(keys, 'MET', 'luis soto', 'juan mamani')).toBe(false);
  });
});

describe('a summit named as the venue of a meeting', () => {
  it('does not read "on the sidelines of the summit with A and B" as a meeting of A and B', () => {
    const keys = rulesOnly('Peruvian President Ana Ruiz will meet on the sidelines of the G-20 summit with Chilean President Luis Soto and Bolivian President Juan Mamani.');
    expect(hasSymmetric(keys, 'MET', 'luis soto', 'juan mamani')).toBe(false);
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(false);
  });

  it('still gives the verb its partners', () => {
    const keys = rulesOnly('Peruvian President Ana Ruiz met on the sidelines of the G-20 summit with Chilean President Luis Soto.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });
});
