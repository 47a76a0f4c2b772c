// A title whose "of"/"for" phrase the portfolio words do not cover ("Minister of Culture and
// Folk Heritage X", "Minister of State for Ports and Coastal Planning, X", "Secretary-General
// of the Gulf Council X"): the holder's name is the run of name words that closes the phrase, or the name
// after the comma that does.
import { MASK } from '../../lexicons.js';
import { HONORIFIC_WORDS, isNameWord, nameEnd, titleCase } from '../../people.js';
import { OFFICE_UNIT_NOUNS, STATE_FORMS, STATE_WORDS } from '../words.js';
import type { MentionScan } from '../scan.js';
import { spanText } from './cursor.js';
import { capitalStyleAt } from '../name-helpers.js';

/** Where an office phrase's holder is named, the phrase's title and the one country it names. */
export interface OfficePhrase {
  /** First token of the holder's name, past a comma and honorifics. */
  k: number;
  title: string;
  country?: string;
}

/** Words of the phrase a capitalised run stays in: joiners, and a possessive ("of Japan's National Security Council"). */
const JOINERS = new Set(['of', 'for', 'the', 'and', '&', "'s", '’s']);
const MAX_PHRASE = 14;

/** A word that belongs to a title's phrase, never to the name after it. */
function phraseWord(st: MentionScan, q: number): boolean {
  const { lex, toks, placeAt } = st;
  const t = toks[q]!;
  return !isNameWord(t) || placeAt.has(q) || lex.portfolio.has(t.low) || lex.notPersonWords.has(t.low) || STATE_WORDS.has(t.low) || STATE_FORMS.has(t.low) || OFFICE_UNIT_NOUNS.has(t.low) || lex.heads.starts(t.low) || lex.modifiers.has(t.low);
}

/** The first of the styles right before a name at `from` ("… of America HE Ana Ruiz"): the title ends there. */
function stylesBefore(st: MentionScan, from: number): number {
  let q = from;
  while (q > 0 && (HONORIFIC_WORDS.has(st.toks[q - 1]!.low) || capitalStyleAt(st, q - 1))) q--;
  return q;
}

/** Name words after the phrase's last word and up to zz: at least two, read as one name. */
function closingName(st: MentionScan, k: number, zz: number, end: number): number | undefined {
  const { toks, stopAt } = st;
  let from = zz;
  while (from > k + 1 && zz - from < 4 && !phraseWord(st, from - 1)) from--;
  return zz - from >= 2 && toks[from - 1]!.cap && nameEnd(toks, from, end, stopAt) === zz ? from : undefined;
}

/**
 * The office phrase of the title [from, k) at k (an "of" or "for"), up to the sentence's end:
 * undefined unless a name of two words or more closes it or follows its comma.
 */
export function readOfficePhrase(st: MentionScan, from: number, k: number, end: number): OfficePhrase | undefined {
  const { p, toks, placeAt, stopAt, skipHonorifics } = st;
  if (toks[k]?.low !== 'of' && toks[k]?.low !== 'for') return undefined;
  // (Not the object of a phrase: "Counsellor to the President for Regional Trade X".)
  if (toks[from - 1]?.low === 'to' || (toks[from - 1]?.low === 'the' && toks[from - 2]?.low === 'to')) return undefined;
  // (Nor a rank the office words do not know: "Joint Secretary for X", "Principal Secretary of Y".)
  const before = toks[from - 1];
  if (before && before.sent === toks[from]!.sent && before.cap && before.low !== 'the' && !HONORIFIC_WORDS.has(before.low) && !(before.mask & MASK.title) && ![...placeAt.values()].some((pl) => pl.to === from)) return undefined;
  // The capitalised run with its joiners: [k, z).
  let z = k;
  while (z < end && z - k < MAX_PHRASE && (toks[z]!.cap || JOINERS.has(toks[z]!.low))) z++;
  while (z > k && JOINERS.has(toks[z - 1]!.low)) z--;
  if (z <= k + 1) return undefined;
  // The name that closes the run (or its part before an "and": "… Education X and the Minister …").
  let nameAt: number | undefined;
  let titleTo = z;
  for (let zz = k + 2; zz <= z && nameAt === undefined; zz++) {
    if (zz < z && toks[zz]!.low !== 'and') continue;
    const from = closingName(st, k, zz, end);
    if (from !== undefined) [nameAt, titleTo] = [from, stylesBefore(st, from)];
  }
  if (nameAt === undefined && toks[z]?.low === ',') {
    // "Minister of State for Ports and Coastal Planning, Kwame Asante".
    const q = skipHonorifics(z + 1, end);
    if (nameEnd(toks, q, end, stopAt) - q >= 2) nameAt = q;
  }
  if (nameAt === undefined) return undefined;
  const countries = new Set<string>();
  for (let q = k; q < titleTo; q++) {
    const pl = placeAt.get(q);
    if (pl && pl.kind !== 'city' && pl.iso3) countries.add(pl.iso3);
  }
  return { k: nameAt, title: titleCase(spanText(p.text, toks, from, titleTo)), country: countries.size === 1 ? [...countries][0] : undefined };
}
