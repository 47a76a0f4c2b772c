import { createHash, hash } from 'node:crypto';

/**
 * The body as duplicate detection and hashed ids see it: Unicode-normalised (NFKC), quotes
 * straightened, white space folded. Two deliveries of one story that differ only in line
 * breaks or typographic quotes compare equal.
 */
export function normaliseBody(body: string): string {
  // Pure ASCII (most of a large feed) needs neither Unicode normalisation nor quote folding.
  const text = NON_ASCII.test(body) ? body.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : body;
  // Same as replace(/\s+/g, ' '), several times faster: most white space is already one space.
  return text.replace(/[^\S ]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

const NON_ASCII = /[^\x00-\x7f]/;

/** The id of a story whose wire gave none: a hash of source and normalised body, stable across runs. */
export function hashedArticleId(source: string, body: string): string {
  const digest = createHash('sha256').update(source.trim().toLowerCase()).update('\u0000').update(normaliseBody(body)).digest('hex');
  return `wg-${digest.slice(0, 24)}`;
}

/**
 * The id of a story without a wire id in a watched folder: a hash of its path under the folder
 * (and its line or item inside the file), so a story corrected in place keeps its id and its
 * new claims replace the old ones.
 */
export function pathArticleId(pathKey: string, index?: number): string {
  const digest = createHash('sha256').update('path\u0000').update(pathKey).update('\u0000').update(index === undefined ? '' : String(index)).digest('hex');
  return `wg-${digest.slice(0, 24)}`;
}

/** A short fingerprint of a normalised body, for duplicate detection in one run. */
export function bodyFingerprint(body: string): string {
  const text = normaliseBody(body);
  // One-shot hash (Node ≥ 20.12) makes no Hash object per story.
  const digest = typeof hash === 'function' ? hash('sha1', text, 'base64') : createHash('sha1').update(text).digest('base64');
  return digest.slice(0, 20);
}
