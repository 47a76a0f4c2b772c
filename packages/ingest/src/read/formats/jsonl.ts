import { InputError, type Article } from '@wiregraph/core';
import { buildArticle, where } from '../build-article.js';
import { DEFAULT_MAX_STORY_BYTES } from '../options.js';
import type { ReadWarning } from '../summary.js';
import { normaliseIsoDate, parseFeedDate } from '../text/dates.js';

/** A JSON Lines record: the shape of fixtures/dev-corpus/articles.jsonl. */
export interface ArticleRecord {
  id?: string | number;
  date?: string;
  title?: string;
  text: string;
  url?: string;
  source?: string;
  language?: string;
}

export interface RecordOptions {
  /** Where the record came from: named in errors and kept in `origin`. Default "-". */
  file?: string;
  /** 1-based line of the record in its file. */
  line?: number;
  referenceDate?: Date;
  maxStoryBytes?: number;
  warn?: (w: ReadWarning) => void;
  /** The path under a watched folder: a record without an id takes its id from it and its line. */
  pathKey?: string;
}

function optionalString(record: Record<string, unknown>, field: string, file: string, line: number | undefined): string | undefined {
  const v = record[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    throw new InputError('invalid-record', `${where({ file, line })}: "${field}" must be a string`, file, line === undefined ? {} : { line });
  }
  return v;
}

/**
 * One record `{id, date, title, text, url?, source?}` as an Article. The id is kept exactly;
 * `date` is the published date (else a date the text states, else null; a `date` that is not
 * a date is an `invalid-date` error); the body is `text`
 * without its ` date` header, headline lines and dateline, every sentence verbatim.
 * Throws InputError (`invalid-record`, `invalid-date`, `empty`, `too-large`).
 */
export function articleFromRecord(record: unknown, options: RecordOptions = {}): Article {
  const file = options.file ?? '-';
  const line = options.line;
  const at = line === undefined ? {} : { line };
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError('invalid-record', `${where({ file, line })}: a record must be a JSON object`, file, at);
  }
  const r = record as Record<string, unknown>;
  const text = r.text ?? r.body;
  if (typeof text !== 'string') throw new InputError('invalid-record', `${where({ file, line })}: the record has no "text" string`, file, at);
  let id: string | undefined;
  if (typeof r.id === 'string' || typeof r.id === 'number') id = String(r.id);
  else if (r.id !== undefined && r.id !== null) throw new InputError('invalid-record', `${where({ file, line })}: "id" must be a string or number`, file, at);
  const date = optionalString(r, 'date', file, line) ?? optionalString(r, 'published', file, line);
  let published: string | undefined;
  if (date !== undefined) {
    published = normaliseIsoDate(date) ?? parseFeedDate(date);
    // A date that says something else than a date is bad data, not a missing date: never guessed.
    if (!published) {
      throw new InputError('invalid-date', `${where({ file, line })}: "date" ${JSON.stringify(date).slice(0, 80)} is not a date (YYYY-MM-DD, ISO 8601 or RFC 822)`, file, at);
    }
  }
  return buildArticle(
    {
      format: 'jsonl',
      text,
      id,
      published,
      title: optionalString(r, 'title', file, line),
      url: optionalString(r, 'url', file, line),
      source: optionalString(r, 'source', file, line),
      language: optionalString(r, 'language', file, line),
      headlines: true,
    },
    { file, line, referenceDate: options.referenceDate, maxStoryBytes: options.maxStoryBytes ?? DEFAULT_MAX_STORY_BYTES, warn: options.warn, pathKey: options.pathKey },
  );
}

/** Parses one JSON Lines line (already decoded) into an Article; throws InputError. */
export function articleFromJsonLine(lineText: string, options: RecordOptions): Article {
  let record: unknown;
  try {
    record = JSON.parse(lineText);
  } catch (err) {
    const file = options.file ?? '-';
    const msg = err instanceof Error ? err.message : String(err);
    const col = /position (\d+)/.exec(msg);
    const place: { line?: number; column?: number } = options.line === undefined ? {} : { line: options.line };
    if (col) place.column = Number(col[1]) + 1;
    throw new InputError('malformed-json', `${where({ file, line: options.line })}: not valid JSON: ${msg}`, file, place, { cause: err });
  }
  return articleFromRecord(record, options);
}
