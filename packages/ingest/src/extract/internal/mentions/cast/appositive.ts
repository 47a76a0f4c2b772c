// Names before their office: honorific names ("Dr Mohamed Muizzu") and appositives
// ("Emmanuel Macron, the French president", "X, President of the Republic of Kenya,").
import { foldText } from '@wiregraph/core';
import { HONORIFIC_WORDS, isNameWord, matchTitle, nameEnd, nameText, titleCase, type Person } from '../../people.js';
import { PLACE_PREPOSITIONS, PLURAL_STYLE_WORDS } from '../words.js';
import { capitalStyleAt } from '../name-helpers.js';
import type { MentionScan } from '../scan.js';
import { cover, spanText, type CastCursor } from './cursor.js';

/** Honorifics: "Mr Peters", "Dr Mohamed Muizzu", "Sir Keir Starmer". */
export function readHonorificName(st: MentionScan, c: CastCursor, i: number): number | undefined {
  const { p, lex, toks, placeAt, registry, covered, stopAt, skipHonorifics, mention } = st;
  const { s } = c;
  const t = toks[i]!;
  const plural = PLURAL_STYLE_WORDS.has(t.low);
  if (!(HONORIFIC_WORDS.has(t.low) || plural || capitalStyleAt(st, i)) || t.low === 'senator' || placeAt.has(i)) return undefined;
  const k = skipHonorifics(plural ? i + 1 : i, s.to);
  if (plural) return readStyledNames(st, c, i, k);
  const e = nameEnd(toks, k, s.to, stopAt);
  // "H.E. X, President of Y,", "Professor X, the Kenyan foreign minister,": the appositive rule reads the name and its title.
  if (e > k + 1 && toks[e]?.low === ',' && k > i && titleAfterComma(st, c, e)) return k - 1;
  if (e <= k) return undefined;
  const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
  mention(person, i, e, s.index, 'full', k);
  cover(covered, i, e);
  return e - 1;
}

/** "Their Royal Highnesses Prince A, Prince B and Prince C": each a named person. */
function readStyledNames(st: MentionScan, c: CastCursor, i: number, k: number): number | undefined {
  const { p, toks, registry, covered, coordinatedNames, mention } = st;
  const { s } = c;
  const names = coordinatedNames(k, s.to, 8);
  if (!names.length) return undefined;
  for (const [from, to] of names) mention(registry.register(nameText(p.text, toks, from, to), from, s.index), from, to, s.index, 'full', from);
  const end = names[names.length - 1]![1];
  cover(covered, i, end);
  return end - 1;
}

/** A title after the comma at e, past "the"/"a" and a country word ("X, the Kenyan foreign minister"). */
function titleAfterComma(st: MentionScan, c: CastCursor, e: number): boolean {
  const { p, lex, toks, placeAt } = st;
  const k = appositiveStart(st, e);
  const pl = placeAt.get(k);
  const after = pl ? (toks[pl.to]?.low === "'s" ? pl.to + 1 : pl.to) : k;
  return !!matchTitle(toks, after, c.s.to, lex, true, p.text);
}

/** A name [i, e) and what follows its comma; returns the index to read on from. */
export function readAppositive(st: MentionScan, c: CastCursor, i: number): number | undefined {
  const { toks, registry } = st;
  const { s } = c;
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (!isNameWord(t) || !(i === s.from || !isNameWord(prev) || HONORIFIC_WORDS.has(prev!.low))) return undefined;
  const atPlace = !!prev && prev.sent === s.index && PLACE_PREPOSITIONS.has(prev.low);
  const e = nameEnd(toks, i, s.to, st.stopAt);
  // A one-word name is a short form of someone the story already introduced ("Mahama, Ghana's president since 2025,").
  const known = e === i + 1 && !!registry.findByWords([t.low]);
  // After "at"/"from" a capitalised run is a place ("at Temple Trees, the official residence"),
  // unless the story knows the name or the appositive is an office of a named country ("from
  // Peter Banda, President of the Republic of Malawi,").
  const placeLike = atPlace && !registry.findByWords(toks.slice(i, e).map((x) => x.low));
  if ((e > i + 1 || known) && toks[e]?.low === ',') {
    const read = (placeLike ? undefined : appositiveLegislature(st, c, i, e)) ?? appositiveTitle(st, c, i, e, known, placeLike);
    if (read !== undefined) return read;
  }
  // "Wang Yi, a member of the Political Bureau … and Chinese foreign minister,": the office ends the appositive.
  if ((e > i + 1 || known) && toks[e]?.low === ',' && (toks[e + 1]?.low === 'a' || toks[e + 1]?.low === 'the')) {
    const read = appositiveEndingInOffice(st, c, i, e);
    if (read !== undefined) return read;
  }
  // "the Honourable X, <an unknown role>": still a named person.
  if (i > s.from && HONORIFIC_WORDS.has(prev!.low) && e > i) {
    const person = registry.register(nameText(st.p.text, toks, i, e), i, s.index);
    st.mention(person, i, e, s.index, 'full', i);
    cover(st.covered, i, e);
    return e - 1;
  }
  return undefined;
}

