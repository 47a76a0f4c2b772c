import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('"received" with a thing for its object', () => {
  it('makes no meeting of receiving credentials or applause', () => {
    expect(hasSymmetric(facts('Venezuelan President Ana Ruiz received the credentials of Chilean Ambassador Luis Soto on Monday.'), 'MET', 'ana ruiz', 'luis soto')).toBe(false);
    expect(hasSymmetric(facts('Peruvian Defence Minister Ana Ruiz received loud applause, as did Peruvian Trade Minister Marta Lopez and Chilean Envoy Luis Soto.'), 'MET', 'ana ruiz', 'luis soto')).toBe(false);
  });

  it('still reads receiving a person, an audience, a delegation or a call', () => {
    expect(hasSymmetric(facts('Peruvian President Ana Ruiz received Chilean Foreign Minister Luis Soto at the palace.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(facts('Peruvian President Ana Ruiz received in audience Chilean Foreign Minister Luis Soto.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(facts('Peruvian President Ana Ruiz received a delegation led by Chilean Foreign Minister Luis Soto.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
    expect(hasSymmetric(facts('Peruvian President Ana Ruiz received a phone call from Chilean President Luis Soto.'), 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });
});
