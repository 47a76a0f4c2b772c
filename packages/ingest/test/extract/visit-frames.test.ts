import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

const visits = (body: string, opts?: Parameters<typeof facts>[1]) => facts(body, opts).filter((k) => k.startsWith('VISITED'));

describe('travel frames', () => {
  it('gives every coordinated destination of a trip', () => {
    expect(visits('Spanish Prime Minister Pedro Ruiz last travelled to Mauritania in August 2024, on a tour that also took him to Gambia and Senegal.')).toEqual(
      expect.arrayContaining(['VISITED pedro ruiz|MRT', 'VISITED pedro ruiz|GMB', 'VISITED pedro ruiz|SEN']),
    );
    expect(visits('Turkish Foreign Minister Ali Kaya travelled to Oman, Qatar and Kuwait last month.')).toEqual(['VISITED ali kaya|OMN', 'VISITED ali kaya|QAT', 'VISITED ali kaya|KWT']);
  });

  it('reads "the final leg took X to Y" as a visit, dated by its own day', () => {
    const t = facts('Turkish Foreign Minister Ali Kaya began a Gulf tour on Monday. The final leg took Kaya to Doha on Friday.', { date: '2025-12-13' });
    expect(t).toContain('VISITED ali kaya|QAT');
  });

  it('does not read "took X to Y" without a trip noun as a visit, nor a planned leg', () => {
    expect(visits('Turkish Foreign Minister Ali Kaya met reporters. A storm took Kaya to Doha on Friday.')).toEqual([]);
    expect(visits('Turkish Foreign Minister Ali Kaya met reporters. The final leg will take Kaya to Doha on Friday.')).toEqual([]);
  });
});
