// A name and the office it was given: "X was sworn in as <country>'s new minister of Y", "X, who
// was named as the Trade Minister, …". The appointment says the name is a person holding
// that office, with no title before the name.
import { isNameWord, matchTitle, nameEnd, nameText } from '../../people.js';
import { APPOINTMENT_VERBS } from '../words.js';
import type { MentionScan } from '../scan.js';
import { cover, type CastCursor } from './cursor.js';

/** The token after "was sworn in as", "has been appointed", "who was named as" at k, or undefined. */
function afterAppointment(st: MentionScan, k: number, end: number): number | undefined {
  const { toks } = st;
  let q = k;
  if (toks[q]?.low === ',' && toks[q + 1]?.low === 'who') q += 2;
  if (toks[q]?.low === 'has' || toks[q]?.low === 'had') q++;
  if (!['was', 'is', 'been', 'be'].includes(toks[q]?.low ?? '')) return undefined;
  if (toks[q + 1]?.low === 'been') q++;
  q++;
  for (const verb of APPOINTMENT_VERBS) {
    const words = verb.split(' ');
    if (q + words.length <= end && words.every((w, j) => toks[q + j]!.low === w)) return q + words.length;
  }
  return undefined;
}

/** "X was sworn in as Transport Minister": the name at token i and its new office; the token to read on from. */
export function readAppointed(st: MentionScan, c: CastCursor, i: number): number | undefined {
  const { p, lex, toks, placeAt, registry, covered, stopAt, ofCountry, addTitle, mention } = st;
  const { s } = c;
  const prev = toks[i - 1];
  if (!isNameWord(toks[i]) || (prev && prev.sent === s.index && isNameWord(prev))) return undefined;
  const e = nameEnd(toks, i, s.to, stopAt);
  if (e - i < 2) return undefined;
  const a = afterAppointment(st, e, s.to);
  if (a === undefined) return undefined;
  // "as Zambia's new minister of X", "as the Trade Minister", "Transport Minister".
  let q = a;
  if (toks[q]?.low === 'as') q++;
  if (toks[q]?.low === 'the') q++;
  let country: string | undefined;
  const pl = placeAt.get(q);
  if (pl && pl.kind !== 'city' && pl.kind !== 'org') {
    country = pl.iso3;
    q = toks[pl.to]?.low === "'s" ? pl.to + 1 : pl.to;
  }
  while (q < s.to && lex.titlePremodifiers.has(toks[q]!.low)) q++;
  const tm = matchTitle(toks, q, s.to, lex, true, p.text);
  if (!tm || tm.plural) return undefined;
  const of = ofCountry(tm.to, s.to);
  country ??= of?.iso3;
  const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
  addTitle(person, tm.title, country, country ? 3 : 0, !c.former, s.index);
  mention(person, i, e, s.index, 'full', i);
  cover(covered, i, e);
  return e - 1;
}
