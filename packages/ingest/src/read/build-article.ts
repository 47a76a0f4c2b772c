import { InputError, type Article, type ArticleFormat, type Dateline } from '@wiregraph/core';
import { hashedArticleId, pathArticleId } from './article-id.js';
import { parseStoryHead } from './text/story-head.js';
import { leadDate } from './text/stated-dates.js';
import type { ReadWarning } from './summary.js';

/** What a format reader found for one story, before the text-level rules run. */
export interface StoryDraft {
  format: ArticleFormat;
  /** The story text (paragraphs separated by a blank line), possibly with header and dateline. */
  text: string;
  id?: string;
  source?: string;
  url?: string;
  title?: string;
  /** An ISO date or date-time from the format's own date field. */
  published?: string;
  dateline?: Dateline;
  language?: string;
  /** Whether leading headline lines may be split off (stories that arrive as bare text). */
  headlines?: boolean;
}

/** Where a story sits, and the run settings the rules need. */
export interface StoryContext {
  file: string;
  item?: number;
  line?: number;
  /** The user's reference date (`--reference-date`): gives a dateline's month and day their year. Never the clock. */
  referenceDate?: Date;
  maxStoryBytes: number;
  warn?: (w: ReadWarning) => void;
  /** The file's path under a watched folder: stories without a wire id take their id from it. */
  pathKey?: string;
}

function place(ctx: StoryContext): { item?: number; line?: number } {
  const p: { item?: number; line?: number } = {};
  if (ctx.item !== undefined) p.item = ctx.item;
  if (ctx.line !== undefined) p.line = ctx.line;
  return p;
}

export function where(ctx: { file: string; item?: number; line?: number }): string {
  return ctx.line !== undefined ? `${ctx.file}:${ctx.line}` : ctx.item !== undefined ? `${ctx.file} item ${ctx.item}` : ctx.file;
}

/**
 * Applies the rules every format shares: the header/dateline split, the published-date
 * fallbacks (format date, header date, dateline date with a year the reference date or the
 * text gives, a full date in the opening paragraph, else null — never the clock or the file's
 * time), the size and emptiness checks, and the id (wire id, else — in a watched folder — one
 * from the file's path, else a hash of source and body).
 */
export function buildArticle(draft: StoryDraft, ctx: StoryContext): Article {
  const bytes = Buffer.byteLength(draft.text, 'utf8');
  if (bytes > ctx.maxStoryBytes) {
    throw new InputError('too-large', `${where(ctx)}: story of ${bytes} bytes is above the limit of ${ctx.maxStoryBytes} bytes`, ctx.file, place(ctx));
  }
  const head = parseStoryHead(draft.text, ctx.referenceDate, { headlines: draft.headlines ?? false });
  if (!head.body.trim()) throw new InputError('empty', `${where(ctx)}: the story has no text`, ctx.file, place(ctx));

  // A dateline that names a day whose year is unknown leaves the story undated: another date in its lead is another day.
  const stated = head.datelineHasDay ? undefined : leadDate(draft.title ?? head.title, head.body);
  const published = draft.published ?? head.headerDate ?? head.datelineDate ?? stated ?? null;
  if (published === null) {
    ctx.warn?.({ file: ctx.file, ...place(ctx), code: 'no-date', message: `${where(ctx)}: the story states no date; published is null` });
  }
  let dateline = draft.dateline;
  if (head.dateline) {
    // The format's own dateline fields win; the text fills what they lack (the agency, often).
    dateline = dateline ? { ...head.dateline, ...dateline } : head.dateline;
    if (draft.dateline && !draft.dateline.country && head.dateline.country) dateline.country = head.dateline.country;
    if (draft.dateline && !draft.dateline.agency && head.dateline.agency) dateline.agency = head.dateline.agency;
  }
  const source = draft.source?.trim() || dateline?.agency || 'unknown';
  const id =
    draft.id !== undefined && draft.id !== ''
      ? draft.id
      : ctx.pathKey !== undefined
        ? pathArticleId(ctx.pathKey, ctx.item ?? ctx.line)
        : hashedArticleId(source, head.body);

  const article: Article = { id, source, published, body: head.body, format: draft.format, origin: { file: ctx.file, ...place(ctx) } };
  if (draft.url) article.url = draft.url;
  const title = draft.title ?? head.title;
  if (title) article.title = title;
  if (dateline) article.dateline = dateline;
  if (draft.language) article.language = draft.language;
  return orderKeys(article);
}

// Stable key order in JSON output: id, source, url, title, published, dateline, body, language, format, origin.
function orderKeys(a: Article): Article {
  const out: Article = { id: a.id, source: a.source } as Article;
  if (a.url !== undefined) out.url = a.url;
  if (a.title !== undefined) out.title = a.title;
  out.published = a.published;
  if (a.dateline !== undefined) out.dateline = a.dateline;
  out.body = a.body;
  if (a.language !== undefined) out.language = a.language;
  out.format = a.format;
  if (a.origin !== undefined) out.origin = a.origin;
  return out;
}
