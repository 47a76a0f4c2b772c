// Plural titles: several holders named after one title ("the foreign ministers of Peru and
// Chile, A and B", "Foreign ministers A of Spain and B of Brazil", "Syria's foreign and defense ministers, A and B").
import { isNameWord, nameEnd, nameText } from '../../people.js';
import { sharedTitles } from '../words.js';
import type { PlaceMention } from '../../mentions.js';
import type { MentionScan } from '../scan.js';
import { cover, type CastCursor } from './cursor.js';
import type { TitleRead } from './holder.js';
import { holdersWithPortfolios } from './portfolio-lists.js';

/** The plural title's holders, if the text names them; returns the index to read on from. */
export function readPluralHolders(st: MentionScan, c: CastCursor, i: number, r: TitleRead): number | undefined {
  if (!r.tm.plural) return undefined;
  const withPortfolios = holdersWithPortfolios(st, c, i, r);
  if (withPortfolios !== undefined) return withPortfolios;
  const listed = st.toks[r.tm.to]?.low === 'of' ? holdersOfCountries(st, c, i, r) : undefined;
  if (listed !== undefined) return listed;
  let q = holdersEachOfCountry(st, c, r);
  // "Syria's foreign and defense ministers, A and B": one country, the titles shared out in order.
  if (q === undefined && r.country) q = holdersSharingTitles(st, c, i, r);
  // "Prime Ministers A and B": one office each, their countries from the story.
  if (q === undefined && st.toks[i]!.cap && r.k === r.tm.to) q = holdersSharingTitles(st, c, i, r);
  if (q === undefined) return undefined;
  cover(st.covered, i, q);
  return Math.max(i, q - 1);
}

/** "The foreign ministers of Peru and Chile, Ana Ruiz and Luis Soto,": countries and names in order. */
function holdersOfCountries(st: MentionScan, c: CastCursor, i: number, r: TitleRead): number | undefined {
  const { p, toks, placeAt, registry, covered, coordinatedNames, skipHonorifics, addTitle, mention } = st;
  const { s } = c;
  const cs: PlaceMention[] = [];
  let q = r.tm.to + 1;
  while (q < s.to) {
    if (toks[q]!.low === 'the') q++;
    const pl = placeAt.get(q);
    if (!pl || pl.kind === 'city') break;
    cs.push(pl);
    q = pl.to;
    if (toks[q]?.low === 'and' || (toks[q]?.low === ',' && toks[q + 1]?.low !== 'and' && placeAt.has(q + 1))) q++;
    else if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
    else break;
  }
  // The names follow after a comma, or straight on in a headline-like run ("of Peru and Chile Ana Ruiz and Luis Soto").
  const comma = toks[q]?.low === ',';
  if (cs.length < 2 || (!comma && !isNameWord(toks[q]))) return undefined;
  const names = coordinatedNames(skipHonorifics(comma ? q + 1 : q, s.to), s.to, cs.length);
  if (names.length !== cs.length) return undefined;
  names.forEach(([a, b], idx) => {
    const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
    addTitle(person, r.tm.title, cs[idx]!.iso3, 3, r.national, s.index);
    mention(person, idx === 0 ? i : a, b, s.index, 'full', a);
  });
  const end = names[names.length - 1]![1];
  cover(covered, i, end);
  return end - 1;
}

/** "Foreign ministers José Manuel Albares of Spain and Mauro Vieira of Brazil": the token after the last, if any. */
function holdersEachOfCountry(st: MentionScan, c: CastCursor, r: TitleRead): number | undefined {
  const { p, toks, placeAt, registry, stopAt, addTitle, mention } = st;
  const { s } = c;
  let q = r.k;
  let any = false;
  while (q < s.to) {
    const e = nameEnd(toks, q, s.to, stopAt);
    if (e <= q) break;
    const pl = toks[e]?.low === 'of' ? placeAt.get(e + 1) : undefined;
    if (!pl || !pl.iso3) break;
    const after = pl.to;
    const person = registry.register(nameText(p.text, toks, q, e), q, s.index);
    addTitle(person, r.tm.title, pl.iso3, 3, r.national, s.index);
    mention(person, q, after, s.index, 'full', q);
    any = true;
    if (toks[after]?.low === 'and' || toks[after]?.low === ',') q = after + 1;
    else break;
  }
  return any ? q : undefined;
}

function holdersSharingTitles(st: MentionScan, c: CastCursor, i: number, r: TitleRead): number | undefined {
  const { p, toks, registry, coordinatedNames, addTitle, mention } = st;
  const { s } = c;
  const names = coordinatedNames(r.k, s.to, 6);
  if (names.length < 2) return undefined;
  const titles = sharedTitles(r.tm.title, names.length);
  names.forEach(([a, b], idx) => {
    const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
    addTitle(person, titles[idx]!, r.country, r.strength, r.national, s.index);
    mention(person, idx === 0 ? (r.cb ? r.cb.from : i) : a, b, s.index, 'full', a);
  });
  c.lastTitleList = titles;
  return names[names.length - 1]![1];
}
