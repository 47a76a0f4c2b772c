// Month and weekday names as English news writes them: the one table read/ (datelines, feed
// dates) and extract/ (dates in sentences) share.

/** Month names, abbreviations and the "Sept" style, lower case, to month numbers 1-12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Weekday names, lower case, to JavaScript's day numbers (Sunday 0). */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** The month names and abbreviations, lower case: words that are never part of a person's name. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTH_NUMBERS);

/** The weekday names, lower case, Sunday first. */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAY_NUMBERS);

/** A month name as written, without its full stop, as a non-capturing regex source: "Feb", "February", "Sept". */
export const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** A month name with an optional full stop, as datelines spell it: "February", "Feb", "Feb.", "Sept.". */
export const MONTH_PATTERN = `${MONTH_NAME}\\.?`;

/** A weekday name as a datestamp writes it, full or abbreviated, as a non-capturing regex source: "Tue", "Tues", "Tuesday". */
export const WEEKDAY_NAME = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';

/** The weekday names capitalised, as a capturing regex source: "(Sunday|Monday|…)". */
export const WEEKDAY_GROUP = `(${WEEKDAY_NAMES.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;

/** The number of a month name or abbreviation ("Feb.", "September"), or undefined. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NUMBERS[key] ?? MONTH_NUMBERS[key.slice(0, 3)];
}
