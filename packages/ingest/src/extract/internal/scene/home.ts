// The story's home: the agency's country, who issues the story, and the host side of a trip.
import type { Article } from '@wiregraph/core';
import { agencyCountry, countryInText } from '../gazetteer.js';
import type { PreparedStory } from '../prepare.js';
import type { Travel } from './travel.js';

export interface StoryHome {
  /** The agency's (or source's) country. */
  home?: string;
  /** The country the story speaks from: the dateline's, else the source's, else the agency's. */
  issuer?: string;
  /** The one destination of a trip abroad, when the issuer is not it: the host side's country. */
  hostCountry?: string;
  /** The dateline is a summit venue abroad, reported by an agency of a country the story names. */
  venueAbroad: boolean;
  /** Countries the story names anywhere. */
  named: Set<string>;
}

export function storyHome(article: Article, story: PreparedStory, travel: Travel): StoryHome {
  const { datelineCountry, dateline: dl, preamble, m } = story;
  const sourceCountry = countryInText(article.source ?? '');
  const home = agencyCountry(dl?.agency) ?? agencyCountry(article.source) ?? sourceCountry;
  const named = new Set<string>();
  for (const list of m.places) for (const pl of list) named.add(pl.iso3);
  // Where the story's travellers went: the host side of a visit is at home there, not at the issuer's.
  const destinations = new Set<string>();
  for (const [, ws] of travel.travelled) for (const w of ws) destinations.add(w);
  // An agency reporting from a summit or sidelines abroad ("NEW YORK (KUNA) -- … on the sidelines of
  // the UN General Assembly") speaks for its home, not for the venue's country.
  // (Only for an agency whose country the story names: a world wire's home is no party to the story.)
  const venueAbroad = !!datelineCountry && !!home && home !== datelineCountry && travel.presentOnly.size > 0 && named.has(home);
  const issuer = venueAbroad ? home : datelineCountry ?? sourceCountry ?? (preamble.dateline ? undefined : home);
  // (At such a venue nobody is the host side, and every meeting there is a sideline meeting.)
  const hostCountry = !venueAbroad && destinations.size === 1 && issuer && !destinations.has(issuer) ? [...destinations][0] : undefined;
  return { home, issuer, hostCountry, venueAbroad, named };
}
