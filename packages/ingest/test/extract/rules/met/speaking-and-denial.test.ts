import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp, hasSymmetric } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const met = (keys: string[], a: string, b: string) => hasSymmetric(keys, 'MET', a, b);

describe('meeting phrasings with words between the verb and its partner', () => {
  it('reads "spoke today with" and "also spoke with" as a meeting', () => {
    expect(met(facts('Peruvian President Ana Ruiz spoke today with Chilean President Luis Soto.'), 'ana ruiz', 'luis soto')).toBe(true);
    expect(met(facts('Earlier this week, Peruvian President Ana Ruiz also spoke with Chilean President Luis Soto.'), 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('reads "has spoken several times by phone with" as a call that places nobody', () => {
    const keys = facts('LIMA, June 11 (Reuters) - Peruvian President Ana Ruiz, who has spoken several times by phone with Chilean President Luis Soto this year, said talks would go on.', { source: 'Reuters' });
    expect(met(keys, 'ana ruiz', 'luis soto')).toBe(true);
    expect(keys.some((k) => k.startsWith('VISITED'))).toBe(false);
  });

  it('reads "paid a courtesy call on" as an in-person meeting', () => {
    const keys = facts('Peruvian Foreign Minister Ana Ruiz paid a courtesy call on President Luis Soto of Chile in Santiago on Monday.');
    expect(met(keys, 'ana ruiz', 'luis soto')).toBe(true);
    expect(keys).toContain('VISITED ana ruiz|CHL');
  });

  it('reads "sat down together" as a meeting of the two named before it', () => {
    expect(met(facts('Peruvian President Ana Ruiz and Chilean President Luis Soto last sat down together in Madrid in March 2024.'), 'ana ruiz', 'luis soto')).toBe(true);
  });
});

describe('modality and denial', () => {
  it('gives no meeting when the meeting noun\'s own predicate postpones or cancels it', () => {
    const keys = facts('Peruvian President Ana Ruiz visited Chile. A meeting between Ruiz and Santiago Mayor Jorge Paz that had been planned for Friday was postponed because of rain.');
    expect(keys.some((k) => k.startsWith('MET'))).toBe(false);
    expect(facts('Talks between Peruvian President Ana Ruiz and Chilean President Luis Soto set for Monday were called off.').some((k) => k.startsWith('MET'))).toBe(false);
    expect(facts('Talks between Peruvian President Ana Ruiz and Chilean President Luis Soto planned for Tuesday were put off.').some((k) => k.startsWith('MET'))).toBe(false);
  });

  it('gives no meeting that someone denied ("denied a report that he had met X")', () => {
    const keys = facts('Peruvian President Ana Ruiz denied a report in local media that she had secretly met Chilean President Luis Soto in Santiago last week.');
    expect(keys.some((k) => k.startsWith('MET') || k.startsWith('VISITED'))).toBe(false);
    // A denial of something else does not deny the meeting.
    expect(met(facts('Peruvian President Ana Ruiz, who rejected claims of fraud in the vote, met Chilean President Luis Soto in Lima on Monday.'), 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('gives no cooperation for a hope or a purpose', () => {
    const keys = facts('Peruvian officials said Lima hoped to use the new partnership with Chile to attract Chilean investment in mining.');
    expect(keys.some((k) => k.startsWith('COOPERATES_ON'))).toBe(false);
    const aim = facts('Peru and Chile agreed to expand cooperation in fisheries, as Peruvian President Ana Ruiz hosted Chilean President Luis Soto for talks aimed at turning old ties into a partnership for the energy transition.');
    expect(aim).toContain('COOPERATES_ON PER|agriculture');
    expect(aim).not.toContain('COOPERATES_ON PER|energy');
  });

  it('gives no cooperation in the main clause of a condition ("If …, A would cooperate with B")', () => {
    const keys = facts('If the treaty is signed, Peruvian President Ana Ruiz said, Peru would be ready to cooperate with Chile on energy.');
    expect(keys.some((k) => k.startsWith('COOPERATES'))).toBe(false);
  });
});
