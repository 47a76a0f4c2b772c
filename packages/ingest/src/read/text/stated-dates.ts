/**
 * Dates a story states in full ("Monday 30 May 2022", "May 30, 2022", "2022-05-30"): the only
 * source of a year for an undated story. Nothing is ever taken from the clock or the file's time.
 */
import { WEEKDAY_NAME } from '../../internal/calendar.js';
import { MONTH_PATTERN, isoDate, monthNumber } from './dates.js';

const WEEKDAY = `(?:${WEEKDAY_NAME}\\.?,?\\s+)?`;
const DAY_MONTH_YEAR = `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})`;
const MONTH_DAY_YEAR = `(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
const ISO_DAY = '(\\d{4})-(\\d{2})-(\\d{2})';
const FULL_DATE = new RegExp(`\\b${WEEKDAY}(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${ISO_DAY})\\b`, 'g');

/** Every full date the text states, in order, as ISO `YYYY-MM-DD` (impossible dates left out). */
export function statedDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const [y, mo, d] = m[1] ? [m[3], monthNumber(m[2]!), m[1]] : m[4] ? [m[6], monthNumber(m[4]), m[5]] : [m[7], Number(m[8]), m[9]];
    const date = mo ? isoDate(Number(y), mo, Number(d)) : undefined;
    if (date) out.push(date);
  }
  return out;
}

/** The story's own date from its opening: the first full date in its headline line or its first paragraph. */
export function leadDate(title: string | undefined, body: string): string | undefined {
  const cut = body.search(/\n\s*\n/);
  const lead = (cut < 0 ? body : body.slice(0, cut)).slice(0, 600);
  return statedDates(title ?? '')[0] ?? statedDates(lead)[0];
}

const DAY_MS = 86_400_000;
/** How far a full date may lie from a dateline's day and still give it its year. */
const YEAR_WINDOW_DAYS = 60;

/**
 * A dateline's month and day ("May 30") with the year the story states: the year that puts
 * the day nearest a full date in the text, if one lies within two months of it ("talks on
 * 2 June 2022" → 2022-05-30; "2 January 2023" makes a "Dec 30" dateline 2022-12-30).
 * Undefined when the text states no year near it.
 */
export function datelineDateFromText(month: number, day: number, text: string): string | undefined {
  let best: { date: string; distance: number } | undefined;
  for (const stated of statedDates(text)) {
    const at = Date.parse(stated);
    const year = Number(stated.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const date = isoDate(y, month, day);
      if (!date) continue;
      const distance = Math.abs(Date.parse(date) - at) / DAY_MS;
      if (distance <= YEAR_WINDOW_DAYS && (!best || distance < best.distance)) best = { date, distance };
    }
  }
  return best?.date;
}
