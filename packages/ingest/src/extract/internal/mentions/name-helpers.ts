// Readers of names, titles and the countries around them, over the mention scan's shared state.
import { HONORIFIC_WORDS, type Person, type PersonMention, isNameWord, nameEnd } from '../people.js';
import { CAPITAL_STYLES, PLURAL_STYLE_WORDS, STATE_WORDS, STYLE_WORDS } from './words.js';
import type { PlaceMention } from '../mentions.js';
import type { MentionScan } from './scan.js';

export function stopAt(st: MentionScan, i: number, inside = false) {
  const { lex, toks, placeAt } = st;
  const pl = placeAt.get(i);
  // A country word ends a name, except a one-word country inside one ("Luís Montenegro").
  if (pl && pl.kind === 'name' && inside && pl.to === i + 1 && !pl.possessive && isNameWord(toks[i - 1])) return false;
  if (pl && (pl.kind === 'name' || pl.kind === 'demonym')) return true;
  return toks[i]!.cap && !!lex.heads.matchToks(toks, i, toks.length);
}
export function skipHonorifics(st: MentionScan, k: number, end: number) {
  const { toks } = st;
  let q = k;
  for (;;) {
    const t = toks[q];
    if (!t || q >= end) return q;
    if (HONORIFIC_WORDS.has(t.low) || HONORIFIC_WORDS.has(t.text.toLowerCase())) q++;
    else if (t.low === 'the' && (HONORIFIC_WORDS.has(toks[q + 1]?.low ?? '') || toks[q + 1]?.low === 'right')) q++;
    else if (t.low === 'right' && toks[q + 1]?.low === 'honourable') q++;
    // Royal and courtesy styles: "His Highness", "Her Majesty", "His Royal Highness".
    else if ((t.low === 'his' || t.low === 'her') && STYLE_WORDS.has(toks[q + 1]?.low ?? '')) q += 2;
    else if ((t.low === 'his' || t.low === 'her') && toks[q + 1]?.low === 'royal' && STYLE_WORDS.has(toks[q + 2]?.low ?? '')) q += 3;
    // "Their Royal Highnesses Prince A, Prince B and Prince C".
    else if (t.low === 'their' && PLURAL_STYLE_WORDS.has(toks[q + 1]?.low ?? '')) q += 2;
    else if (t.low === 'their' && toks[q + 1]?.low === 'royal' && PLURAL_STYLE_WORDS.has(toks[q + 2]?.low ?? '')) q += 3;
    else if (capitalStyleAt(st, q)) q++;
    else return q;
  }
}
/** "HE Ana Ruiz": an abbreviated style in capitals, right before a name or another style. */
export function capitalStyleAt(st: MentionScan, q: number): boolean {
  const { toks } = st;
  const next = toks[q + 1];
  return CAPITAL_STYLES.has(toks[q]?.text ?? '') && !!next && next.sent === toks[q]!.sent && (isNameWord(next) || HONORIFIC_WORDS.has(next.low));
}
/** The coordinated names from token k on ("A, B and C", "A and B"), at most `max`, as [from, to) spans. */
export function coordinatedNames(st: MentionScan, k: number, end: number, max: number): [number, number][] {
  const { toks, stopAt, skipHonorifics } = st;
  const names: [number, number][] = [];
  let r = k;
  while (r < end && names.length < max) {
    const e2 = nameEnd(toks, r, end, stopAt);
    if (e2 <= r) break;
    names.push([r, e2]);
    if (toks[e2]?.low === ',' && toks[e2 + 1]?.low === 'and') r = skipHonorifics(e2 + 2, end);
    else if (toks[e2]?.low === 'and' || toks[e2]?.low === ',') r = skipHonorifics(e2 + 1, end);
    else break;
  }
  return names;
}
/**
 * "of the New Zealand House of Representatives", "of the National Assembly of Vietnam", "of the
 * National People's Congress Standing Committee" at token k (the "of"): a legislature, with the
 * country its name, a country word inside or an "of <country>" after it gives.
 */
