/**
 * Date expressions in a sentence, resolved against the article date: weekdays are the most
 * recent such day on or before the article date, "last week" gives the month, explicit dates
 * are used as written, a month alone is the most recent such month. A bare year ("ties set up
 * in 1998", "talks in 2017") is background to the news in wire copy, not the time of the fact
 * its sentence reports: it dates nothing.
 */
import { MONTH_NAME, WEEKDAY_GROUP, WEEKDAY_NAME, WEEKDAY_NUMBERS, monthNumber } from '../../internal/calendar.js';


export interface DateMention {
  start: number;
  end: number;
  value: string;
  /** "a day earlier", "the next day": days from a base date the text set before (value is then ''). */
  rel?: number;
  /** "two days after his arrival": rel counts from the arrival, not from the last meeting. */
  fromArrival?: boolean;
  /** The first day of a range ("from Nov. 30 to Dec. 6"): when a stay began. */
  range?: boolean;
  /** The last day of that range (YYYY-MM-DD). */
  until?: string;
  /** A day something was planned for ("talks scheduled for Tuesday"): not when anything happened. */
  planned?: boolean;
  /** The day a statement was made ("the ministry said Thursday"): when the news was told, not when it happened. */
  told?: boolean;
  /** The copy's own time stamp ("Published: 12 Apr 2022, 09:17 AM", "a press release dated Nov. 17"): no event's date. */
  stamp?: boolean;
}

