import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../helpers.js';
import { people } from './helpers.js';

beforeAll(() => warmUp(), 120_000);

// A document's label set in capitals ("Press Release") after an office's name is a source line,
// not an office holder's name.
describe('words that name a document are never people', () => {
  it('does not take "Press Release" after an office title for a person', () => {
    const body = '[Office of the President Press Release] President Amara Kone met Prime Minister Jonas Veld in Accra on Monday.';
    expect(people(body)).toEqual(['amara kone', 'jonas veld']);
  });

  it('does not take a release label for a name after a ministry title either', () => {
    expect(people('Foreign Minister Press Release: Foreign Minister Lena Varga met her counterpart on Friday.')).toEqual(['lena varga']);
  });
});
