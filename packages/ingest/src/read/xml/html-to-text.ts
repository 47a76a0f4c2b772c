import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

// Elements that end a paragraph; their text never runs into the next one.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'hr', 'figure', 'figcaption', 'address', 'hl1', 'hl2', 'block',
  'body.content', 'nitf-table', 'media', 'fn', 'note',
]);
// Elements whose content is never story text.
const SKIP = new Set(['script', 'style', 'noscript', 'head', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'button', 'form', 'select']);

/**
 * HTML or XHTML (RSS `content:encoded`, Atom `content`, NewsML inline XHTML, NITF
 * `body.content`) as clean text: tags stripped, entities resolved, white space folded,
 * one paragraph per block element, paragraphs separated by a blank line.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    for (const part of current.split(/\n{2,}/)) {
      const lines = part.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim()).filter(Boolean);
      if (lines.length) paragraphs.push(lines.join('\n'));
    }
    current = '';
  };
  const local = (name: string) => name.toLowerCase().replace(/^[\w.-]+:/, '');
  const parser = new Parser(
    {
      onopentag(name) {
        const tag = local(name);
        if (SKIP.has(tag)) skipDepth++;
        else if (tag === 'br') current += '\n';
        else if (BLOCK.has(tag)) flush();
      },
      onclosetag(name) {
        const tag = local(name);
        if (SKIP.has(tag)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(tag)) flush();
      },
      ontext(text) {
        // Source line breaks are white space; only <br> makes a line break.
        if (skipDepth === 0) current += text.replace(/\s+/g, (ws) => (ws.includes('\u00a0') ? ws : ' '));
      },
    },
    { decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

/**
 * A field that carries escaped HTML (RSS `description`, `content:encoded`, Atom
 * `type="html"`) as raw XML: CDATA sections are taken as they are, the rest is unescaped once.
 */
export function unescapeXmlText(raw: string): string {
  let out = '';
  let at = 0;
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  for (let m = cdata.exec(raw); m; m = cdata.exec(raw)) {
    out += decodeHTML(raw.slice(at, m.index)) + m[1];
    at = m.index + m[0].length;
  }
  return out + decodeHTML(raw.slice(at));
}

/** A one-line text field (title, id): entities resolved, white space folded. */
export function plainText(raw: string): string {
  return unescapeXmlText(raw).replace(/\s+/g, ' ').trim();
}
