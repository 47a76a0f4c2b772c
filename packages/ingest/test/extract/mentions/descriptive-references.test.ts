import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp, hasSymmetric } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const met = (keys: string[], a: string, b: string) => hasSymmetric(keys, 'MET', a, b);

describe('descriptive references to people named earlier', () => {
  it('reads "the <demonym> leader" as that country\'s one head of state or government', () => {
    const keys = facts('Peruvian President Ana Ruiz arrived in Santiago on Monday. The Peruvian leader called on President Luis Soto of Chile at the palace.');
    expect(met(keys, 'ana ruiz', 'luis soto')).toBe(true);
  });

  it('reads "his guest" and "the visiting dignitary" as the one traveller to where the story is set', () => {
    const body = 'LIMA, June 11 (Reuters) - Chilean President Luis Soto arrived in Lima on Monday for a state visit. Peruvian President Ana Ruiz then held talks with her guest at the palace. Foreign Minister Jorge Paz of Peru called on the visiting dignitary in the evening.';
    const keys = facts(body, { source: 'Reuters' });
    expect(met(keys, 'ana ruiz', 'luis soto')).toBe(true);
    expect(met(keys, 'jorge paz', 'luis soto')).toBe(true);
  });

  it('reads "the visiting President" as the traveller, and gives an ambassador who accompanies them no visit', () => {
    const body = 'LIMA, June 11 (Reuters) - Chilean President Luis Soto arrived in Lima on Monday for a state visit. Peruvian Foreign Minister Jorge Paz called on the visiting President at his hotel. Chile\'s Ambassador to Peru Rosa Vidal accompanied the visiting President at all his engagements.';
    const keys = facts(body, { source: 'Reuters' });
    expect(met(keys, 'jorge paz', 'luis soto')).toBe(true);
    expect(keys).toContain('HOLDS_OFFICE rosa vidal|CHL');
    expect(keys).not.toContain('VISITED rosa vidal|PER');
  });

  it('reads "the two ministers" as the two ministers just named, not an earlier pair of leaders', () => {
    const body = 'Peruvian President Ana Ruiz met Chilean President Luis Soto in Lima on Monday. The deal was signed by Peru\'s Energy Minister Jorge Paz and Chile\'s Mining Minister Rosa Vidal. The two ministers also held talks on Tuesday.';
    const keys = facts(body);
    expect(met(keys, 'jorge paz', 'rosa vidal')).toBe(true);
  });
});

describe('where sideline meetings happen', () => {
  it('places meetings in a story set at a summit "here" in the dateline place', () => {
    const body = 'LIMA, June 11 (Reuters) - Leaders attending the regional summit here held a series of bilateral meetings on the sidelines.\n\nChilean President Luis Soto met Bolivian President Carlos Mesa on Tuesday, according to a statement from Santiago.';
    const keys = facts(body, { source: 'Reuters' });
    expect(keys).toContain('VISITED luis soto|PER');
    expect(keys).toContain('VISITED carlos mesa|PER');
  });

  it('does not place a meeting where a later conjunct\'s topic is ("and discussed production of X in Y")', () => {
    const body = 'LIMA, June 11 (Reuters) - Peruvian Defence Minister Jorge Paz held talks with his Chilean counterpart, Rosa Vidal, and discussed the joint production of patrol boats in Chile.';
    expect(facts(body, { source: 'Reuters' })).not.toContain('VISITED jorge paz|CHL');
  });
});
