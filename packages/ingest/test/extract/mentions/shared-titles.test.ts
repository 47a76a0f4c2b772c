import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples } from '../../../src/extract/index.js';
import { facts, story, warmUp } from '../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('titles shared across coordinated names', () => {
  const body = [
    "Peruvian President Ana Ruiz on Monday received Chile's interior and finance ministers, Luis Soto and Marta Pino, who arrived in the Peruvian capital in the morning.",
    'Earlier, Soto and Pino held talks with their Peruvian counterparts, Jorge Vela and Rosa Diaz.',
  ].join('\n\n');

  it('shares "interior and finance ministers" out in order, with the possessive country', () => {
    const ts = extractTriples(story(body));
    const office = (k: string) => ts.find((t) => t.predicate === 'HOLDS_OFFICE' && t.subject.key === k);
    expect(office('luis soto')?.object.key).toBe('CHL');
    expect(office('luis soto')?.title).toBe('Interior Minister');
    expect(office('marta pino')?.title).toBe('Finance Minister');
  });

  it('gives plural counterparts the same offices in their own country, and pairs across the sides only', () => {
    const keys = facts(body);
    expect(keys).toContain('HOLDS_OFFICE jorge vela|PER');
    expect(keys).toContain('HOLDS_OFFICE rosa diaz|PER');
    for (const [a, b] of [['luis soto', 'jorge vela'], ['luis soto', 'rosa diaz'], ['marta pino', 'jorge vela'], ['marta pino', 'rosa diaz']]) expect(keys).toContain(`MET ${a}|${b}`);
    expect(keys).not.toContain('MET jorge vela|rosa diaz');
    expect(keys).not.toContain('MET luis soto|marta pino');
    expect(keys).toContain('MET ana ruiz|luis soto');
    expect(keys).toContain('VISITED marta pino|PER');
  });

  it('pairs "the foreign ministers of A, B and C" with the names that follow, in order', () => {
    const keys = facts('The foreign ministers of Peru, Chile and Bolivia, Ana Ruiz, Luis Soto and Juan Mesa, met in Lima on Monday.');
    expect(keys).toContain('HOLDS_OFFICE ana ruiz|PER');
    expect(keys).toContain('HOLDS_OFFICE luis soto|CHL');
    expect(keys).toContain('HOLDS_OFFICE juan mesa|BOL');
    expect(keys).toContain('MET juan mesa|ana ruiz');
  });

  it('pairs them when the names follow the countries with no comma, as in a headline-like lead', () => {
    const keys = facts('Foreign Ministers of Peru and Chile Ana Ruiz and Luis Soto are meeting in Quito on Monday.');
    expect(keys).toContain('HOLDS_OFFICE ana ruiz|PER');
    expect(keys).toContain('HOLDS_OFFICE luis soto|CHL');
  });

  it('takes no word after the countries for a holder unless the names match the countries', () => {
    const keys = facts('The foreign ministers of Peru and Chile Ana Ruiz met in Quito on Monday.');
    expect(keys.filter((k) => k.startsWith('HOLDS_OFFICE ana ruiz'))).toEqual([]);
  });
});
