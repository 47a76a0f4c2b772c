import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples } from '../../src/extract/index.js';
import { facts, story, warmUp } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('multi-word place names', () => {
  it('reads "New York" as the United States, not as York in Britain', () => {
    const keys = facts('Peruvian Foreign Minister Ana Ruiz arrived in New York on Monday.');
    expect(keys).toContain('VISITED ana ruiz|USA');
    expect(keys).not.toContain('VISITED ana ruiz|GBR');
  });

  it('reads "St. Petersburg", "St Petersburg" and "Saint Petersburg" as the Russian city', () => {
    for (const spelling of ['St. Petersburg', 'St Petersburg', 'Saint Petersburg']) {
      const keys = facts(`Chilean President Luis Soto travelled to ${spelling} in June.`);
      expect(keys).toContain('VISITED luis soto|RUS');
      expect(keys).not.toContain('VISITED luis soto|USA');
    }
  });

  it('gives a place word after a capitalised "New" no country ("New Mexico", "New South Wales")', () => {
    const keys = facts('Chilean President Luis Soto flew to New Mexico on Monday. Peruvian President Ana Ruiz travelled to New South Wales on Tuesday.');
    expect(keys).not.toContain('VISITED luis soto|MEX');
    expect(keys).not.toContain('VISITED ana ruiz|GBR');
  });
});

describe('meetings at a venue abroad', () => {
  it('places sideline meetings under a foreign dateline in that country, and the agency\'s untagged ministers at home', () => {
    const body = 'NEW YORK, Sept 24 (Yonhap) -- Foreign Minister Park Min-soo met Peruvian Foreign Minister Ana Ruiz on the sidelines of the United Nations General Assembly on Wednesday. Park also held talks with his Chilean counterpart Luis Soto.';
    const keys = extractTriples(story(body, { date: '2025-09-24', source: 'Yonhap' })).map((t) => `${t.predicate} ${t.subject.key}|${t.object.key}`);
    expect(keys).toContain('VISITED ana ruiz|USA');
    expect(keys).toContain('VISITED luis soto|USA');
    expect(keys).toContain('HOLDS_OFFICE park min-soo|KOR');
    expect(keys).not.toContain('HOLDS_OFFICE park min-soo|USA');
  });
});
