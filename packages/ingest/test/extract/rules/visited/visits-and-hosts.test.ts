import { beforeAll, describe, expect, it } from 'vitest';
import { extractTriples } from '../../../../src/extract/index.js';
import { facts, story, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

describe('visits named by a noun or by company', () => {
  it('reads "the visit of X to A and B" as visits to both', () => {
    const keys = facts('Both calls follow the visit of the Minister of Foreign Affairs of Peru, Ana Ruiz, to Santiago and Buenos Aires last month.');
    expect(keys).toContain('VISITED ana ruiz|CHL');
    expect(keys).toContain('VISITED ana ruiz|ARG');
  });

  it('gives "X, who arrived with Y," the visits of Y', () => {
    const keys = facts('Chilean President Luis Soto arrived in Lima on Monday. Chilean Foreign Minister Rosa Vidal, who arrived with Soto, is due to meet her Peruvian counterpart on Wednesday.');
    expect(keys).toContain('VISITED luis soto|PER');
    expect(keys).toContain('VISITED rosa vidal|PER');
  });
});

describe('hosts and protocol styles', () => {
  it('gives whoever welcomed a traveller at the airport the country the traveller went to', () => {
    const keys = facts('Peruvian President Ana Ruiz received Chilean President Luis Soto in Lima on Monday. Soto had arrived in Lima earlier in the day, where he was received at the airport by Jorge Paz, Minister of Interior.');
    expect(keys).toContain('HOLDS_OFFICE jorge paz|PER');
  });

  it('drops a royal rank before a full name from the key ("Prince Faisal bin Farhan")', () => {
    const keys = facts('Minister of Foreign Affairs of Saudi Arabia Prince Faisal bin Farhan held talks with Chilean Foreign Minister Rosa Vidal in Riyadh. Prince Faisal said ties were strong.');
    expect(keys).toContain('HOLDS_OFFICE faisal bin farhan|SAU');
  });

  it('reads a dateline with a full date before the agency ("RIYADH, December 9, 2025, SPA --") and keeps it out of the evidence', () => {
    const ts = extractTriples(story('RIYADH, December 9, 2025, SPA -- Saudi Foreign Minister Faisal bin Farhan held talks with Chilean Foreign Minister Rosa Vidal on Tuesday.', { date: '2025-12-09', source: 'SPA' }));
    const visit = ts.find((t) => t.predicate === 'VISITED' && t.subject.key === 'rosa vidal');
    expect(visit?.object.key).toBe('SAU');
    expect(ts.every((t) => t.evidence.startsWith('Saudi Foreign Minister'))).toBe(true);
  });
});
