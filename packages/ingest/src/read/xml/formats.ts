import type { Dateline } from '@wiregraph/core';
import type { StoryDraft } from '../build-article.js';
import { parseDateline } from '../text/dateline.js';
import { normaliseIsoDate, parseFeedDate } from '../text/dates.js';
import { countryOfCode, countryOfPlace } from '../text/place-country.js';
import { htmlToText, unescapeXmlText } from './html-to-text.js';
import { attr, child, children, raw, text, type Node } from './nodes.js';
import { parseXml } from './safe-xml.js';

/** What a feed or package says about all its items. */
export interface ContainerMeta {
  source?: string;
  language?: string;
}

/** Plain text with paragraphs: blank lines separate paragraphs, other white space is folded. */
function plainParagraphs(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

// ---------- RSS 2.0 (and RSS 1.0 items) ----------

export function rssItemDraft(item: Node, meta: ContainerMeta): StoryDraft {
  const encoded = child(item, 'encoded');
  const description = child(item, 'description');
  const html = raw(encoded).trim() ? raw(encoded) : raw(description);
  const draft: StoryDraft = {
    format: 'rss',
    text: htmlToText(unescapeXmlText(html)),
    id: text(child(item, 'guid')) ?? attr(item, 'about'),
    source: text(child(item, 'source')) ?? meta.source,
    url: text(child(item, 'link')),
    title: text(child(item, 'title')),
    published: parseFeedDate(text(child(item, 'pubDate')) ?? text(child(item, 'date'))),
    language: meta.language,
  };
  return draft;
}

export function rssContainer(doc: Node): { items: Node[]; meta: ContainerMeta } {
  const rss = child(doc, 'rss');
  const rdf = child(doc, 'RDF');
  const channel = child(rss ?? rdf, 'channel');
  const items = rss ? children(channel, 'item') : children(rdf, 'item');
  return { items, meta: { source: text(child(channel, 'title')), language: text(child(channel, 'language')) } };
}

// ---------- Atom ----------

function atomRichText(node: Node | undefined): string {
  if (!node) return '';
  const type = attr(node, 'type') ?? 'text';
  const body = raw(node);
  if (type === 'xhtml' || type.endsWith('+xml') || type === 'application/xhtml+xml') return htmlToText(body);
  if (type === 'html' || type === 'text/html') return htmlToText(unescapeXmlText(body));
  return plainParagraphs(unescapeXmlText(body));
}

export function atomEntryDraft(entry: Node, meta: ContainerMeta): StoryDraft {
  const links = children(entry, 'link');
  const link = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  const content = child(entry, 'content');
  const body = atomRichText(content) || atomRichText(child(entry, 'summary'));
  const title = child(entry, 'title');
  return {
    format: 'atom',
    text: body,
    id: text(child(entry, 'id')),
    source: text(child(child(entry, 'source'), 'title')) ?? meta.source,
    url: attr(link, 'href'),
    title: title ? atomRichText(title).replace(/\s+/g, ' ').trim() || undefined : undefined,
    published: parseFeedDate(text(child(entry, 'published')) ?? text(child(entry, 'updated'))),
    language: attr(entry, 'lang') ?? meta.language,
  };
}

export function atomContainer(doc: Node): { items: Node[]; meta: ContainerMeta } {
  const feed = child(doc, 'feed');
  return { items: children(feed, 'entry'), meta: { source: text(child(feed, 'title')), language: attr(feed, 'lang') } };
}

// ---------- NITF 3.x ----------

const BODY_CONTENT = /<((?:[\w.-]+:)?body\.content)(?:\s[^>]*)?>([\s\S]*?)<\/\1\s*>/;

/** The text of a NITF document's `body.content`, taken from the raw markup so mixed content keeps its order. */
export function nitfBodyText(rawNitf: string): string {
  const m = BODY_CONTENT.exec(rawNitf);
  return m ? htmlToText(m[2]!) : '';
}

function nitfDateline(bodyHead: Node | undefined): { dateline?: Dateline; date?: string } {
  const dl = child(bodyHead, 'dateline');
  if (!dl) return {};
  const location = child(dl, 'location');
  const storyDate = child(dl, 'story.date');
  const date = normaliseIsoDate(attr(storyDate, 'norm') ?? '');
  const city = text(child(location, 'city')) ?? text(child(location, 'sublocation'));
  const countryNode = child(location, 'country');
  const all = text(dl);
  const parsed = all ? parseDateline(`${all} `) : undefined;
  const place = city ?? parsed?.dateline.place ?? all?.split(',')[0]?.trim();
  if (!place) return date ? { date } : {};
  const dateline: Dateline = { place };
  const country =
    (attr(countryNode, 'iso-cc') && countryOfCode(attr(countryNode, 'iso-cc')!)) || countryOfPlace(text(countryNode)) || parsed?.dateline.country || countryOfPlace(place);
  if (country) dateline.country = country;
  if (parsed?.dateline.agency) dateline.agency = parsed.dateline.agency;
  return date ? { dateline, date } : { dateline };
}

export function nitfDraft(nitf: Node, rawNitf: string): StoryDraft {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const pubdata = child(head, 'pubdata');
  const body = child(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const { dateline, date } = nitfDateline(bodyHead);
  const norm = (n: Node | undefined, a: string) => normaliseIsoDate(attr(n, a) ?? '');
  return {
    format: 'nitf',
    text: nitfBodyText(rawNitf),
    id: attr(child(docdata, 'doc-id'), 'id-string'),
    source: attr(child(docdata, 'doc.copyright'), 'holder') ?? attr(pubdata, 'name') ?? text(child(bodyHead, 'distributor')),
    title: text(child(child(bodyHead, 'hedline'), 'hl1')) ?? text(child(head, 'title')),
    published: norm(child(docdata, 'date.issue'), 'norm') ?? norm(child(docdata, 'date.release'), 'norm') ?? norm(pubdata, 'date.publication') ?? date,
    dateline,
    language: attr(nitf, 'lang'),
  };
}

// ---------- NewsML-G2 ----------

function afterColon(qcode: string | undefined): string | undefined {
  if (!qcode) return undefined;
  const v = qcode.slice(qcode.indexOf(':') + 1).trim();
  return v || undefined;
}

function located(contentMeta: Node | undefined): Dateline | undefined {
  const loc = child(contentMeta, 'located');
  if (!loc) return undefined;
  const qcode = attr(loc, 'qcode');
  const place = text(child(loc, 'name')) ?? (qcode?.startsWith('cntry:') ? undefined : afterColon(qcode));
  let country: string | undefined;
  for (const q of [qcode, ...children(loc, 'broader').map((b) => attr(b, 'qcode'))]) {
    if (q?.startsWith('cntry:') || q?.startsWith('iso3166-1a3:') || q?.startsWith('iso3166-1a2:')) country ??= countryOfCode(afterColon(q)!);
  }
  const name = place ?? (country ? afterColon(qcode) : undefined);
  if (!name) return undefined;
  const d: Dateline = { place: name };
  country ??= countryOfPlace(name);
  if (country) d.country = country;
  return d;
}

function newsmlBody(item: Node): { text: string; nitf?: StoryDraft } {
  const contentSet = child(item, 'contentSet');
  for (const inline of children(contentSet, 'inlineXML')) {
    const markup = raw(inline);
    if (/<(?:[\w.-]+:)?nitf[\s>]/.test(markup)) {
      const nitf = child(parseXml(markup), 'nitf');
      const draft = nitf ? nitfDraft(nitf, markup) : undefined;
      if (draft?.text) return { text: draft.text, nitf: draft };
    }
    const t = htmlToText(markup);
    if (t) return { text: t };
  }
  for (const data of children(contentSet, 'inlineData')) {
    const t = plainParagraphs(unescapeXmlText(raw(data)));
    if (t) return { text: t };
  }
  return { text: '' };
}

export function newsItemDraft(item: Node, meta: ContainerMeta): StoryDraft {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const headlines = children(contentMeta, 'headline');
  const headline = headlines.find((h) => !attr(h, 'role') || /main|headline/.test(attr(h, 'role')!)) ?? headlines[0];
  const { text: body, nitf } = newsmlBody(item);

  const datelineText = text(child(contentMeta, 'dateline'));
  const parsed = datelineText ? parseDateline(`${datelineText} `) : undefined;
  let dateline = located(contentMeta);
  if (parsed) dateline = { ...parsed.dateline, ...(dateline ?? {}) };
  else if (!dateline && datelineText) dateline = { place: datelineText.split(',')[0]!.trim() };
  dateline ??= nitf?.dateline;

  const infoSource = children(contentMeta, 'infoSource')[0];
  const provider = child(itemMeta, 'provider');
  const source =
    text(child(infoSource, 'name')) ?? attr(infoSource, 'literal') ?? afterColon(attr(infoSource, 'qcode')) ??
    text(child(provider, 'name')) ?? attr(provider, 'literal') ?? meta.source ?? afterColon(attr(provider, 'qcode')) ?? nitf?.source;
  const date = (n: unknown) => normaliseIsoDate(text(n) ?? '');
  return {
    format: 'newsml',
    text: body,
    id: attr(item, 'guid'),
    source,
    title: (headline ? text(headline) : undefined) ?? nitf?.title,
    published: date(child(contentMeta, 'contentCreated')) ?? date(child(itemMeta, 'firstCreated')) ?? nitf?.published ?? date(child(itemMeta, 'versionCreated')),
    dateline,
    language: attr(child(contentMeta, 'language'), 'tag') ?? attr(item, 'lang') ?? meta.language,
  };
}

export function newsmlContainer(doc: Node): { items: Node[]; meta: ContainerMeta } {
  const single = child(doc, 'newsItem');
  if (single) return { items: [single], meta: {} };
  const message = child(doc, 'newsMessage');
  const header = child(message, 'header');
  const items = children(message, 'itemSet').flatMap((set) => children(set, 'newsItem'));
  return { items, meta: { source: text(child(header, 'origin')) ?? text(child(header, 'sender')) } };
}
