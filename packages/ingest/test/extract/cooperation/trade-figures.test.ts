import { beforeAll, describe, expect, it } from 'vitest';
import { facts, hasSymmetric, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

const MEETING = 'Canadian Prime Minister Mark Dolan met Peruvian President Rosa Quispe in Lima on Monday.';
const coopOf = (body: string) => facts(body).filter((k) => k.startsWith('COOPERATES'));

describe('trade between a pair stated as a fact or a figure', () => {
  it('reads "Y is X\'s largest trading partner" as trade cooperation of the pair', () => {
    const keys = facts('Brazil is Chile\'s largest trading partner in the region, officials in Santiago said on Monday.');
    expect(hasSymmetric(keys, 'COOPERATES_WITH', 'BRA', 'CHL')).toBe(true);
    expect(keys).toEqual(expect.arrayContaining(['COOPERATES_ON BRA|trade', 'COOPERATES_ON CHL|trade']));
  });

  it('reads "bilateral trade reached …" and "trade between the two countries grew …" for the story\'s pair', () => {
    expect(coopOf(`${MEETING} Bilateral trade reached $4 billion last year.`)).toEqual(expect.arrayContaining(['COOPERATES_ON CAN|trade', 'COOPERATES_ON PER|trade']));
    expect(coopOf(`${MEETING} Trade between the two countries grew by a third in 2024.`)).toEqual(expect.arrayContaining(['COOPERATES_ON CAN|trade', 'COOPERATES_ON PER|trade']));
  });

  it('keeps the investment reported with the trade, not what the companies do', () => {
    const keys = coopOf(`${MEETING} Peru is Canada's second-largest trading partner, with trade worth $5 billion, while Canadian investments there amount to $9 billion.`);
    expect(keys).toEqual(expect.arrayContaining(['COOPERATES_ON CAN|trade', 'COOPERATES_ON CAN|investment']));
    const firms = coopOf(`${MEETING} Peru is Canada's largest trading partner, and Canadian companies are big investors there, particularly in telecommunications.`);
    expect(firms).not.toContain('COOPERATES_ON CAN|telecommunications');
  });

  it('needs the pair\'s own trade with its size: "trade" alone or a trade policy names no cooperation', () => {
    expect(coopOf(`${MEETING} Global trade slowed sharply last year.`)).toEqual([]);
  });
});

describe('a country that names a currency or a continent is no party', () => {
  it('does not read "U.S. dollars" as the United States', () => {
    const keys = coopOf(`${MEETING} The two countries agreed to expand cooperation in energy, with deals worth 2.5 billion U.S. dollars.`);
    expect(keys.some((k) => k.includes('USA'))).toBe(false);
  });

  it('does not read "South and Central America" as the United States', () => {
    const keys = coopOf(`${MEETING} Peru is Canada's second-largest trading partner in South and Central America.`);
    expect(keys.some((k) => k.includes('USA'))).toBe(false);
    expect(keys).toContain('COOPERATES_ON PER|trade');
  });
});
