import { beforeAll, describe, expect, it } from 'vitest';
import { facts, find, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('former, late and elect holders', () => {
  it('gives no office to a former or late holder whose marker stands before the country word', () => {
    expect(facts('Former Peruvian president Ana Ruiz spoke at the university on Monday.').some((k) => k.startsWith('HOLDS_OFFICE'))).toBe(false);
    expect(facts('The late Zambian President Kenneth Banda was remembered in Lusaka.').some((k) => k.startsWith('HOLDS_OFFICE'))).toBe(false);
    expect(facts('Ex-Brazilian President Paulo Mendes gave an interview.').some((k) => k.startsWith('HOLDS_OFFICE'))).toBe(false);
  });

  it('keeps the office of an outgoing holder, who still holds it', () => {
    expect(find('Outgoing Bolivian President Luis Vera met reporters in La Paz on Monday.', 'HOLDS_OFFICE', 'luis vera', 'BOL')).toBeDefined();
  });

  it('lets a leader-elect meet, travel and cooperate without holding office', () => {
    const body = "Peru's President-elect Ana Ruiz met Bolivian President Luis Arce on Tuesday in La Paz, and the two agreed to cooperate on fisheries.";
    const keys = facts(body);
    expect(keys).toContain('MET ana ruiz|luis arce');
    expect(keys).toContain('VISITED ana ruiz|BOL');
    expect(keys).toContain('COOPERATES_WITH PER|BOL');
    expect(keys).not.toContain('HOLDS_OFFICE ana ruiz|PER');
  });

  it('pairs a party chief with the leader they received', () => {
    expect(facts('Party General Secretary Tran Van Bao received Lao Prime Minister Sonexay Vong in Hanoi on Monday.')).toContain('MET tran van bao|sonexay vong');
  });
});
