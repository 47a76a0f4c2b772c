import { InputError, type Article } from '@wiregraph/core';
import { buildArticle, type StoryContext, type StoryDraft } from '../build-article.js';
import { xmlKindOfRoot, type XmlKind } from '../inputs/detect-format.js';
import { plainText } from './html-to-text.js';
import { atomContainer, atomEntryDraft, newsItemDraft, newsmlContainer, nitfDraft, rssContainer, rssItemDraft, type ContainerMeta } from './formats.js';
import { child, type Node } from './nodes.js';
import { lineColumnAt, neutraliseDoctype, parseXml, validateXml } from './safe-xml.js';

type DocContext = Omit<StoryContext, 'item' | 'line'>;

/** The local name of the document's root element, past the prolog, comments and DOCTYPE. */
function rootName(text: string): string | undefined {
  const re = /<(\?[\s\S]*?\?>|!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|!|([A-Za-z_][\w.:-]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2]) return m[2].replace(/^[\w.-]+:/, '');
  }
  return undefined;
}

const ITEM_TAG: Record<XmlKind, string | undefined> = { rss: 'item', atom: 'entry', newsml: 'newsItem', nitf: undefined };

function drafts(kind: XmlKind, doc: Node, text: string): { items: Node[]; meta: ContainerMeta; draft: (n: Node, meta: ContainerMeta) => StoryDraft } {
  switch (kind) {
    case 'rss':
      return { ...rssContainer(doc), draft: rssItemDraft };
    case 'atom':
      return { ...atomContainer(doc), draft: atomEntryDraft };
    case 'newsml':
      return { ...newsmlContainer(doc), draft: newsItemDraft };
    case 'nitf':
      return { items: [child(doc, 'nitf')!], meta: {}, draft: (n) => nitfDraft(n, text) };
  }
}

/**
 * Every story in one XML document (RSS, Atom, NewsML-G2 item or package, NITF): an Article
 * or, for an item that cannot be read, the InputError that says why. A document-level
 * problem (unsafe DOCTYPE, unknown root, a malformed document with no items) throws; a feed
 * or package broken only outside its items is read, with a warning.
 */
export function* readXmlDocument(source: string, ctx: DocContext): Generator<Article | InputError> {
  if (!source.trim()) throw new InputError('empty', `${ctx.file}: the file is empty`, ctx.file);
  const text = neutraliseDoctype(source, ctx.file);
  const kind = xmlKindOfRoot(rootName(text), ctx.file);
  // Sizes are checked on the markup, before any parsing: a parse costs several times its input.
  const itemLimit = markupLimit(ctx.maxStoryBytes);
  if (kind === 'nitf' && text.length > itemLimit) {
    throw new InputError('too-large', `${ctx.file}: NITF story of ${text.length} characters of markup is above the limit of ${itemLimit} for one story`, ctx.file);
  }
  const tag = ITEM_TAG[kind];
  if (tag && text.length > itemLimit) {
    const spans = splitItems(text, tag);
    // An oversized item is refused unparsed, and the others are parsed one by one.
    if (spans.some((s) => s.end - s.start > itemLimit)) {
      yield* readItemByItem(text, spans, kind, ctx);
      return;
    }
  }
  let doc: Node;
  try {
    validateXml(text, ctx.file);
    doc = parseXml(text);
  } catch (err) {
    const tag = ITEM_TAG[kind];
    // A broken feed or package: read item by item so one bad item costs only itself.
    if (!(err instanceof InputError) || !tag || (kind === 'newsml' && rootName(text) !== 'newsMessage')) throw err;
    const spans = splitItems(text, tag);
    if (spans.length === 0) throw err;
    let itemErrors = 0;
    for (const r of readItemByItem(text, spans, kind, ctx)) {
      if (r instanceof InputError && r.code === 'malformed-xml') itemErrors++;
      yield r;
    }
    // The break was outside every item (in the channel or header): the items are read, the break is told.
    if (itemErrors === 0) {
      ctx.warn?.({ file: ctx.file, line: err.place.line, code: 'malformed-xml-outside-items', message: `${err.message} (outside any item; the items were read)` });
    }
    return;
  }
  const { items, meta, draft } = drafts(kind, doc, text);
  if (items.length === 0) throw new InputError('empty', `${ctx.file}: the ${kind} document holds no story`, ctx.file);
  let index = 0;
  for (const node of items) {
    index++;
    const itemCtx = kind === 'nitf' || (kind === 'newsml' && items.length === 1 && child(doc, 'newsItem')) ? ctx : { ...ctx, item: index };
    yield buildOrError(() => draft(node, meta), itemCtx);
  }
}

