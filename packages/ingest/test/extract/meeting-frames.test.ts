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
