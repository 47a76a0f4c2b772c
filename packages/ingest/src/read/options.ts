import type { Logger } from '@wiregraph/core';

/** 2 MiB: far above any wire story (the dev corpus tops out near 3 kB) yet small enough to hold. */
export const DEFAULT_MAX_STORY_BYTES = 2 * 1024 * 1024;
/** XML documents are parsed whole, so a feed or package file is capped (64 MiB). */
export const DEFAULT_MAX_XML_FILE_BYTES = 64 * 1024 * 1024;
/** Skipped items and duplicates listed one by one in a summary; beyond this they are only counted. */
export const DEFAULT_MAX_LISTED = 1000;

export interface ReadOptions {
  /** Structured logs (one warning per skipped item). Default: silent. */
  logger?: Logger;
  /** Largest story text accepted, in UTF-8 bytes. Default {@link DEFAULT_MAX_STORY_BYTES}. */
  maxStoryBytes?: number;
  /** Largest XML file accepted, in bytes. Default {@link DEFAULT_MAX_XML_FILE_BYTES}. */
  maxXmlFileBytes?: number;
  /** Read each story once per run (by id and by normalised body). Default true. */
  dedupe?: boolean;
  /**
   * The date that gives a dateline ("February 1") its year. Default: none — the year comes from
   * a full date the story states, and a story that states no date has published null (never
   * the clock or the file's time, which would put an archive backfill in the current week).
   */
  referenceDate?: Date;
  /** Where `-` reads from. Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** How many skipped items and duplicates the summary lists in full. Default {@link DEFAULT_MAX_LISTED}. */
  maxListed?: number;
  /** Follow symbolic links inside input folders (default false: passed over with a warning, as `watch` does). */
  followSymlinks?: boolean;
  /**
   * A folder whose files keep their stories' ids across corrections (a watched folder): a story
   * without a wire id gets an id from its path under this folder (and its line or item), not
   * from a hash of its text, so a corrected file replaces its own claims.
   */
  idRoot?: string;
}

export interface ResolvedReadOptions {
  logger: Logger;
  maxStoryBytes: number;
  maxXmlFileBytes: number;
  dedupe: boolean;
  referenceDate?: Date;
  stdin: NodeJS.ReadableStream;
  maxListed: number;
  followSymlinks: boolean;
  idRoot?: string;
}
