/**
 * Why an input or an item in it was not read. Each is also the `code` of the InputError
 * that carries the message, so logs, the summary and exceptions use one vocabulary.
 */
export const SKIP_REASONS = [
  'not-found', // a path or glob that names nothing
  'unreadable', // the file system refused (permissions, a vanished file)
  'unsupported-format', // not one of the supported formats
  'binary', // bytes that are not text
  'invalid-encoding', // invalid UTF-8 (or UTF-16) bytes
  'too-large', // a story or file above the size limit
  'empty', // no story text
  'malformed-xml', // XML that does not parse (with line and column)
  'unsafe-xml', // XML that declares entities (XXE, entity expansion): never expanded
  'malformed-json', // a JSON Lines line that does not parse
  'invalid-record', // JSON or XML that parses but lacks what a story needs
  'invalid-date', // a date field that is not a date (never guessed)
  'symlink-loop', // a directory reached again through a symbolic link
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const SUPPORTED_FORMATS_TEXT =
  'plain text (.txt), JSON Lines (.jsonl, .ndjson), RSS 2.0 (.rss, .xml), Atom (.atom, .xml), NewsML-G2 (.xml, .newsml), NITF 3.x (.nitf, .xml)';
