// Who a title's holder is before the name is read: where the mention starts, whether the
// office is current, and the country the words before the title give.
import { isNameWord, nameEnd, titleCase, type TitleMatch } from '../../people.js';
import { LEGISLATURE_HEAD_WORDS } from '../words.js';
import type { MentionScan } from '../scan.js';
import { spanText, type CastCursor } from './cursor.js';
import type { CastTitle } from './title-match.js';

/** A title being read: the match, the token after it, and what it says of its holder so far. */
export interface TitleRead {
  tm: TitleMatch;
  cb?: CastTitle['cb'];
  /** The token after the title (and whatever the readers have taken after it). */
  k: number;
  /** The first token of the mention: the country word or modifiers before the title. */
  mfrom: number;
  country?: string;
  /** As Person.countryStrength. */
  strength: number;
  national: boolean;
  wasFormer: boolean;
}

/** "Former South Korean president X", "ex-Chilean President X": the marker sits before the country word. */
function notCurrentAt(st: MentionScan, c: CastCursor, q: number): boolean {
  const { lex, toks } = st;
  const w = toks[q];
  if (!w || w.sent !== c.s.index) return false;
  if (lex.notCurrentBefore.has(w.low)) return true;
  return w.low === '-' && lex.notCurrentBefore.has(toks[q - 1]?.low ?? '');
}

/** "X …, succeeding outgoing President Y": the country of the successor named before. */
function successorCountry(st: MentionScan, c: CastCursor, mfrom: number): string | undefined {
  const { toks, registry, stopAt } = st;
  for (let q = c.s.from; q < mfrom; q++) {
    if (!isNameWord(toks[q])) continue;
    const e2 = nameEnd(toks, q, mfrom, stopAt);
    return e2 > q ? registry.findByWords(toks.slice(q, e2).map((x) => x.low))?.country : undefined;
  }
  return undefined;
}

export function readHolder(st: MentionScan, c: CastCursor, i: number, ct: CastTitle): TitleRead {
  const { lex, toks, legislatureBefore } = st;
  const { s } = c;
  const { tm, cb } = ct;
  let country = cb?.org ? undefined : cb?.iso3;
  // "host Prime Minister X", "the newly appointed Australian High Commissioner": the mention starts at the modifiers.
  let mfrom = cb ? cb.from : i;
  while (mfrom - 1 >= s.from && !toks[mfrom - 1]!.cap && lex.titlePremodifiers.has(toks[mfrom - 1]!.low)) mfrom--;
  const lead = toks.slice(Math.max(s.from, mfrom - 4), mfrom);
  // "succeeded his cousin Sultan X": a predecessor.
  // (Not "succeeding outgoing President Y": an outgoing holder still holds the office.)
  const predecessor = lead.some((w) => lex.predecessorBefore.has(w.low)) && !toks.slice(mfrom, i).some((w) => w.low === 'outgoing' || w.low === 'incumbent');
  const succeeded = !predecessor && mfrom < i && lead.some((w) => lex.predecessorBefore.has(w.low));
  const successor = succeeded && !country ? successorCountry(st, c, mfrom) : undefined;
  if (successor) country = successor;
  const wasFormer = c.former || predecessor || (!!cb && notCurrentAt(st, c, cb.from - 1)) || /^ex-/i.test(toks[i]!.text);
  const r: TitleRead = { tm, cb, k: tm.to, mfrom, country, strength: country ? 3 : 0, national: !wasFormer && !cb?.org, wasFormer };
  // "Lok Sabha Speaker X": the legislature's name fixes the country.
  if (!r.country && !tm.plural) {
    const lc = legislatureBefore(mfrom, s.from);
    if (lc) [r.country, r.strength] = [lc, 3];
  }
  if (!r.country && !tm.plural && toks[mfrom - 1]?.low === 'including') {
    const dc = includingDelegationCountry(st, c, mfrom);
    if (dc) [r.country, r.strength] = [dc, 3];
  }
  senateTitle(st, c, i, r);
  return r;
}

/**
 * "the delegation accompanying the Vietnamese President, including Minister X", "the
 * Vietnamese delegation, including Minister X": a member of that country's delegation.
 */
function includingDelegationCountry(st: MentionScan, c: CastCursor, mfrom: number): string | undefined {
  const { toks, placeAt } = st;
  const { s } = c;
  let d = mfrom - 2;
  while (d >= s.from && mfrom - d <= 12 && toks[d]!.low !== 'delegation' && toks[d]!.low !== ';') d--;
  if (toks[d]?.low !== 'delegation') return undefined;
  const cs = new Set<string>();
  for (let q = Math.max(s.from, d - 3); q < mfrom - 1; q++) {
    const pl = placeAt.get(q);
    if (pl && pl.iso3 && pl.kind !== 'org' && pl.kind !== 'none') cs.add(pl.iso3);
  }
  return cs.size === 1 ? [...cs][0] : undefined;
}

/** "Senate President X": the title is the legislature's, not the head of state's. */
function senateTitle(st: MentionScan, c: CastCursor, i: number, r: TitleRead): void {
  const { p, lex, toks } = st;
  if (r.tm.plural || !LEGISLATURE_HEAD_WORDS.has(r.tm.head.split(' ').pop()!) || r.mfrom !== i) return;
  for (let from = Math.max(c.s.from, i - 4); from < i; from++) {
    const lg = toks[from]!.cap ? lex.legislatures.matchToks(toks, from, i) : undefined;
    if (lg && lg.length === i - from) {
      r.tm = { ...r.tm, title: titleCase(spanText(p.text, toks, from, r.tm.to)) };
      r.mfrom = from;
      return;
    }
  }
}