export function legislatureTail(st: MentionScan, k: number, end: number): { to: number; country?: string } | undefined {
  const { lex, toks, placeAt, ofCountry } = st;
  if (toks[k]?.low !== 'of') return undefined;
  let q = k + 1;
  if (toks[q]?.low === 'the') q++;
  let country: string | undefined;
  const pl = placeAt.get(q);
  if (pl && pl.kind !== 'city') {
    country = pl.iso3;
    q = pl.to;
    if (toks[q]?.low === "'s") q++;
  }
  if (!toks[q]?.cap) return undefined;
  const lg = lex.legislatures.matchToks(toks, q, end);
  if (!lg) return undefined;
  q += lg.length;
  if (lg.value) country ??= lg.value;
  const of = ofCountry(q, end);
  if (of) {
    country = of.iso3;
    q = of.to;
  } else if (toks[q]?.low === 'of' && toks[q + 1]?.cap) {
    // "of the National Assembly of People's Power,": the rest of the legislature's own name.
    let r = q + 1;
    while (r < end && r - q <= 5 && (toks[r]!.cap || toks[r]!.low === "'s") && !placeAt.has(r)) r++;
    if (toks[r]?.low === ',' && toks[r - 1]!.cap) q = r;
  }
  return { to: q, country };
}
/** "Lok Sabha Speaker": a legislature whose name fixes the country, just before token i. */
export function legislatureBefore(st: MentionScan, i: number, sFrom: number): string | undefined {
  const { lex, toks } = st;
  for (let from = Math.max(sFrom, i - 4); from < i; from++) {
    if (!toks[from]!.cap) continue;
    const lg = lex.legislatures.matchToks(toks, from, i);
    if (lg && lg.length === i - from && lg.value) return lg.value;
  }
  return undefined;
}
/** The country named just before token i: "British", "Japan's", "US", "the New Zealand". */
export function countryBefore(st: MentionScan, i: number, sFrom: number): { iso3: string; from: number; org: boolean } | undefined {
  const { toks, orgs, placeAt } = st;
  let k = i - 1;
  if (k >= sFrom && toks[k]!.low === "'s") k--;
  for (let from = Math.max(sFrom, k - 3); from <= k; from++) {
    const pl = placeAt.get(from);
    if (pl && pl.to === k + 1) return { iso3: pl.iso3, from, org: false };
    const org = orgs[toks[from]!.sent]!.find((o) => o.from === from && o.to === k + 1);
    if (org) return { iso3: '', from, org: true };
  }
  return undefined;
}
/** "of Ghana", "of the Republic of Ghana", "of the UAE" at token k: the country and the end. */
export function ofCountry(st: MentionScan, k: number, end: number): PlaceMention | undefined {
  const { toks, placeAt } = st;
  if (toks[k]?.low !== 'of') return undefined;
  let q = k + 1;
  while (q < end && STATE_WORDS.has(toks[q]!.low) && !placeAt.has(q)) q++;
  const pl = placeAt.get(q);
  return pl && pl.kind !== 'city' ? pl : undefined;
}
/** "the Vietnamese delegation, including" ending at token `at`: the one country named just before "delegation". */
export function delegationCountry(st: MentionScan, at: number, sFrom: number): string | undefined {
  const { toks, placeAt } = st;
  let d = at - 1;
  while (d >= sFrom && at - d <= 6 && toks[d]!.low !== 'delegation' && toks[d]!.low !== ';') d--;
  if (toks[d]?.low !== 'delegation') return undefined;
  const cs = new Set<string>();
  for (let q = Math.max(sFrom, d - 3); q < d; q++) {
    const pl = placeAt.get(q);
    if (pl && pl.iso3 && pl.kind !== 'org' && pl.kind !== 'none') cs.add(pl.iso3);
  }
  return cs.size === 1 ? [...cs][0] : undefined;
}
export function mention(st: MentionScan, person: Person, from: number, to: number, sent: number, kind: PersonMention['kind'], nameFrom?: number) {
  const { toks, persons, highness } = st;
  const lead = toks[(nameFrom ?? from) - 1]?.low;
  if (lead === 'highness' || lead === 'majesty') highness.add(person);
  persons[sent]!.push({ person, from, to, sent, kind, nameFrom: nameFrom ?? from });
}
export function addTitle(st: MentionScan, person: Person, title: string, country: string | undefined, strength: number, national: boolean, sent: number) {
  const { needsCountry } = st;
  if (!person.titles.includes(title)) person.titles.push(title);
  if (national) {
    person.national = true;
    person.officeSent ??= sent;
  }
  if (country && strength > person.countryStrength) {
    person.country = country;
    person.countryStrength = strength;
  }
  if (!country && national && person.countryStrength === 0) needsCountry.add(person);
}
