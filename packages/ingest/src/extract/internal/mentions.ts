// Mentions: places, sectors, the cast of titled people, and references to them, per sentence.
import type { Parsed } from './nlp.js';
import type { PlaceKind } from './gazetteer.js';
import type { Person, PersonMention, PersonRegistry } from './people.js';
import { newScan } from './mentions/scan.js';
import { findPlaces } from './mentions/places.js';
import { findSectors, refineSectors } from './mentions/sectors.js';
import { findCast } from './mentions/cast.js';
import { dropPlacesInNames, findReferences } from './mentions/references.js';

/** A country named in a sentence: by name, adjective, city, or an organisation. */
export interface PlaceMention {
  iso3: string;
  kind: PlaceKind;
  from: number;
  to: number;
  sent: number;
  /** Follows a place preposition ("in Tokyo", "to India"): a location, not a party. */
  locative: boolean;
  possessive: boolean;
}

export interface SectorMention {
  key: string;
  from: number;
  to: number;
  sent: number;
}

/** "the two leaders", "both sides": a group of people from the story's context. */
export interface GroupMention {
  from: number;
  to: number;
  sent: number;
  kind: 'people' | 'countries';
}

export interface StoryMentions {
  registry: PersonRegistry;
  persons: PersonMention[][];
  places: PlaceMention[][];
  sectors: SectorMention[][];
  groups: GroupMention[][];
  orgs: PlaceMention[][];
  /** Token index → the place mention starting there. */
  placeAt: Map<number, PlaceMention>;
  /** Persons whose office had no country in the text: resolved from context later. */
  needsCountry: Set<Person>;
  formerTitled: Set<Person>;
}

/** Every mention in a parsed story, stage by stage. */
export function findMentions(p: Parsed): StoryMentions {
  const st = newScan(p);
  findPlaces(st);
  findSectors(st);
  refineSectors(st);
  findCast(st);
  findReferences(st);
  dropPlacesInNames(st);
  const { registry, persons, places, sectors, groups, orgs, placeAt, needsCountry, formerTitled } = st;
  return { registry, persons, places, sectors, groups, orgs, placeAt, needsCountry, formerTitled };
}
