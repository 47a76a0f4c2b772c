// What the person-country resolvers read: the story's travel, meetings and home, and the
// countries resolved so far (read through a view, so that no resolver writes to a Person).
import type { Person } from '../people.js';
import type { StoryContext } from '../types.js';
import type { Travel } from '../scene/travel.js';
import type { StoryMeetings } from '../scene/meetings.js';
import type { StoryHome } from '../scene/home.js';

/** One person's country as a resolver decided it, and why. */
export interface CountryVerdict {
  country: string;
  /** As Person.countryStrength: 2 the title implies it, 1 from context. */
  strength: number;
  /** The resolver's id, with the case within it ("story-role:visitor-home"). */
  reason: string;
}

export interface CountryEvidence {
  ctx: StoryContext;
  travel: Travel;
  meetings: StoryMeetings['meetings'];
  home: StoryHome;
  /** Where someone met a traveller who travelled there (and did not travel there themselves). */
  meetPlace: Map<Person, string>;
  /** The story's web address, if any: a country-code domain names the publisher's country. */
  address?: string;
}

/** Countries as resolved so far: a verdict of this stage, else what the mention stage gave. */
export class CountryView {
  constructor(private readonly verdicts: ReadonlyMap<Person, CountryVerdict>) {}
  country(p: Person): string | undefined {
    return this.verdicts.get(p)?.country ?? p.country;
  }
  strength(p: Person): number {
    return this.verdicts.get(p)?.strength ?? p.countryStrength;
  }
  /** Placed by a context resolver of this stage (not by a title naming the country). */
  placedHere(p: Person): boolean {
    const v = this.verdicts.get(p);
    return !!v && v.strength === 1;
  }
}

/** Where someone met a traveller in X and did not travel there: at home in X. */
export function meetPlaces(meetings: StoryMeetings['meetings'], travel: Travel): Map<Person, string> {
  const meetPlace = new Map<Person, string>();
  for (const mt of meetings) {
    if (!mt.where) continue;
    const travellers = mt.people.filter((p) => travel.travelled.get(p)?.has(mt.where!));
    if (!travellers.length) continue;
    for (const p of mt.people) if (!travellers.includes(p)) meetPlace.set(p, mt.where);
  }
  return meetPlace;
}
