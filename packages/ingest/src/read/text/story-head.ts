import type { Dateline } from '@wiregraph/core';
import { parseDateline } from './dateline.js';
import { dateNear, isoDate, normaliseIsoDate } from './dates.js';
import { datelineDateFromText } from './stated-dates.js';

/** What the start of a story's text says about it, and where the story itself begins. */
export interface StoryHead {
  /** From a ` date YYYY-MM-DD` header line. */
  headerDate?: string;
  /** From the dateline: its month and day, with the year from the reference date if one was given, else from a full date the text states. */
  datelineDate?: string;
  /** Whether the dateline names a day ("May 30"): the story's date then is that day or unknown. */
  datelineHasDay?: boolean;
  dateline?: Dateline;
  /** A leading headline line (no sentence punctuation), when the text starts with one. */
  title?: string;
  /** The story text without header, headline lines and dateline; sentences untouched. */
  body: string;
}

const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=[ \t\r\n]|$)[ \t]*(?:\r?\n)?/i;
// Lines that end like a sentence, a quote or a list item are story text, never a headline.
// A closing bracket ends a sentence only after punctuation: "(12-14 January 2026)" ends a headline.
const SENTENCE_END = /(?:[.!?:;,"”'’]|[.!?]["”'’]?[)\]])$/;
const MAX_HEADLINE_LINES = 2;
// A timestamp, a headline and a photo caption can all stand before a dateline: lines past the
// headline ones are skipped only when a dateline follows them.
const MAX_LINES_BEFORE_DATELINE = 3;

function isHeadlineLine(paragraph: string, rest: string): boolean {
  if (!rest.trim()) return false;
  if (paragraph.includes('\n')) return false;
  const line = paragraph.trim();
  if (!line || line.length > 200 || SENTENCE_END.test(line)) return false;
  return line.split(/\s+/).length <= 30;
}

/**
 * Splits off the header line, up to two headline lines and the dateline. Only characters
 * before the first sentence are removed, so every sentence stays a verbatim substring of
 * both the original text and the body.
 */
export function parseStoryHead(text: string, reference: Date | undefined, options: { headlines?: boolean } = {}): StoryHead {
  const head: StoryHead = { body: '' };
  let rest = text.replace(/^\uFEFF/, '');
  const header = HEADER.exec(rest);
  if (header) {
    const date = normaliseIsoDate(header[1]!);
    if (date) head.headerDate = date;
    rest = rest.slice(header[0].length);
  }
  rest = rest.trimStart();
  // The dateline may sit right after the header; headline lines come before it otherwise.
  let dl = parseDateline(rest);
  let headlinesEnd = rest;
  for (let i = 0; !dl && options.headlines !== false && i < MAX_LINES_BEFORE_DATELINE; i++) {
    const cut = rest.search(/\r?\n[ \t]*\r?\n/);
    if (cut < 0) break;
    const paragraph = rest.slice(0, cut);
    const after = rest.slice(cut).replace(/^\s+/, '');
    if (!isHeadlineLine(paragraph, after) || parseDateline(paragraph)) break;
    if (i === 0) head.title = paragraph.trim();
    rest = after;
    if (i < MAX_HEADLINE_LINES) headlinesEnd = rest;
    dl = parseDateline(rest);
  }
  if (!dl) rest = headlinesEnd;
  if (dl) {
    head.dateline = dl.dateline;
    rest = rest.slice(dl.length);
    if (dl.month && dl.day) head.datelineHasDay = true;
    if (dl.month && dl.day && dl.year) head.datelineDate = isoDate(dl.year, dl.month, dl.day);
    else if (dl.month && dl.day) head.datelineDate = reference ? dateNear(dl.month, dl.day, reference) : datelineDateFromText(dl.month, dl.day, rest);
  }
  head.body = rest.trimEnd();
  return head;
}