const MON = `(${MONTH_NAME})\\.?`;
const MONTH_WORD = new RegExp(MONTH_NAME);
const DIGIT = /\d/;
const YEAR_TAIL = '(?:,?\\s+(\\d{4})|\\s+(last|this|next)\\s+year)?';
// `need`: a lower-case word the text must contain for the pattern to be worth running; `digit`,
// `month`: the pattern matches only where the text has a digit, a month name (most sentences have neither).
const PATTERNS: { re: RegExp; kind: string; need?: string; digit?: true; month?: true }[] = [
  // "from Nov. 30 to Dec. 6", "from March 3 to 5": the first day.
  { re: new RegExp(`\\bfrom\\s+${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|until|through|-|–)\\s*(?:${MON}\\s+)?(\\d{1,2})\\b`, 'g'), kind: 'range', need: 'from', digit: true, month: true },
  // "from 12 to 14 January 2026": the first day.
  { re: new RegExp(`\\b(\\d{1,2})\\s*(?:-|–|to)\\s*(\\d{1,2})\\s+${MON}${YEAR_TAIL}`, 'g'), kind: 'dmyRange', digit: true, month: true },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON}${YEAR_TAIL}`, 'g'), kind: 'dmy', digit: true, month: true },
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${YEAR_TAIL}`, 'g'), kind: 'mdy', digit: true, month: true },
  { re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|of|[Ff]rom)\\s+(?:early\\s+|late\\s+|mid-)?${MON}(?:\\s+(\\d{4})|\\s+(last|this|next)\\s+year)?\\b`, 'g'), kind: 'my', month: true },
  { re: new RegExp(`\\b${MON}\\s+(\\d{4})\\b`, 'g'), kind: 'my2', digit: true, month: true },
  { re: /\b(?:last|this past)\s+(week|month|year)\b/gi, kind: 'last' },
  // "talks on 4th.", "met on the 21st,": a day of the article's month (or of the month before it).
  { re: /\bon\s+(?:the\s+)?(\d{1,2})\s?(?:st|nd|rd|th)\b(?=\s*[.,;])/g, kind: 'ordday', need: 'on', digit: true },
  { re: new RegExp(`\\b(?:[Ll]ast|[Tt]his past)\\s+${MON}(?!\\s+\\d)`, 'g'), kind: 'lastmon', month: true },
  { re: /\b(today|yesterday|tonight|this morning|this afternoon|this evening)\b/gi, kind: 'today' },
  { re: new RegExp(`\\b${WEEKDAY_GROUP}\\b`, 'g'), kind: 'weekday' },
  // "a day earlier", "two days later", "the next day", "the same day": relative to a date set before.
  { re: /\b(a|one|two|three|four)\s+days?\s+(earlier|later)\b|\bthe\s+(previous|next|following|same)\s+day\b|\bthe\s+day\s+(before|after)(?=\s*[,.;])|\b(?:later|earlier)\s+(?:in\s+the|that)\s+(day)\b/gi, kind: 'rel', need: 'day' },
  { re: /\b(a|one|two|three|four)\s+days?\s+after\s+(?:(?:his|her|their)\s+arrival|arriving)\b/gi, kind: 'relarr', need: 'arriv' },
  // "On the second day of his visit": the day after the arrival.
  { re: /\bthe\s+(second|third|fourth|fifth)\s+day\s+of\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:visit|trip|tour|stay)\b/gi, kind: 'relarr', need: 'day of' },
  // "signed … this year": as precise as the text is, the year (or month) of the article.
  { re: /\b(?:earlier\s+)?this\s+(week|month|year)\b/gi, kind: 'this' },
];

// "planned for Tuesday", "scheduled on March 3", "due on Monday".
const PLANNED_BEFORE = /\b(?:for|scheduled|planned|due|expected|set)\s+(?:on\s+|for\s+)?$/i;

// "the ministry said Thursday", "told reporters on Friday", "announced on Monday".
const TOLD_BEFORE = /\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|stated|reported)\s+(?:on\s+)?$/i;

/** A date the text gives for a statement about the news ("the ministry said Thursday"). */
export function isTold(text: string, start: number): boolean {
  return TOLD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

// "Published: …", "Last updated on …", "a press release dated …", "Posted …".
const STAMP_BEFORE = /\b(?:published|updated|posted|dated|filed)\s*(?:on\s*)?:?\s*$/i;
// What a stamp line holds besides its dates: clock times, zones, weekdays, an upper-case place, "Updated".
const STAMP_TERMS = new RegExp(`\\b(?:${MONTH_NAME}|${WEEKDAY_NAME}|a\\.?m|p\\.?m|hrs|published|updated|posted|last|on)\\b`, 'gi');
const UPPER_WORDS = /\b[A-Z]{2,}\b/g;
const STAMP_MARKS = /[\d\s:.,|/()–-]+/g;

/** A date the copy gives as its own time stamp: after "Published", "dated", or on a line of nothing but stamps. */
export function isStamp(text: string, start: number): boolean {
  return STAMP_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || (text.length < 120 && text.replace(STAMP_TERMS, '').replace(UPPER_WORDS, '').replace(STAMP_MARKS, '') === '');
}

/** "since 2023", "by 2030", "until May": a bound, not the time of an event. */
export function isBound(text: string, start: number, match: string): boolean {
  return /^(since|by|until)\b/i.test(match) || /\b(since|by|until)\s+$/i.test(text.slice(Math.max(0, start - 7), start));
}

// "will be visiting India on Dec 27", "is due to arrive on 3 May": a sentence about what is to come.
const FUTURE = /\b(?:will|shall|to\s+be\s+held|is\s+due|are\s+due|is\s+set|are\s+set|is\s+scheduled|are\s+scheduled|is\s+expected|are\s+expected)\b/i;
const MONTH_MS = 31 * 86_400_000;

/** A day without a year that, in a sentence about what is to come, lies within a month after the article date. */
function upcomingDay(value: string, text: string, ref: Date): string | undefined {
  if (!FUTURE.test(text)) return undefined;
  const ahead = `${ref.getUTCFullYear()}${value.slice(4)}`;
  if (ahead.length === 7) return ahead > ymd(ref).slice(0, 7) && Date.parse(`${ahead}-01T00:00:00Z`) - ref.getTime() <= 4 * MONTH_MS ? ahead : undefined;
  const after = Date.parse(`${ahead}T00:00:00Z`) - ref.getTime();
  return after > 0 && after <= MONTH_MS ? ahead : undefined;
}

/** A date the text gives for a plan ("talks planned for Tuesday"). */
export function isPlanned(text: string, start: number): boolean {
  return PLANNED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The last day of a range that starts on `first`: in its month, or in the next month or year it runs into. */
function lastDay(first: string, month: number, day: number): string | undefined {
  if (day < 1 || day > 31) return undefined;
  let year = Number(first.slice(0, 4));
  if (month < Number(first.slice(5, 7))) year++;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function yearFor(month: number, day: number | undefined, explicit: string | undefined, rel: string | undefined, ref: Date): number {
  const y = ref.getUTCFullYear();
  if (explicit) return Number(explicit);
  if (rel === 'last') return y - 1;
  if (rel === 'next') return y + 1;
  if (rel === 'this') return y;
  // Without a year, wire copy means the most recent such date (past events are what we extract).
  const refMonth = ref.getUTCMonth() + 1;
  if (month > refMonth || (month === refMonth && day !== undefined && day > ref.getUTCDate())) return y - 1;
  return y;
}

/** A full date ("3 March", "March 3, 2025", and the first day of a range) and the last day of a range. */
function dayDate(kind: string, m: RegExpExecArray, ref: Date): { value?: string; until?: string } {
  switch (kind) {
    case 'dmy': {
      const day = Number(m[1]);
      const month = monthNumber(m[2]!)!;
      if (day < 1 || day > 31) return {};
      return { value: `${yearFor(month, day, m[3], m[4], ref)}-${pad(month)}-${pad(day)}` };
    }
    case 'mdy': {
      const month = monthNumber(m[1]!)!;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return {};
      // "May 2025" is a month, not the 20th: the dmy/my2 forms catch it; a 4-digit number here is a year.
      return { value: `${yearFor(month, day, m[3], m[4], ref)}-${pad(month)}-${pad(day)}` };
    }
    case 'range': {
      const month = monthNumber(m[1]!)!;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return {};
      const value = `${yearFor(month, day, undefined, undefined, ref)}-${pad(month)}-${pad(day)}`;
      return { value, until: lastDay(value, m[3] ? monthNumber(m[3])! : month, Number(m[4])) };
    }
    default: {
      // dmyRange
      const day = Number(m[1]);
      const month = monthNumber(m[3]!)!;
      if (day < 1 || day > 31) return {};
      const value = `${yearFor(month, day, m[4], m[5], ref)}-${pad(month)}-${pad(day)}`;
      return { value, until: lastDay(value, month, Number(m[2])) };
    }
  }
}

/** A month ("in March", "March 2025", "last November"); "May" as a modal verb is none. */
function monthDate(kind: string, m: RegExpExecArray, text: string, s: number, e: number, ref: Date): string | undefined {
  const month = monthNumber(m[1]!)!;
  if (kind === 'lastmon') {
    // "last November": the most recent November before the article's month.
    const refMonth = ref.getUTCMonth() + 1;
    return `${month >= refMonth ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear()}-${pad(month)}`;
  }
  if (m[1] === 'May' && kind === 'my' && !m[2] && !m[3] && /\bmay\s+\w+/i.test(text.slice(s + m[0].length - 3, e + 6)) && /\s(?:be|have|not|also)\b/.test(text.slice(e, e + 6))) return undefined;
  return `${yearFor(month, undefined, m[2], m[3], ref)}-${pad(month)}`;
}

/** A date named relative to the article's: "last week", "yesterday", "on Tuesday", "this year". */
function articleRelativeDate(kind: string, m: RegExpExecArray, ref: Date): string {
  const d = new Date(ref);
  switch (kind) {
    case 'last': {
      const unit = m[1]!.toLowerCase();
      if (unit === 'year') return String(ref.getUTCFullYear() - 1);
      if (unit === 'week') d.setUTCDate(d.getUTCDate() - 7);
      if (unit === 'month') d.setUTCMonth(d.getUTCMonth() - 1, 1);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    case 'ordday': {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return '';
      // A day after the article's is in the month before it.
      if (day > ref.getUTCDate()) d.setUTCMonth(d.getUTCMonth() - 1, 1);
      const month = d.getUTCMonth();
      d.setUTCDate(day);
      return d.getUTCMonth() === month ? ymd(d) : '';
    }
    case 'today':
      if (m[1]!.toLowerCase() === 'yesterday') d.setUTCDate(d.getUTCDate() - 1);
      return ymd(d);
    case 'weekday': {
      const wd = WEEKDAY_NUMBERS[m[1]!.toLowerCase()]!;
      d.setUTCDate(d.getUTCDate() - ((ref.getUTCDay() - wd + 7) % 7));
      return ymd(d);
    }
    default:
      // this
      return m[1]!.toLowerCase() === 'year' ? String(ref.getUTCFullYear()) : `${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}`;
  }
}

const SMALL_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const ORDINAL_DAYS_AFTER: Record<string, number> = { ...SMALL_NUMBERS, second: 1, third: 2, fourth: 3, fifth: 4 };

/** "a day earlier", "two days later", "the next day", "the same day": days from a date the text set before. */
function relativeDays(m: RegExpExecArray): number {
  const n = SMALL_NUMBERS[(m[1] ?? '').toLowerCase()] ?? 1;
  const dir = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
  return dir === 'same' || dir === 'day' ? 0 : /^(earlier|previous|before)$/.test(dir) ? -n : n;
}

/** The date a calendar expression names (and the last day of a range). */
function calendarDate(kind: string, m: RegExpExecArray, text: string, s: number, e: number, ref: Date): { value?: string; until?: string } {
  if (/^(dmy|mdy|range|dmyRange)$/.test(kind)) return dayDate(kind, m, ref);
  if (/^(my|my2|lastmon)$/.test(kind)) return { value: monthDate(kind, m, text, s, e, ref) };
  return { value: articleRelativeDate(kind, m, ref) };
}

/** Every date expression of a text (offsets relative to it), resolved against the article date `ref` (YYYY-MM-DD). */
export function findDates(text: string, refDate: string): DateMention[] {
  const ref = new Date(`${refDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  let lower: string | undefined;
  let hasDigit: boolean | undefined;
  let hasMonth: boolean | undefined;
  for (const { re, kind, need, digit, month } of PATTERNS) {
    if (need && !(lower ??= text.toLowerCase()).includes(need)) continue;
    if ((digit && !(hasDigit ??= DIGIT.test(text))) || (month && !(hasMonth ??= MONTH_WORD.test(text)))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      if (kind === 'rel' || kind === 'relarr') {
        out.push(kind === 'rel' ? { start: s, end: e, value: '', rel: relativeDays(m) } : { start: s, end: e, value: '', rel: ORDINAL_DAYS_AFTER[m[1]!.toLowerCase()] ?? 1, fromArrival: true });
        taken.push([s, e]);
        continue;
      }
      const { value: named, until } = calendarDate(kind, m, text, s, e, ref);
      // "since 2023", "by 2030", "until May": a bound, not the time of an event.
      const value = isBound(text, s, m[0]) ? undefined : named;
      const upcoming = (kind === 'dmy' || kind === 'mdy' || kind === 'my') && !m[3] && !m[4] && named ? upcomingDay(named, text, ref) : undefined;
      const planned = isPlanned(text, s) || !!upcoming;
      const told = kind === 'weekday' || kind === 'today' ? isTold(text, s) : false;
      const stamp = isStamp(text, s);
      if (value) {
        out.push({ start: s, end: e, value: upcoming ?? value, ...(planned ? { planned } : {}), ...(told ? { told } : {}), ...(stamp ? { stamp } : {}), ...(kind === 'range' || kind === 'dmyRange' ? { range: true, ...(until ? { until } : {}) } : {}) });
        taken.push([s, e]);
      }
    }
  }
  return restatedDays(text, out.sort((a, b) => a.start - b.start));
}

