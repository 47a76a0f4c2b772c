import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

const VISIT = 'Surinamese President Ravi Persaud arrived in Georgetown on Monday for a two-day state visit to Guyana.';

describe('companions a sentence lists (visited.delegation)', () => {
  it('gives "X was accompanied by A, B and C" the visits of X', () => {
    expect(visits(`${VISIT} He was accompanied by Health Minister Amit Rambali, Foreign Minister Karel Doorn and Trade Minister Lila Brug.`)).toEqual([
      'VISITED amit rambali|GUY',
      'VISITED karel doorn|GUY',
      'VISITED lila brug|GUY',
      'VISITED ravi persaud|GUY',
    ]);
  });

  it('reads "X\'s delegation included A; B" and "a delegation that includes …, including A and B"', () => {
    expect(visits(`${VISIT} Persaud's delegation included Foreign Minister Karel Doorn; and Trade Minister Lila Brug.`)).toEqual([
      'VISITED karel doorn|GUY',
      'VISITED lila brug|GUY',
      'VISITED ravi persaud|GUY',
    ]);
    expect(visits(`${VISIT} He is accompanied by a delegation that includes six officials, including Foreign Minister Karel Doorn.`)).toEqual([
      'VISITED karel doorn|GUY',
      'VISITED ravi persaud|GUY',
    ]);
  });

  it('gives the list nothing when the leader made no visit', () => {
    expect(visits('Surinamese President Ravi Persaud was accompanied by Foreign Minister Karel Doorn at the parade in Paramaribo.')).toEqual([]);
  });
});
