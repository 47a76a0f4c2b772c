// Lists of people each marked by their country: "A of Uganda, B of Tanzania and C of Kenya",
// "Presidents A (Argentina), B (Brazil) and C (Paraguay)", "Zimbabwe's A, Botswana's B and C of
// Tanzania". The country marks make the run a list of people even where no title names them.
import { isNameWord, matchTitle, nameEnd, nameText, type TitleMatch } from '../../people.js';
import { namesAPlace } from '../words.js';
import type { MentionScan } from '../scan.js';
import { cover, type CastCursor } from './cursor.js';

/** One list item: a name [from, to), the country it is marked with, and where the item ends. */
interface MarkedName {
  from: number;
  to: number;
  country: string;
  /** First token of the item (the possessive country, or the name). */
  start: number;
  after: number;
}

/** "A of Uganda", "A (Uganda)", "Uganda's A" at token q. */
function markedName(st: MentionScan, q: number, end: number): MarkedName | undefined {
  const { toks, placeAt, ofCountry, stopAt, skipHonorifics } = st;
  const poss = placeAt.get(q);
  if (poss && poss.possessive && poss.kind !== 'city') {
    const k = skipHonorifics(poss.to + 1, end);
    const e = nameEnd(toks, k, end, stopAt);
    return e > k && personLike(st, k, e) ? { from: k, to: e, country: poss.iso3, start: q, after: e } : undefined;
  }
  const k = skipHonorifics(q, end);
  const e = isNameWord(toks[k]) ? nameEnd(toks, k, end, stopAt) : k;
  if (e <= k || !personLike(st, k, e)) return undefined;
  const of = ofCountry(e, end);
  if (of) return { from: k, to: e, country: of.iso3, start: q, after: of.to };
  const br = toks[e]?.text === '(' ? placeAt.get(e + 1) : undefined;
  if (br && br.kind !== 'city' && br.kind !== 'org' && toks[br.to]?.text === ')') return { from: k, to: e, country: br.iso3, start: q, after: br.to + 1 };
  return undefined;
}

/** No organisation, building or title word in the run ("Central Bank of Nigeria", "Minister of Ghana"). */
function personLike(st: MentionScan, k: number, e: number): boolean {
  const { lex, toks, placeAt } = st;
  // (A place word anywhere in the run makes it a city or a country: "Brisbane (Australia)".)
  for (let q = k; q < e; q++) if (lex.notPersonWords.has(toks[q]!.low) || lex.heads.starts(toks[q]!.low) || placeAt.has(q)) return false;
  return !namesAPlace(toks, k, e, lex);
}

/** The marked names from token i on, joined by commas and "and". */
function markedList(st: MentionScan, i: number, end: number): MarkedName[] {
  const { toks } = st;
  const items: MarkedName[] = [];
  let q = i;
  while (q < end) {
    const item = markedName(st, q, end);
    if (!item) break;
    items.push(item);
    q = item.after;
    if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
    else if (toks[q]?.low === ',' || toks[q]?.low === 'and') q++;
    else break;
  }
  return items;
}

/** A plural title that ends right before the list ("Presidents", "the foreign ministers,"). */
function pluralTitleBefore(st: MentionScan, c: CastCursor, i: number): TitleMatch | undefined {
  const { p, lex, toks } = st;
  const end = [',', ':', '–', '—', '-'].includes(toks[i - 1]?.text ?? '') ? i - 1 : i;
  for (let b = end - 1; b >= c.s.from && end - b <= 4; b--) {
    const tm = matchTitle(toks, b, end, lex, true, p.text);
    if (tm?.plural && tm.to === end) return tm;
  }
  return undefined;
}

/** The list item before token i continues: "President A of Nigeria and B of South Africa". */
function continuesMarkedItem(st: MentionScan, c: CastCursor, i: number): boolean {
  const { toks, persons, placeAt } = st;
  const link = toks[i - 1]?.low === 'and' && toks[i - 2]?.low === ',' ? i - 2 : i - 1;
  if (toks[link]?.low !== 'and' && toks[link]?.low !== ',') return false;
  // The place that marks the item before: "… of Nigeria", "… (Nigeria)".
  const close = toks[link - 1]?.text === ')' ? link - 1 : link;
  const pl = [...placeAt.values()].find((x) => x.to === close && x.sent === c.s.index);
  if (!pl) return false;
  const mark = pl.from - 1;
  if (close === link ? toks[mark]?.low !== 'of' : toks[mark]?.text !== '(') return false;
  return persons[c.s.index]!.some((m) => m.kind === 'full' && (m.to === mark || m.to === pl.to));
}

/** The people of a country-marked list at token i; returns the index to read on from. */
export function readCountryMarkedList(st: MentionScan, c: CastCursor, i: number): number | undefined {
  const { p, toks, registry, covered, addTitle, mention } = st;
  const { s } = c;
  if (!toks[i]!.cap) return undefined;
  const items = markedList(st, i, s.to);
  if (!items.length) return undefined;
  const title = pluralTitleBefore(st, c, i);
  if (items.length < 2 && !title && !continuesMarkedItem(st, c, i)) return undefined;
  // "former Presidents A of X and B of Y": past holders.
  const former = !!title && st.lex.notCurrentBefore.has(toks[title.from - 1]?.low ?? '');
  for (const it of items) {
    const person = registry.register(nameText(p.text, toks, it.from, it.to), it.from, s.index);
    if (former) st.formerTitled.add(person);
    if (title) addTitle(person, title.title, it.country, 3, !former, s.index);
    else if (person.countryStrength < 3) [person.country, person.countryStrength] = [it.country, 3];
    // (The mention ends with the name: the country word after it stays a place of the sentence.)
    mention(person, it.start, it.to, s.index, 'full', it.from);
  }
  const end = items[items.length - 1]!.after;
  cover(covered, i, end);
  return end - 1;
}
