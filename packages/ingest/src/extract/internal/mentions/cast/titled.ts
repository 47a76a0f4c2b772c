// Titled people: "French President Emmanuel Macron", "President of Ghana X", "Prime Minister X of Y".
import { nameEnd, nameText } from '../../people.js';
import { namesAPlace, namesAVenue } from '../words.js';
import type { MentionScan } from '../scan.js';
import { cover, type CastCursor, type LegislatureTitle } from './cursor.js';
import { castTitleAt } from './title-match.js';
import { readHolder, type TitleRead } from './holder.js';
import { readTitleTail } from './title-tail.js';
import { readPluralHolders } from './plural.js';

/** A title at token i and the holder(s) it names; returns the index to read on from, or undefined when no title starts here. */
export function readTitled(st: MentionScan, c: CastCursor, i: number, legis: LegislatureTitle | undefined): number | undefined {
  const ct = castTitleAt(st, c, i, legis);
  if (!ct) return undefined;
  const r = readHolder(st, c, i, ct);
  readTitleTail(st, c, r, legis);
  const plural = readPluralHolders(st, c, i, r);
  if (plural !== undefined) return plural;
  const { toks } = st;
  const e = nameEnd(toks, r.k, c.s.to, st.stopAt);
  // "King Khalid International Airport", "Queen Elizabeth Hospital", "the Regent Ambassador Hotel": a place named after someone.
  if (e > r.k && !r.tm.plural && (namesAPlace(toks, r.k, e, st.lex) || namesAVenue(toks, r.mfrom, r.k, e))) return e - 1;
  if (e > r.k && !r.tm.plural) return readHolderName(st, c, i, r, e);
  alsoHolds(st, c, i, r);
  return r.tm.to - 1;
}

/** The one holder named after the title, at [r.k, e). */
function readHolderName(st: MentionScan, c: CastCursor, i: number, r: TitleRead, e: number): number {
  const { p, lex, toks, placeAt, registry, formerTitled, covered, addTitle, mention } = st;
  const { s, lastTitled } = c;
  if (lex.notCurrentAfter.has(toks[e]?.low ?? '') || (toks[e]?.low === '-' && lex.notCurrentAfter.has(toks[e + 1]?.low ?? ''))) r.national = false;
  if (/-elect$/i.test(toks[r.tm.to - 1]!.text)) r.national = false;
  // "President Emmanuel Macron of France".
  let end = e;
  const of = toks[e]?.low === 'of' ? placeAt.get(e + 1) : undefined;
  if (!r.country && of && of.kind !== 'city') [r.country, r.strength, end] = [of.iso3, 3, of.to];
  // "Iraqi Prime Minister A and Foreign Minister B": a second, different office right after
  // "and" shares the first one's country word (one state has one prime minister, so
  // "Japanese Prime Minister A and Prime Minister B" is another country's).
  // Only a pair: not the last of a list ("A, B and host Prime Minister C"), nor a title with
  // its own modifier ("and visiting Foreign Minister C").
  if (!r.country && r.mfrom === i && toks[r.mfrom - 1]?.low === 'and' && lastTitled?.country && lastTitled.end === r.mfrom - 1 && toks[lastTitled.start! - 1]?.low !== ','
    && lastTitled.title.toLowerCase() !== r.tm.title.toLowerCase()) {
    [r.country, r.strength] = [lastTitled.country, 3];
  }
  const person = registry.register(nameText(p.text, toks, r.k, e), r.k, s.index);
  if (r.wasFormer) formerTitled.add(person);
  addTitle(person, r.tm.title, r.country, r.strength, r.national, s.index);
  mention(person, r.mfrom, end, s.index, 'full', r.k);
  c.lastTitled = { person, title: r.tm.title, country: r.strength === 3 ? r.country : undefined, start: r.mfrom, end };
  cover(covered, i, e);
  return e - 1;
}

/** "Marles, who is also Australia's Deputy Prime Minister": a second office for the antecedent. */
function alsoHolds(st: MentionScan, c: CastCursor, i: number, r: TitleRead): void {
  const { toks, persons, addTitle } = st;
  const { s } = c;
  const at = r.cb ? r.cb.from : i;
  const before = persons[s.index]!.filter((m) => m.to <= at);
  const lead = toks.slice(Math.max(s.from, at - 3), at).map((x) => x.low).join(' ');
  if (before.length && /\b(?:is|was|as)(?: also)?$/.test(lead) && r.national) {
    addTitle(before[before.length - 1]!.person, r.tm.title, r.country, r.strength, r.national, s.index);
  }
}
