// The stages before any rule: text preparation (header, dateline), tokens and sentences
// (wink-nlp), mentions, and dates. Each story is prepared once; the rules only read the result.
import type { Article } from '@wiregraph/core';
import { parse, type Parsed } from './nlp.js';
import { lexicons, type Lexicons } from './lexicons.js';
import { findMentions, type StoryMentions } from './mentions.js';
import { findDates, type DateMention } from './dates.js';
import { readPreamble, type Preamble } from './text-prep.js';
import { countryInText } from './gazetteer.js';

const NO_DATES: never[] = [];

export interface PreparedStory {
  preamble: Preamble;
  /** Where the body (what was parsed) starts in the article's text. */
  offset: number;
  parsed: Parsed;
  lex: Lexicons;
  m: StoryMentions;
  /** YYYY-MM-DD, or '' when neither metadata nor header gives one. */
  articleDate: string;
  /** Dates per sentence with a value of their own. */
  dates: DateMention[][];
  /** Relative day phrases per sentence ("a day earlier"). */
  relDates: DateMention[][];
  /** The dateline as the text or the article's metadata gives it. */
  dateline: Preamble['dateline'] | Article['dateline'];
  datelineCountry: string | undefined;
}

/** The article's own date (YYYY-MM-DD) from its metadata or its ` date` header. */
function articleDateOf(article: Article, headerDate: string | undefined): string {
  const d = /^\d{4}-\d{2}-\d{2}/.exec(article.published ?? '')?.[0];
  return d ?? headerDate ?? '';
}

/** The country of a dateline: its ISO code, its place, or the country named beside it. */
function datelineCountryOf(dl: PreparedStory['dateline']): string | undefined {
  if (!dl) return undefined;
  return ('country' in dl && dl.country && /^[A-Z]{3}$/.test(dl.country) ? dl.country : undefined) ?? countryInText(dl.place) ?? (('countryName' in dl && dl.countryName) ? countryInText(dl.countryName) : undefined);
}

/** Runs text preparation, wink-nlp, the mention finders and the date finder over one article. */
export function prepareStory(article: Article): PreparedStory {
  const full = article.body ?? '';
  const preamble = readPreamble(full);
  const offset = preamble.bodyStart;
  const parsed = parse(full.slice(offset));
  const lex = lexicons();
  const m = findMentions(parsed);
  const articleDate = articleDateOf(article, preamble.headerDate);
  const allDates = parsed.sentences.map((s) => (articleDate ? findDates(s.text, articleDate).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })) : []));
  // Relative days ("a day earlier") have no value of their own: only the cue-date rule resolves them.
  const dates = allDates.map((ds) => (ds.some((d) => d.rel !== undefined) ? ds.filter((d) => d.rel === undefined) : ds));
  const relDates = allDates.map((ds) => (ds.some((d) => d.rel !== undefined) ? ds.filter((d) => d.rel !== undefined) : NO_DATES));
  const dateline = preamble.dateline ?? article.dateline;
  return { preamble, offset, parsed, lex, m, articleDate, dates, relDates, dateline, datelineCountry: datelineCountryOf(dateline) };
}
