import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('who signed together met', () => {
  it('reads "was signed by A and B"', () => {
    const keys = facts('A water-sharing accord was signed in Lima on Monday by Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('reads "signed by presidents A of X and B of Y"', () => {
    const keys = facts('The gas deal signed by presidents Ana Ruiz of Peru and Luis Soto of Chile on Monday runs for ten years.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('reads "A signed … with B"', () => {
    const keys = facts('Peruvian Prime Minister Ana Ruiz signed three memoranda of understanding with Chilean President Luis Soto in Santiago.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });

  // An unmarked holder is the issuer's: here the text names Peru besides the marked Chilean.
  it('reads "A and B signed" when the text marks only one of them with a country', () => {
    const keys = facts('Prime Minister Ana Ruiz and Chilean President Luis Soto signed a trade accord in Santiago on Monday. Peru had sought the accord for a decade.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('makes no meeting of a signing by letter, one only planned, or one delegation', () => {
    expect(hasSymmetric(facts('Peruvian President Ana Ruiz signed a letter with Chilean President Luis Soto urging a ceasefire.'), 'MET', 'ana ruiz', 'luis soto')).toBe(false);
    expect(hasSymmetric(facts('Peruvian President Ana Ruiz and Chilean President Luis Soto are expected to sign a trade accord next week.'), 'MET', 'ana ruiz', 'luis soto')).toBe(false);
    expect(hasSymmetric(facts('The decree was signed by Peruvian President Ana Ruiz and Peruvian Prime Minister Marta Lopez.'), 'MET', 'ana ruiz', 'marta lopez')).toBe(false);
  });
});

describe('who co-chaired a meeting met', () => {
  it('reads "the meeting was co-chaired by A and B"', () => {
    const keys = facts('The joint commission meeting was co-chaired by Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Luis Soto.');
    expect(hasSymmetric(keys, 'MET', 'ana ruiz', 'luis soto')).toBe(true);
  });
});

describe('"put pen to paper" is a signing', () => {
  it('reads "A and B put pen to paper in Canberra"', () => {
    const keys = facts('Australian Prime Minister Tom Baker and Papua New Guinea Prime Minister Peter Kila put pen to paper on Monday in Canberra, sealing the pact.');
    expect(hasSymmetric(keys, 'MET', 'tom baker', 'peter kila')).toBe(true);
  });
});