// "Today, 5 May 2024, …", "met this evening (September 19th)": the day restated right after.
const RESTATING = /^\s*[,(–-]\s*$/;
const DAY_WORD = /^(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening))$/i;

/** Drops a relative day the text restates at once as a calendar date: the copy may run a day after its "today". */
function restatedDays(text: string, dates: DateMention[]): DateMention[] {
  return dates.filter((d, i) => {
    const next = dates[i + 1];
    if (!next || !DAY_WORD.test(text.slice(d.start, d.end))) return true;
    return !(/^\d{4}-\d{2}-\d{2}$/.test(next.value) && DIGIT.test(text.slice(next.start, next.end)) && RESTATING.test(text.slice(d.end, next.start)));
  });
}

/** The lead: the sentences where a story states the day of its news. */
const LEAD_SENTENCES = 3;
// "concluding his two-day visit", "wraps up a State visit", "will end his six-day working visit".
const VISIT_ENDS = /\b(?:conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up|wound\s+up|end(?:s|ed|ing)?)\s+(?:his|her|their|its|a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:visit|trip|tour)\b/i;
/** A bulleted highlight: press releases list their points above the story's lead. */
const HIGHLIGHT = /^\s*[●•▪■◆►*]/;
/** Wire copy runs within days of its news; a date further back in the lead is another event's. */
const NEWS_DAY_WINDOW = 3;

