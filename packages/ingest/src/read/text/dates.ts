/** Dates as wire formats write them, turned into the ISO forms an Article carries. */

import { monthNumber } from '../../internal/calendar.js';

export { MONTH_PATTERN, monthNumber } from '../../internal/calendar.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(y: number, m: number, d: number): string | undefined {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO date or date-time as given (the wire's own offset is kept, so the local date a
 * story was filed on stays its date), or undefined if the value is not one. Accepts the
 * ISO basic form NITF uses (`20260201T093000+0900`).
 */
export function normaliseIsoDate(value: string): string | undefined {
  const v = value.trim();
  const m = ISO.exec(v) ?? ISO_BASIC.exec(v);
  if (!m) return undefined;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return undefined;
  if (m[4] === undefined) return date;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  if (hh > 23 || mm > 59 || ss > 60) return undefined;
  let zone = m[7] ?? '';
  if (zone && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${pad(hh)}:${pad(mm)}:${pad(ss)}${zone}`;
}

const RFC822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,5})?)?$/;
const ZONES: Record<string, string> = { UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };

/** RSS `pubDate` (RFC 822/1123: "Sun, 01 Feb 2026 09:30:00 +0900") as ISO, keeping its offset. */
export function parseRfc822Date(value: string): string | undefined {
  const m = RFC822.exec(value.trim());
  if (!m) return undefined;
  const month = monthNumber(m[2]!);
  if (!month) return undefined;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const date = isoDate(year, month, Number(m[1]));
  if (!date) return undefined;
  if (m[4] === undefined) return date;
  const raw = m[7] ?? 'Z';
  const zone = /^[+-]\d{4}$/.test(raw) ? (raw === '+0000' ? 'Z' : `${raw.slice(0, 3)}:${raw.slice(3)}`) : (ZONES[raw] ?? 'Z');
  return `${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

/** Any date a feed may carry: ISO first, then RFC 822, else undefined. */
export function parseFeedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return normaliseIsoDate(value) ?? parseRfc822Date(value);
}

/**
 * A month and day without a year ("February 1" in a dateline) placed in the latest year that
 * does not put it after the reference date (the file's time, or now): a story is written
 * after the day it reports, so "March 3" read in November is this year's, and a "Dec 30"
 * story read on Jan 2 lands in the old year. Two days of slack cover time zones.
 */
export function dateNear(month: number, day: number, reference: Date): string | undefined {
  const refYear = reference.getUTCFullYear();
  const latest = reference.getTime() + 2 * 86_400_000;
  for (const year of [refYear + 1, refYear, refYear - 1]) {
    const date = isoDate(year, month, day);
    if (date && Date.parse(date) <= latest) return date;
  }
  return undefined;
}
