/** The formats a story can arrive in. */
export const ARTICLE_FORMATS = ['text', 'jsonl', 'rss', 'atom', 'newsml', 'nitf'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

export interface Dateline {
  /** The place as written ("Tokyo", "NEW DELHI"). */
  place: string;
  /** ISO 3166-1 alpha-3 of the place, where known. */
  country?: string;
  /** The agency tag ("ANI", "Reuters"), where the dateline carries one. */
  agency?: string;
}

/** One wire story, whatever format it came in. */
export interface Article {
  /** The wire's own identifier, kept exactly, or a hash of source and normalised body. */
  id: string;
  source: string;
  url?: string;
  title?: string;
  /** ISO date or date-time; null when the story states no date (never guessed from the clock). */
  published: string | null;
  dateline?: Dateline;
  /** The story text: paragraphs separated by a blank line, dateline and header removed. */
  body: string;
  language?: string;
  format: ArticleFormat;
  /** Where it was read from: a path (or `-`) and, inside a file, the item index or line. */
  origin?: { file: string; item?: number; line?: number };
}
