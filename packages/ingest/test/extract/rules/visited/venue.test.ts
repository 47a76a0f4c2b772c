import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

const TALKS = 'Kazakh President Aslan Nurov held talks with Kyrgyz President Bakyt Osmonov on Friday.';

describe('the venue a story gives its gathering (visited.venue)', () => {
  it('places who met there in the venue\'s country: "the summit was held in X"', () => {
    expect(visits(`${TALKS} The summit of Central Asian leaders was held in Tashkent.`)).toEqual(['VISITED aslan nurov|UZB', 'VISITED bakyt osmonov|UZB']);
  });

  it('reads "took place in X" and "convened in X"', () => {
    expect(visits(`${TALKS} The meeting took place on Friday in Tashkent.`)).toEqual(['VISITED aslan nurov|UZB', 'VISITED bakyt osmonov|UZB']);
    expect(visits(`Leaders of five countries convened in Tashkent on Friday. ${TALKS}`)).toEqual(['VISITED aslan nurov|UZB', 'VISITED bakyt osmonov|UZB']);
  });

  it('places nobody for a planned gathering, a call, or a host at home', () => {
    expect(visits(`${TALKS} The next summit will be held in Tashkent.`)).toEqual([]);
    expect(visits('Kazakh President Aslan Nurov spoke by phone with Kyrgyz President Bakyt Osmonov on Friday. The summit was held in Tashkent.')).toEqual([]);
    expect(visits(`${TALKS} The summit was held in Bishkek.`)).toEqual(['VISITED aslan nurov|KGZ']);
  });
});
