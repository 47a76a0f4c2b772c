import { describe, expect, it } from 'vitest';
import { storyNames } from '../src/index.js';

const story = (...people: [key: string, triples: number][]) => Object.fromEntries(storyNames(people.map(([key, triples]) => ({ key, triples }))));

describe('one key per person within a story', () => {
  it('joins a one-word given name to the one longer name of the story that starts with it', () => {
    expect(story(['dariush tabrizi', 2], ['dariush', 1], ['omar kaddour', 1])).toEqual({ dariush: 'dariush tabrizi' });
  });
  it('leaves a one-word name that two longer names of the story start with', () => {
    expect(story(['amina bello', 1], ['amina yusuf', 1], ['amina', 1])).toEqual({});
  });
  it('leaves a one-word name that a longer name of the story ends with (a surname two people may share)', () => {
    expect(story(['dara okafor', 1], ['okafor', 1], ['okafor ngozi', 1])).toEqual({});
    expect(story(['lena marsh', 1], ['marsh', 1])).toEqual({});
  });
  it('never joins a bare name to a regnal one, nor through a father\'s name', () => {
    expect(story(['faris ii', 1], ['faris', 1])).toEqual({});
    expect(story(['faris bin nadir', 1], ['nadir', 1])).toEqual({});
  });
  it('joins one full name spelt two ways, keeping the fuller key, then the one more triples name', () => {
    expect(story(['karim al-haddad', 1], ['karim haddad', 3])).toEqual({ 'karim haddad': 'karim al-haddad' });
    expect(story(['tesfaye gebremariam', 2], ['tesfaye gebremriam', 1])).toEqual({ 'tesfaye gebremriam': 'tesfaye gebremariam' });
    expect(story(['tesfaye gebremariam', 1], ['tesfaye gebremriam', 3])).toEqual({ 'tesfaye gebremariam': 'tesfaye gebremriam' });
  });
  it('keeps two people whose names only share words apart', () => {
    expect(story(['tesfaye gebremariam', 1], ['tesfaye alemu', 1], ['gebremariam', 1])).toEqual({});
  });
});