/**
 * The day a story's news happened: the latest full date the first dated sentence of its lead
 * states ("arrived on Monday … held talks on Tuesday", "said in Paris Wednesday"), within a few
 * days before the article date. Copy that runs the morning after, or in another time zone, dates
 * its news the day before; earlier dates in the lead sentence are what led up to the news. A lead
 * that reports the end of a visit ("left on Tuesday, concluding his two-day visit") gives only
 * the month: the talks of the visit were held on days the text does not fix.
 */
export function newsDayOf(dates: readonly (readonly DateMention[])[], articleDate: string, texts: readonly string[] = []): string | undefined {
  const published = Date.parse(`${articleDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(published)) return undefined;
  // (A line that only stamps the copy's own time, or a bulleted highlight above the story, is no sentence of the lead.)
  const lead = dates.map((ds, i) => i).filter((i) => (!dates[i]!.length || !dates[i]!.every((d) => d.stamp)) && !HIGHLIGHT.test(texts[i] ?? '')).slice(0, LEAD_SENTENCES);
  // A lead that states a stay running through the article date reports from within it.
  const day = articleDate.slice(0, 10);
  if (lead.some((i) => dates[i]!.some((d) => d.until && d.value <= day && day <= d.until))) return undefined;
  for (const i of lead) {
    const latest = latestNewsDay(dates[i]!, published);
    if (latest) return VISIT_ENDS.test(texts[i] ?? '') ? latest.slice(0, 7) : latest;
  }
  return undefined;
}

/** The latest full date of a lead sentence within the window before the article date, told days last. */
function latestNewsDay(ds: readonly DateMention[], published: number): string | undefined {
  const days = ds.filter((d) => {
    if (d.planned || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return false;
    const before = (published - Date.parse(`${d.value}T00:00:00Z`)) / 86_400_000;
    return before >= 0 && before <= NEWS_DAY_WINDOW;
  });
  // ("held talks on Wednesday, the ministry said Thursday": the talks are the news.)
  const events = days.some((d) => !d.told) ? days.filter((d) => !d.told) : days;
  return events.reduce<string | undefined>((a, d) => (!a || d.value > a ? d.value : a), undefined);
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The date undated follow-ups carry: the meeting rule's first meeting day when it lies on the news
 * day or within a week after it ("arrived on Monday … met on Tuesday"), else the news day (a
 * meeting dated before the news day led up to it: "held talks today … Yesterday, he met …");
 * without a news day, the meeting day (a day, or a month or year the article's date lies in) or
 * the article date (a fact reported as current news has the article's date), and nothing when
 * the story has no date at all.
 */
export function followUpDay(meetingDay: string | undefined, newsDay: string | undefined, articleDate: string): string | undefined {
  if (!newsDay) {
    // ("have held talks … visited Beijing last month": a month or year before the article's is background.)
    const background = !!meetingDay && meetingDay.length < 10 && !articleDate.startsWith(meetingDay);
    return (background ? undefined : meetingDay) ?? (articleDate || undefined);
  }
  const after = !!meetingDay && /^\d{4}-\d{2}-\d{2}$/.test(meetingDay) ? Date.parse(meetingDay) - Date.parse(newsDay) : -1;
  return after >= 0 && after <= WEEK_MS ? meetingDay : newsDay;
}
