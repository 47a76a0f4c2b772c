import type { Dateline } from '@wiregraph/core';
import { MONTH_PATTERN, monthNumber } from './dates.js';
import { countryOfPlace } from './place-country.js';

/** A dateline found at the start of a story: what it says and how many characters it takes. */
export interface ParsedDateline {
  dateline: Dateline;
  month?: number;
  day?: number;
  /** Length of the dateline including the separator and the space after it. */
  length: number;
}

// A place name: capitalised words, with the lower-case particles of names like "Rio de Janeiro".
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PARTICLE = '(?:de|da|do|dos|das|del|la|le|el|al|am|an|of|upon|sur)';
const PLACE = `${WORD}(?: (?:${PARTICLE} )?${WORD}){0,4}`;
const AGENCY = "\\p{Lu}[\\p{L}&.' -]{0,28}[\\p{L}.]|\\p{Lu}";

// ANI: "Tokyo [Japan], February 1 (ANI): "
const ANI = new RegExp(`^(${PLACE}) \\[([^\\]\\n]{2,40})\\], (${MONTH_PATTERN}) (\\d{1,2}) \\((${AGENCY})\\)\\s*:[ \\t]*`, 'u');
// Reuters, AP, PTI, Kyodo, Xinhua: "LONDON, March 3 (Reuters) - ", "GYEONGJU, South Korea (AP) — ",
// "New Delhi, Oct 8 (PTI) " (no dash), "TOKYO (Kyodo) -- ".
const AGENCY_STYLE = new RegExp(
  `^(${PLACE})(?:, (${PLACE}))?(?:, (${MONTH_PATTERN}) (\\d{1,2}))? \\((${AGENCY})\\)(?:[ \\t]*(?:--|[-–—:]))?\\s+`,
  'u',
);
// No agency tag: only an all-capitals place followed by a dash ("WASHINGTON — ").
const BARE = new RegExp(`^(\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,30}\\p{Lu})(?:, (${PLACE}))?(?:, (${MONTH_PATTERN}) (\\d{1,2}))?[ \\t]+(?:--|[–—])[ \\t]+`, 'u');

/** Parses the dateline that starts `text`, if there is one (styles of ANI, Reuters, AP, PTI, Kyodo, Xinhua). */
export function parseDateline(text: string): ParsedDateline | undefined {
  const ani = ANI.exec(text);
  if (ani) {
    const month = monthNumber(ani[3]!);
    return {
      dateline: withCountry(ani[1]!, ani[2]!, ani[5]!),
      month,
      day: Number(ani[4]),
      length: ani[0].length,
    };
  }
  const withAgency = AGENCY_STYLE.exec(text);
  const m = withAgency ?? BARE.exec(text);
  if (!m) return undefined;
  const agency = withAgency ? withAgency[5] : undefined;
  // "Prime Minister Sir Keir Starmer (press release)" is no dateline: a place is short.
  if (m[1]!.split(' ').length > 4) return undefined;
  const region = m[2];
  const month = m[3] ? monthNumber(m[3]) : undefined;
  return {
    dateline: withCountry(m[1]!, region, agency),
    month,
    day: m[4] ? Number(m[4]) : undefined,
    length: m[0].length,
  };
}

function withCountry(place: string, region: string | undefined, agency: string | undefined): Dateline {
  const country = countryOfPlace(region) ?? countryOfPlace(place);
  const d: Dateline = { place: place.trim() };
  if (country) d.country = country;
  if (agency) d.agency = agency.trim();
  return d;
}
