import { extname } from 'node:path';
import { InputError } from '@wiregraph/core';
import { SUPPORTED_FORMATS_TEXT } from '../skip-reasons.js';

/** How a file is read: one text story, JSON Lines streamed, a JSON array, or an XML document. */
export type ReaderKind = 'text' | 'jsonl' | 'json' | 'xml';

const BY_EXTENSION: Record<string, ReaderKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.jsonlines': 'jsonl',
  '.json': 'json',
  '.rss': 'xml',
  '.atom': 'xml',
  '.xml': 'xml',
  '.nitf': 'xml',
  '.newsml': 'xml',
  '.g2': 'xml',
};

/**
 * The reader for a file: from its extension, else from its first characters (`<` XML, `{`
 * JSON Lines). Text with no extension (or on standard input) is a plain story; any other
 * extension (.csv, .md, .html…) is refused with the supported list. A `.json` file holds one
 * record, an array of records, or records one a line.
 */
export function detectReader(name: string, headText: string): ReaderKind {
  const ext = name === '-' ? '' : extname(name).toLowerCase();
  const byExt = BY_EXTENSION[ext];
  if (byExt) return byExt;
  const start = headText.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'xml';
  if (start.startsWith('{')) return 'jsonl';
  if (ext === '') return 'text';
  throw new InputError('unsupported-format', `${name}: not a supported format (${ext || 'no extension'}); supported formats: ${SUPPORTED_FORMATS_TEXT}`, name);
}

/** The kind of XML document, from its root element. */
export type XmlKind = 'rss' | 'atom' | 'newsml' | 'nitf';

export function xmlKindOfRoot(root: string | undefined, name: string): XmlKind {
  switch (root) {
    case 'rss':
    case 'RDF':
      return 'rss';
    case 'feed':
      return 'atom';
    case 'newsItem':
    case 'newsMessage':
      return 'newsml';
    case 'nitf':
      return 'nitf';
    default:
      throw new InputError(
        'unsupported-format',
        `${name}: XML with root <${root ?? '?'}> is not a supported format; supported formats: ${SUPPORTED_FORMATS_TEXT}`,
        name,
      );
  }
}
