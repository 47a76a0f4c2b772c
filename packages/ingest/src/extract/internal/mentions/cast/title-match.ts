// Where a cast title starts: a legislature head with its legislature, or an office title.
import { matchTitle, nameEnd, titleCase, type TitleMatch } from '../../people.js';
import { ofWithin, titleStarts } from '../words.js';
import type { MentionScan } from '../scan.js';
import { spanText, type CastCursor, type LegislatureTitle } from './cursor.js';

/** "Chairman of the National Assembly of Vietnam X", "Speaker of the New Zealand House of Representatives, X". */
export function legislatureTitleAt(st: MentionScan, c: CastCursor, i: number): LegislatureTitle | undefined {
  const { p, lex, toks, legislatureTail } = st;
  const t = toks[i]!;
  if (!lex.legislatureHeads.starts(t.low)) return undefined;
  const lh = lex.legislatureHeads.matchToks(toks, i, c.s.to);
  const tail = lh ? legislatureTail(i + lh.length, c.s.to) : undefined;
  // (In lower case only with the legislature's country: "the president of the National Assembly of Ghana, X".)
  if (!lh || !tail || (!t.cap && !tail.country)) return undefined;
  const head = lh.value.toLowerCase();
  const title = titleCase(spanText(p.text, toks, i, tail.to));
  return { tm: { from: i, to: i + lh.length, title, head, plural: false }, to: tail.to, country: tail.country };
}

/** A title at token i with the country word just before it, if the cast reads it as an office. */
export interface CastTitle {
  tm: TitleMatch;
  cb?: { iso3: string; from: number; org: boolean };
}

export function castTitleAt(st: MentionScan, c: CastCursor, i: number, legis: LegislatureTitle | undefined): CastTitle | undefined {
  const { p, lex, toks, countryBefore, ofCountry } = st;
  const { s } = c;
  const t = toks[i]!;
  const titleish = titleStarts(lex).has(t.low) || !!legis;
  const cb = titleish ? countryBefore(i, s.from) : undefined;
  const allowLower = !!cb;
  let tm = legis ? legis.tm : titleish ? matchTitle(toks, i, s.to, lex, allowLower, p.text) : undefined;
  // "the foreign ministers of Peru and Chile": a lower-case title is an office when "of <country>" follows.
  let ofFollows = false;
  if (!tm && titleish && !t.cap && ofWithin(toks, i, s.to)) {
    const low = matchTitle(toks, i, s.to, lex, true, p.text);
    if (low && ofCountry(low.to, s.to)) {
      tm = low;
      ofFollows = true;
    }
  }
  // "by foreign minister Ana Ruiz", "host country president Luis Soto": a lower-case title right before a full name.
  let beforeName = false;
  // (Not a title that is the object of a phrase, "adviser to the president X", nor the vague "leader".)
  if (!tm && titleish && !t.cap && !['the', 'a', 'to', 'of', 'for'].includes(toks[i - 1]?.low ?? '')) {
    const low = matchTitle(toks, i, s.to, lex, true, p.text);
    if (low && !low.plural && low.head !== 'leader' && fullNameAt(st, low.to, s.to)) {
      tm = low;
      beforeName = true;
    }
  }
  // "The new foreign minister, Nikos Pappas, held …": a lower-case title with its holder set off by commas.
  let setOff = false;
  if (!tm && titleish && !t.cap && theBefore(st, i)) {
    const low = matchTitle(toks, i, s.to, lex, true, p.text);
    if (low && !low.plural && low.head !== 'leader' && toks[low.to]?.low === ',' && commaNameAt(st, low.to + 1, s.to)) {
      tm = low;
      setOff = true;
    }
  }
  if (!tm || (tm.head === 'minister' && !t.cap && !cb && !ofFollows && !beforeName && !setOff)) return undefined;
  // The abbreviation "PM" is a title only in capitals ("3 pm" is a time).
  if (tm.head === 'pm' && toks[tm.to - 1]!.text !== 'PM') return undefined;
  return { tm, cb };
}

/** "the (new) <title>": no one's adviser or envoy ("<Leader>'s national security adviser, X"). */
function theBefore(st: MentionScan, i: number): boolean {
  let b = i - 1;
  while (b > 0 && st.lex.titlePremodifiers.has(st.toks[b]!.low)) b--;
  return st.toks[b]?.low === 'the';
}

/** A full name at token k closed by a comma: "…, Nikos Pappas, held". */
function commaNameAt(st: MentionScan, k: number, end: number): boolean {
  const e = nameEnd(st.toks, k, end, st.stopAt);
  return e - k >= 2 && st.toks[e]?.low === ',' && fullNameAt(st, k, end);
}

/** Two name words or more at token k (after honorifics), none of them a place. */
function fullNameAt(st: MentionScan, k: number, end: number): boolean {
  const q = st.skipHonorifics(k, end);
  const e = nameEnd(st.toks, q, end, st.stopAt);
  if (e - q < 2) return false;
  for (let r = q; r < e; r++) if (st.placeAt.has(r)) return false;
  return true;
}
