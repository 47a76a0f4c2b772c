import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const visits = (body: string) => facts(body).filter((k) => k.startsWith('VISITED'));

describe('a visit noun under an infinitive light verb is no visit made', () => {
  it('reads "asked X to make a working visit to Y" as a request only', () => {
    expect(visits('Kenyan President Daniel Mwangi asked Peruvian President Luis Soto to make a working visit to Kenya, officials said.')).not.toContain('VISITED luis soto|KEN');
  });

  it('reads "was unable to make his State Visit to Y" as a visit not made', () => {
    expect(visits('Peruvian President Luis Soto was unable to make his State Visit to Kenya on Friday, his office said.')).not.toContain('VISITED luis soto|KEN');
  });

  it('still reads a visit paid', () => {
    expect(visits('Peruvian President Luis Soto paid an official visit to Kenya on Friday.')).toContain('VISITED luis soto|KEN');
  });
});
