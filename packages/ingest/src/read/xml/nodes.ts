import { plainText } from './html-to-text.js';

/** Small accessors over fast-xml-parser's output (attributes prefixed with `@`). */
export type Node = Record<string, unknown>;

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function child(node: unknown, name: string): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const v = list((node as Node)[name])[0];
  if (v === undefined) return undefined;
  return typeof v === 'object' ? (v as Node) : { '#text': v };
}

export function children(node: unknown, name: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  return list((node as Node)[name]).map((v) => (v && typeof v === 'object' ? (v as Node) : { '#text': v }));
}

/** The raw (still escaped) text of a node: for stop nodes, its raw inner markup. */
export function raw(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return String(node);
  const t = (node as Node)['#text'];
  return t === undefined ? '' : String(t);
}

/** A node's text, unescaped and folded to one line; undefined if empty. */
export function text(node: unknown): string | undefined {
  if (node && typeof node === 'object') {
    // Mixed content (<hl1>A <em>b</em></hl1>): join the text of all parts.
    const parts: string[] = [];
    for (const [k, v] of Object.entries(node as Node)) {
      if (k.startsWith('@')) continue;
      for (const item of list(v)) parts.push(typeof item === 'object' ? (text(item) ?? '') : String(item));
    }
    const t = plainText(parts.join(' '));
    return t || undefined;
  }
  const t = plainText(raw(node));
  return t || undefined;
}

export function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const v = (node as Node)[`@${name}`];
  if (v === undefined) return undefined;
  const t = plainText(String(v));
  return t || undefined;
}
