import { beforeAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../helpers.js';
import { visits } from './visits.js';

beforeAll(() => warmUp(), 120_000);

describe('where a meeting was held (visited.meeting-place)', () => {
  it('reads a country after "in the" ("in the UK") as the meeting place', () => {
    expect(visits('British Prime Minister John Smith met Indian Prime Minister Ravi Kumar in the UK on Monday.')).toEqual(['VISITED ravi kumar|GBR']);
  });

  it('reads "in the capital Ankara" as the meeting place', () => {
    expect(visits('Turkish President Kemal Aydin held talks with his Iranian counterpart Ali Rezaei at the presidential complex in the capital Ankara on Wednesday.')).toEqual(['VISITED ali rezaei|TUR']);
  });

  it('takes a guest the story gives no country for the visitor of a host at home in the named place', () => {
    expect(visits('Defence Secretary John Smith hosted his counterpart Anna Berg in the UK for the first time.')).toEqual(['VISITED anna berg|GBR']);
  });

  it('does not read a country that modifies a topic noun after "in the" as a place', () => {
    expect(visits('British Prime Minister John Smith met Indian Prime Minister Ravi Kumar for talks in the Ukraine peace process.')).toEqual([]);
  });
});
