import { story } from '../helpers.js';
import { prepareStory } from '../../../src/extract/internal/prepare.js';

/** The keys of the people the mention stage finds in a story. */
export function people(body: string): string[] {
  return prepareStory(story(body)).m.registry.persons.map((p) => p.key);
}

/** "key | titles" of each person the mention stage finds in a story. */
export function titledPeople(body: string): string[] {
  return prepareStory(story(body)).m.registry.persons.map((p) => `${p.key} | ${p.titles.join('; ')}`);
}
