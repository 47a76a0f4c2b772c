import { beforeAll, describe, expect, it } from 'vitest';
import { mentionSummary } from '../../../src/extract/index.js';
import { story, warmUp } from '../helpers.js';

// (The first story loads the model: outside any one test's time limit.)
beforeAll(() => warmUp(), 120_000);

const sectorsNamed = (body: string) => mentionSummary(story(body)).sectors.sort();

describe('sector mentions: the items of area lists', () => {
  it('counts the modifiers of an area noun and capitalised list items as sector mentions', () => {
    expect(sectorsNamed('Kenya and Tanzania agreed to expand economic and cultural ties.')).toEqual(['culture', 'investment']);
    expect(sectorsNamed('Ghana and Togo agreed to deepen cooperation in Security; Health; Agriculture.')).toEqual(['agriculture', 'defence', 'health']);
  });

  it('leaves a general word out when it stands in no list of areas', () => {
    expect(sectorsNamed('The security situation in the region worsened, the minister said.')).toEqual([]);
  });
});
