import type { Article } from '@wiregraph/core';
import { buildArticle } from '../build-article.js';
import { DEFAULT_MAX_STORY_BYTES } from '../options.js';
import type { ReadWarning } from '../summary.js';

export interface ParseTextOptions {
  /** Where the text came from (a path or `-`): named in errors and kept in `origin`. */
  file: string;
  /** The agency or outlet, when the caller knows it; else the dateline's agency, else "unknown". */
  source?: string;
  /** Gives a dateline's month and day their year. Default: none (the year must be stated in the text). */
  referenceDate?: Date;
  maxStoryBytes?: number;
  warn?: (w: ReadWarning) => void;
  /** The path under a watched folder: the id comes from it (see ReadOptions.idRoot). */
  pathKey?: string;
}

/**
 * One plain-text story: an optional ` date YYYY-MM-DD` header, optional headline lines, an
 * optional dateline, then the story. Line endings are normalised; sentences are kept verbatim.
 * Throws InputError (`empty`, `too-large`).
 */
export function parseArticleText(text: string, options: ParseTextOptions): Article {
  return buildArticle(
    { format: 'text', text: text.replace(/\r\n?/g, '\n'), source: options.source, headlines: true },
    {
      file: options.file,
      referenceDate: options.referenceDate,
      maxStoryBytes: options.maxStoryBytes ?? DEFAULT_MAX_STORY_BYTES,
      warn: options.warn,
      pathKey: options.pathKey,
    },
  );
}
