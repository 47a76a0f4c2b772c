import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

const met = (body: string, opts?: Parameters<typeof facts>[1]) => facts(body, opts).filter((k) => k.startsWith('MET'));

describe('passive audiences', () => {
  it('reads "was also received by King X at the palace" as a meeting', () => {
    expect(met('Indian Trade Minister Ravi Rao was also received by King Harald of Norway at the Royal Palace on Monday.')).toEqual(['MET ravi rao|harald']);
  });

  it('reads "was received in audience by" and "was received earlier … at the Quirinale by" as meetings', () => {
    expect(met('Indian Trade Minister Ravi Rao was received in audience by King Harald of Norway on Monday.')).toEqual(['MET ravi rao|harald']);
    expect(met('The Kenyan President Ruto Odhiambo, who arrived in Rome on Wednesday, was received earlier on Thursday at the Quirinale by President Marco Rossi.')).toEqual(['MET ruto odhiambo|marco rossi']);
  });

  it('does not make a meeting of an airport reception or a welcome on arrival', () => {
    expect(met('Indian Trade Minister Ravi Rao was received at the airport by Norwegian Foreign Minister Ola Berg on Monday.')).toEqual([]);
    expect(met('Indian Trade Minister Ravi Rao was received on arrival by Norwegian Foreign Minister Ola Berg on Monday.')).toEqual([]);
  });
});

describe('a visit to a country named by description', () => {
  const body = 'LIMA, Oct 29 (PTI) Commerce Minister Ravi Rao on Tuesday signed three agreements with Peru during his visit to the Latin American nation, which is negotiating a free trade pact with India. Rao also called on Peruvian President Jose Soto on Tuesday evening.';

  it('takes "the Latin American nation" for the country named before it, not one in a relative clause after', () => {
    const keys = facts(body, { source: 'PTI', date: '2025-10-29' });
    expect(keys).toContain('VISITED ravi rao|PER');
    expect(keys).not.toContain('VISITED ravi rao|IND');
  });

  it('so the visitor keeps the agency\'s country for his office and meets his host', () => {
    const keys = facts(body, { source: 'PTI', date: '2025-10-29' });
    expect(keys).toContain('HOLDS_OFFICE ravi rao|IND');
    expect(keys).toContain('MET ravi rao|jose soto');
  });
});