/** The token after the comma, past "the" or "a". */
function appositiveStart(st: MentionScan, e: number): number {
  const k = e + 1;
  return ['the', 'a'].includes(st.toks[k]?.low ?? '') ? k + 1 : k;
}

/** "Zhao Leji, chairman of the National People's Congress Standing Committee,". */
function appositiveLegislature(st: MentionScan, c: CastCursor, i: number, e: number): number | undefined {
  const { p, lex, toks, registry, legislatureTail, addTitle, mention } = st;
  const { s } = c;
  const k = appositiveStart(st, e);
  const lh = lex.legislatureHeads.matchToks(toks, k, s.to);
  const ltail = lh ? legislatureTail(k + lh.length, s.to) : undefined;
  if (!ltail) return undefined;
  const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
  const title = titleCase(spanText(p.text, toks, k, ltail.to));
  addTitle(person, title, ltail.country, ltail.country ? 3 : 0, !c.former, s.index);
  mention(person, i, ltail.to, s.index, 'full', i);
  cover(st.covered, i, ltail.to);
  return ltail.to - 1;
}

/** "Lula, the president of Brazil,", "X, President of the Republic of Kenya,", "X, Foreign Minister, said". */
function appositiveTitle(st: MentionScan, c: CastCursor, i: number, e: number, known: boolean, placeLike: boolean): number | undefined {
  const { p, lex, toks, placeAt, registry, ofCountry, delegationCountry, addTitle, mention } = st;
  const { s } = c;
  const k = appositiveStart(st, e);
  let c2 = placeAt.get(k);
  const after = c2 ? (toks[c2.to]?.low === "'s" ? c2.to + 1 : c2.to) : k;
  const tm2 = matchTitle(toks, after, s.to, lex, true, p.text);
  if (!tm2) return undefined;
  const of2 = !c2 ? ofCountry(tm2.to, s.to) : undefined;
  if (of2) {
    c2 = of2;
    tm2.to = of2.to;
  }
  // "X, Foreign Minister, said": a capitalised title alone; its country comes from context.
  const bare = !c2 && !tm2.plural && toks[after]!.cap && after === k && (toks[tm2.to]?.low === ',' || toks[tm2.to]?.low === ';' || toks[tm2.to]?.low === 'and' || tm2.to >= s.to - 1);
  // "X, President of the King's Privy Council for Canada,": the one country the title phrase names.
  if (!c2 && !bare && !tm2.plural && toks[after]!.cap && after === k && ['of', 'for'].includes(toks[tm2.to]?.low ?? '')) {
    let q = tm2.to + 1;
    // (Not past "and": "the President of the European Council and a former Portuguese prime minister".)
    while (q < s.to && q - tm2.to < 12 && ![',', ';', '.', 'and', 'or'].includes(toks[q]!.low) && !placeAt.has(q)) q++;
    const pl = placeAt.get(q);
    if (pl && pl.kind !== 'city') c2 = pl;
  }
  // A short form before a list ("Modi, Brazilian President Lula and …") is no appositive.
  if (!(c2 || bare) || tm2.plural || (known && isNameWord(toks[tm2.to])) || (placeLike && !of2)) return undefined;
  const person: Person = registry.register(nameText(p.text, toks, i, e), i, s.index);
  // "The Kenyan delegation included X, Prime Cabinet Secretary": that delegation's country.
  const prev = toks[i - 1];
  const delegation = c2 || !['included', 'including'].includes(prev?.low ?? '') ? undefined : delegationCountry(i - 1, s.from);
  const titleCountry = c2 ? undefined : delegation ?? lex.countryTitles.get(foldText(tm2.title));
  addTitle(person, tm2.title, c2?.iso3 ?? titleCountry, c2 || delegation ? 3 : titleCountry ? 2 : 0, !c.former, s.index);
  mention(person, i, tm2.to, s.index, 'full', i);
  cover(st.covered, i, tm2.to);
  return tm2.to - 1;
}

function appositiveEndingInOffice(st: MentionScan, c: CastCursor, i: number, e: number): number | undefined {
  const { p, lex, toks, placeAt, registry, addTitle, mention } = st;
  const { s } = c;
  let close = e + 2;
  while (close < s.to && close - e <= 30 && toks[close]!.low !== ',' && toks[close]!.low !== ';') close++;
  let and = close - 1;
  while (and > e + 2 && toks[and]!.low !== 'and') and--;
  const pl = toks[and]?.low === 'and' ? placeAt.get(and + 1) : undefined;
  const at = pl ? (toks[pl.to]?.low === "'s" ? pl.to + 1 : pl.to) : -1;
  const tm3 = pl && pl.kind !== 'city' && pl.kind !== 'org' ? matchTitle(toks, at, close, lex, true, p.text) : undefined;
  if (!tm3 || tm3.plural || tm3.to !== close || lex.notCurrentBefore.has(toks[and + 1]!.low)) return undefined;
  const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
  addTitle(person, titleCase(tm3.title), pl!.iso3, 3, !c.former, s.index);
  mention(person, i, e, s.index, 'full', i);
  cover(st.covered, i, close);
  return close - 1;
}
