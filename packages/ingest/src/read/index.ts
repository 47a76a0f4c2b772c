// Public surface of the readers: wire stories in every supported format into core's Article.
export { readArticles, readStories, type ReadRun } from './read-articles.js';
export { articleFromRecord, articleFromJsonLine, type ArticleRecord, type RecordOptions } from './formats/jsonl.js';
export { parseArticleText, type ParseTextOptions } from './formats/text.js';
export { parseDateline, type ParsedDateline } from './text/dateline.js';
export { parseStoryHead, type StoryHead } from './text/story-head.js';
export { hashedArticleId, normaliseBody } from './article-id.js';
export { SKIP_REASONS, SUPPORTED_FORMATS_TEXT, type SkipReason } from './skip-reasons.js';
export type { RunSummary, SkippedItem, DuplicateItem, ReadWarning } from './summary.js';
export { DEFAULT_MAX_STORY_BYTES, DEFAULT_MAX_XML_FILE_BYTES, type ReadOptions } from './options.js';
