// What follows a title before its holder's name: a second office, "of <country>", a
// legislature's name, the post of an envoy.
import { foldText } from '@wiregraph/core';
import { matchTitle, nameEnd, titleCase } from '../../people.js';
import { LEGISLATURE_HEAD_WORDS, STATE_FORMS, STATE_WORDS } from '../words.js';
import type { MentionScan } from '../scan.js';
import { spanText, type CastCursor, type LegislatureTitle } from './cursor.js';
import type { TitleRead } from './holder.js';
import { readOfficePhrase } from './office-phrase.js';

/** Reads on from r.k past everything that belongs to the title, then past a comma and honorifics. */
export function readTitleTail(st: MentionScan, c: CastCursor, r: TitleRead, legis: LegislatureTitle | undefined): void {
  const { lex, toks, skipHonorifics } = st;
  combinedPortfolio(st, c, r);
  ofTail(st, c, r, legis);
  // "Australian High Commissioner to Sri Lanka, X", "Vietnam's Ambassador to India X": the post, not the nationality.
  if (/ambassador|high commissioner|envoy|consul/.test(r.tm.head) && toks[r.k]?.low === 'to') {
    const q = toks[r.k + 1]?.low === 'the' ? r.k + 2 : r.k + 1;
    const pl = st.placeAt.get(q);
    if (pl) r.k = pl.to;
  }
  officePhrase(st, c, r);
  const titleCountry = lex.countryTitles.get(foldText(r.tm.title));
  if (!r.country && titleCountry) [r.country, r.strength] = [titleCountry, 2];
  if (toks[r.k]?.low === ',') r.k++;
  r.k = skipHonorifics(r.k, c.s.to);
}

/** "Minister of Culture and Folk Heritage X": a phrase the portfolio words do not cover, then the name. */
function officePhrase(st: MentionScan, c: CastCursor, r: TitleRead): void {
  const { toks, stopAt, skipHonorifics } = st;
  if (r.tm.plural) return;
  const k = skipHonorifics(toks[r.k]?.low === ',' ? r.k + 1 : r.k, c.s.to);
  if (nameEnd(toks, k, c.s.to, stopAt) > k) return;
  // (A portfolio tail that stopped at a word it does not know reads on from its "of"/"for".)
  let at = r.k;
  for (let q = r.tm.from; q < r.tm.to; q++) {
    if (toks[q]!.low === 'of' || toks[q]!.low === 'for') {
      at = q;
      break;
    }
  }
  const op = readOfficePhrase(st, r.tm.from, at, c.s.to);
  if (!op) return;
  r.tm = { ...r.tm, title: op.title };
  r.k = op.k;
  if (op.country && !r.country) [r.country, r.strength] = [op.country, 3];
}

/** "Cambodian Deputy Prime Minister and Foreign Minister X": one person, two offices. */
function combinedPortfolio(st: MentionScan, c: CastCursor, r: TitleRead): void {
  const { p, lex, toks, stopAt, skipHonorifics } = st;
  const { s } = c;
  const k = r.k;
  if (r.tm.plural || toks[k]?.low !== 'and' || !toks[k + 1]?.cap) return;
  const t2 = matchTitle(toks, k + 1, s.to, lex, false, p.text);
  if (t2 && !t2.plural && nameEnd(toks, skipHonorifics(t2.to, s.to), s.to, stopAt) > skipHonorifics(t2.to, s.to)) {
    r.tm = { ...r.tm, to: t2.to, title: `${r.tm.title} and ${t2.title}` };
    r.k = t2.to;
  }
}

/** "Speaker of the New Zealand House of Representatives, X", "President of (the Republic of) Ghana", "President of the Republic, X". */
function ofTail(st: MentionScan, c: CastCursor, r: TitleRead, legis: LegislatureTitle | undefined): void {
  const { p, toks, legislatureTail, ofCountry } = st;
  const { s } = c;
  const lt = legis ?? (!r.tm.plural && LEGISLATURE_HEAD_WORDS.has(r.tm.head.split(' ').pop()!) ? legislatureTail(r.k, s.to) : undefined);
  if (lt && !legis) r.tm = { ...r.tm, title: titleCase(spanText(p.text, toks, r.tm.from, lt.to)) };
  if (lt) {
    r.k = lt.to;
    if (lt.country) [r.country, r.strength] = [lt.country, 3];
    return;
  }
  const of = ofCountry(r.k, s.to);
  if (of) {
    [r.country, r.strength, r.k] = [of.iso3, 3, of.to];
    return;
  }
  if (toks[r.k]?.low !== 'of' || r.tm.plural) return;
  // "President of the Republic, X": the story's own state, named by its form only.
  const k = r.k;
  let q = k + 1;
  while (q < s.to && q - k <= 4 && (STATE_WORDS.has(toks[q]!.low) || STATE_FORMS.has(toks[q]!.low)) && toks[q]!.low !== 'of') q++;
  if (q > k + 1 && toks[q - 1]!.cap && STATE_FORMS.has(toks[q - 1]!.low) && toks[q]?.low === ',') {
    r.tm = { ...r.tm, to: q, title: titleCase(spanText(p.text, toks, r.tm.from, q)) };
    r.k = q;
  }
}