function buildOrError(makeDraft: () => StoryDraft, ctx: StoryContext): Article | InputError {
  try {
    const d = makeDraft();
    if (!d.text.trim()) {
      const at = ctx.item !== undefined ? `${ctx.file} item ${ctx.item}` : ctx.file;
      return new InputError('empty', `${at}: the ${d.format} story has no body text`, ctx.file, ctx.item !== undefined ? { item: ctx.item } : {});
    }
    return buildArticle(d, ctx);
  } catch (err) {
    if (err instanceof InputError) return err;
    const at = ctx.item !== undefined ? { item: ctx.item } : {};
    return new InputError('invalid-record', `${ctx.file}: ${err instanceof Error ? err.message : String(err)}`, ctx.file, at, { cause: err });
  }
}

/** Most markup one story may take: its text limit with room for markup and escaping (×4), plus 64 KiB. */
function markupLimit(maxStoryBytes: number): number {
  return maxStoryBytes * 4 + 64 * 1024;
}

interface Span {
  start: number;
  end: number;
}

/** Each item's markup: from its start tag to its last end tag before the next item starts. */
function splitItems(text: string, tag: string): Span[] {
  const open = new RegExp(`<(?:[\\w.-]+:)?${tag}(?=[\\s>/])`, 'g');
  const starts: number[] = [];
  for (let m = open.exec(text); m; m = open.exec(text)) starts.push(m.index);
  return starts.map((start, i) => {
    const limit = starts[i + 1] ?? text.length;
    const chunk = text.slice(start, limit);
    const close = new RegExp(`</(?:[\\w.-]+:)?${tag}\\s*>`, 'g');
    let end = -1;
    for (let m = close.exec(chunk); m; m = close.exec(chunk)) end = m.index + m[0].length;
    return { start, end: end < 0 ? limit : start + end };
  });
}

function* readItemByItem(text: string, spans: Span[], kind: XmlKind, ctx: DocContext): Generator<Article | InputError> {
  const before = text.slice(0, spans[0]!.start);
  const meta: ContainerMeta = {};
  const title = /<(?:[\w.-]+:)?(?:title|origin)(?:\s[^>]*)?>([\s\S]*?)<\//.exec(before);
  if (title) meta.source = plainText(title[1]!) || undefined;
  const lang = /<(?:[\w.-]+:)?language(?:\s[^>]*)?>([\s\S]*?)<\//.exec(before);
  if (lang) meta.language = plainText(lang[1]!) || undefined;
  const draft = kind === 'rss' ? rssItemDraft : kind === 'atom' ? atomEntryDraft : newsItemDraft;
  const limit = markupLimit(ctx.maxStoryBytes);
  let index = 0;
  for (const span of spans) {
    index++;
    const at = lineColumnAt(text, span.start);
    if (span.end - span.start > limit) {
      yield new InputError('too-large', `${ctx.file} item ${index}: ${span.end - span.start} characters of markup, above the limit of ${limit} for one story; not parsed`, ctx.file, { item: index, line: at.line });
      continue;
    }
    const markup = text.slice(span.start, span.end);
    try {
      validateXml(markup, ctx.file, { ...at, item: index });
    } catch (err) {
      yield err as InputError;
      continue;
    }
    const node = Object.values(parseXml(markup))[0] as Node;
    yield buildOrError(() => draft(node, meta), { ...ctx, item: index, line: at.line });
  }
}
