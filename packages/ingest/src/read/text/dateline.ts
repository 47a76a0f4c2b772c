import type { Dateline } from '@wiregraph/core';
import { MONTH_PATTERN, monthNumber } from './dates.js';
import { WEEKDAY_NAMES } from '../../internal/calendar.js';
import { countryOfPlace, isCountryName } from './place-country.js';

/** A dateline found at the start of a story: what it says and how many characters it takes. */
export interface ParsedDateline {
  dateline: Dateline;
  month?: number;
  day?: number;
  /** The year, when the dateline states one ("Month D, YYYY"): a stated date, never guessed. */
  year?: number;
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
  if (!m) return parseWireForm(text);
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

// The general wire form, read piece by piece: PLACE [, Region | (Region) | [Region]]
// [, Month D[, YYYY] | , D Month YYYY | (Month D)] [(Agency) | /AGENCY/ | , AGENCY] then a dash,
// colon or bullet. A capitalised place and a comma alone are a sentence, not a dateline.
const PLACE_AT = new RegExp(`^(${PLACE})`, 'u');
const REGION_AT = new RegExp(`(?:, | \\(| \\[)(${PLACE})[)\\]]?`, 'uy');
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_AT = new RegExp(
  `(?:,? | \\()(?:(${MONTH_PATTERN}) (\\d{1,2})${ORDINAL}|(\\d{1,2})${ORDINAL} (${MONTH_PATTERN}))(?:,? (\\d{4}))?\\)?`,
  'uy',
);
const AGENCY_AT = new RegExp(`,? (?:\\((${AGENCY})\\)|/(${AGENCY})/)|, (\\p{Lu}{2,6})(?=[ \\t]*(?:--|[-–—:]))`, 'uy');
const SEPARATOR_AT = /(?:[ \t]*(?:--|[–—:•])|[ \t]+-)(?:[ \t]+|(?=\p{Lu}))/uy;
// "Kigali, 2 August 2018 The president …": a full date right after the place ends the dateline.
const AFTER_FULL_DATE = /[ \t]+(?=\p{Lu})/uy;
const ALL_CAPS = /^[\p{Lu}\p{M} .'’-]+$/u;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The wire forms the agency styles above miss: a dash or colon after the place, a stated date, an agency after the date. */
function parseWireForm(text: string): ParsedDateline | undefined {
  const p = PLACE_AT.exec(text);
  if (!p || p[1]!.split(' ').length > 4) return undefined;
  const place = p[1]!;
  // "Thursday, June 4 -" heads a timestamp, not a dateline.
  if (WEEKDAY_NAMES.includes(place.toLowerCase())) return undefined;
  let at = p[0].length;
  const r = stickyAt(REGION_AT, text, at);
  const region = r && countryOfPlace(r[1]) ? r[1] : undefined;
  if (region) at = r!.index + r![0].length;
  const d = stickyAt(DATE_AT, text, at);
  if (d) at = d.index + d[0].length;
  const a = stickyAt(AGENCY_AT, text, at);
  const agency = a ? (a[1] ?? a[2] ?? a[3]) : undefined;
  if (a) at = a.index + a[0].length;
  const sep = stickyAt(SEPARATOR_AT, text, at) ?? (a ? stickyAt(/[ \t]+/y, text, at) : null);
  const year = d?.[5] ? Number(d[5]) : undefined;
  const end = sep ?? (year && countryOfPlace(place) ? stickyAt(AFTER_FULL_DATE, text, at) : null);
  if (!end) return undefined;
  const isCity = !!countryOfPlace(region ?? place) && !isCountryName(place);
  if (!agency && !d && !region && !ALL_CAPS.test(place) && !isCity) return undefined;
  const out: ParsedDateline = { dateline: withCountry(place, region, agency), length: end.index + end[0].length };
  if (d) {
    out.month = monthNumber(d[1] ?? d[4]!);
    out.day = Number(d[2] ?? d[3]);
    if (year) out.year = year;
  }
  return out;
}
