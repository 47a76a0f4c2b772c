// What the mention stage found in one story, as keys: for the eval's mention report, which
// places a recall loss in the mentions stage or in the rules after it.
import type { Article } from '@wiregraph/core';
import { prepareStory } from './prepare.js';

export interface MentionSummary {
  /** Keys of the people named (full names as the registry keeps them). */
  persons: string[];
  /** ISO alpha-3 codes of the countries named by name, adjective, city or organisation, and the dateline's. */
  countries: string[];
  /** Sector keys (shared/spec/sectors.yaml). */
  sectors: string[];
}

const ISO3 = /^[A-Z]{3}$/;

/** The people, countries and sectors the mention stage finds in one article. */
export function mentionSummary(article: Article): MentionSummary {
  const { m, datelineCountry } = prepareStory(article);
  const countries = new Set<string>();
  if (datelineCountry) countries.add(datelineCountry);
  for (const list of m.places) for (const pl of list) if (ISO3.test(pl.iso3)) countries.add(pl.iso3);
  const sectors = new Set<string>();
  for (const list of m.sectors) for (const sm of list) sectors.add(sm.key);
  return { persons: [...new Set(m.registry.persons.map((p) => p.key))], countries: [...countries], sectors: [...sectors] };
}
