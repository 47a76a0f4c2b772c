import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '@wiregraph/core';

/**
 * XML parsing with entity processing kept out of the parser: fast-xml-parser never expands
 * an entity (processEntities: false), a DOCTYPE that declares entities (the vehicle of XXE
 * and "billion laughs") is refused before parsing, and any other DOCTYPE is blanked out, so
 * nothing in a document can make us read a file, open a connection or grow a string. Text is
 * unescaped by our own code afterwards (predefined, numeric and HTML named entities only).
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Rich-text fields stay raw markup so mixed content keeps its order; we turn them into text.
  stopNodes: ['*.encoded', '*.description', '*.content', '*.summary', '*.inlineXML', '*.inlineData'],
});

export type XmlNode = Record<string, unknown>;

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function unsafeXml(text: string, file: string, at: number): InputError {
  return new InputError(
    'unsafe-xml',
    `${file}: the DOCTYPE declares entities; entity declarations are refused and never expanded (XXE and entity-expansion protection)`,
    file,
    lineColumnAt(text, at),
  );
}

/** Where the construct that opens at `i` ends (past its closing mark), or -1 if it never closes. */
function skipPast(text: string, i: number, close: string): number {
  const end = text.indexOf(close, i);
  return end < 0 ? -1 : end + close.length;
}

/**
 * Refuses entity declarations and blanks any DOCTYPE (keeping line numbers). The document is
 * scanned as markup — processing instructions, comments and CDATA sections are stepped over
 * whole — so nothing that precedes a DOCTYPE (a comment holding "<a", a PI holding "<!--")
 * can hide it: any DOCTYPE that declares an entity, and any entity declaration anywhere, is
 * refused. A DOCTYPE written as escaped text (`&lt;!DOCTYPE`) is text and stays.
 */
export function neutraliseDoctype(text: string, file: string): string {
  if (!/<!(?:DOCTYPE|ENTITY)/i.test(text)) return text;
  let out = '';
  let copied = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i)) {
    let next: number;
    if (text.startsWith('<?', i)) next = skipPast(text, i + 2, '?>');
    else if (text.startsWith('<!--', i)) next = skipPast(text, i + 4, '-->');
    else if (text.startsWith('<![CDATA[', i)) next = skipPast(text, i + 9, ']]>');
    else if (/^<!ENTITY/i.test(text.slice(i, i + 8))) throw unsafeXml(text, file, i);
    else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
      const end = doctypeEnd(text, i);
      const entity = text.slice(i, end < 0 ? text.length : end).search(/<!ENTITY/i);
      if (entity >= 0) throw unsafeXml(text, file, i + entity);
      if (end < 0) throw new InputError('malformed-xml', `${file}: unclosed DOCTYPE`, file, lineColumnAt(text, i));
      out += text.slice(copied, i) + text.slice(i, end).replace(/[^\n]/g, ' ');
      copied = end;
      next = end;
    } else next = i + 1;
    // An unclosed comment, PI or CDATA section is malformed: the validator says where.
    if (next < 0) break;
    i = next;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// The end of a DOCTYPE: the first ">" outside its [internal subset], quotes and comments.
function doctypeEnd(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start + 9; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '<' && text.startsWith('<!--', i)) {
      const end = skipPast(text, i + 4, '-->');
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

/** Checks well-formedness; throws `malformed-xml` naming the file, line and column. */
export function validateXml(text: string, file: string, offset: { line: number; column: number; item?: number } = { line: 1, column: 1 }): void {
  const result = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (result === true) return;
  const { line, col, msg } = result.err;
  const at = { line: line + offset.line - 1, column: line === 1 ? col + offset.column - 1 : col };
  // The validator counts from the fragment's start; its message names lines the same way.
  const message = offset.line === 1 ? msg : msg.replace(/\bline (\d+)/g, (_m, n: string) => `line ${Number(n) + offset.line - 1}`);
  const place = offset.item === undefined ? at : { ...at, item: offset.item };
  throw new InputError('malformed-xml', `${file}:${at.line}:${at.column}: malformed XML: ${message}`, file, place);
}

/** Parses an already validated, DOCTYPE-neutralised document. */
export function parseXml(text: string): XmlNode {
  return parser.parse(text) as XmlNode;
}

export { lineColumnAt };
