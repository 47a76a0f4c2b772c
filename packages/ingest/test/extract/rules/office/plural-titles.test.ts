import { beforeAll, describe, expect, it } from 'vitest';
import { facts, story, warmUp } from '../../helpers.js';
import { prepareStory } from '../../../../src/extract/internal/prepare.js';

beforeAll(() => warmUp(), 120_000);

describe('a capitalised plural title before names without countries', () => {
  it('gives "Prime Ministers A and B" one office each and reads their meeting', () => {
    const keys = facts('Prime Ministers Tane Rowe and Julia Marsh met in Wellington on Monday.');
    expect(keys.some((k) => k === 'MET julia marsh|tane rowe' || k === 'MET tane rowe|julia marsh')).toBe(true);
  });
});

/** Each person the mention stage finds, with their first title. */
function titled(body: string): string[] {
  return prepareStory(story(body)).m.registry.persons.map((p) => `${p.key}: ${p.titles[0] ?? ''}`);
}

describe('plural titles whose first word carries the plural', () => {
  it('reads "Heads of State A and B" as two holders of "Head of State"', () => {
    expect(titled('The Heads of State Ana Ruiz and Luis Soto signed the joint statement in Lima.')).toEqual(['ana ruiz: Head of State', 'luis soto: Head of State']);
  });

  it('keeps the singular title whole ("Ministers for Foreign Affairs" → "Minister for Foreign Affairs")', () => {
    expect(titled('The Ministers for Foreign Affairs of Chile and Peru, Ana Ruiz and Luis Soto, met in Lima.')).toEqual(['ana ruiz: Minister for Foreign Affairs', 'luis soto: Minister for Foreign Affairs']);
  });
});
