// What a story says about where one person is from, clue by clue: each reads the text around
// the person's office mention (or the welcome they gave) and names a country, or nothing.
import type { Parsed } from '../nlp.js';
import type { StoryMentions } from '../mentions.js';
import type { Person } from '../people.js';
import { ACCOMPANY, TRAVEL_VERBS, TRAVEL_WITH } from '../travel-words.js';

/** "<place>, where <someone> … meet/talks with <p>": the country of that place, for p's office mention. */
export function whereHost(parsed: Parsed, m: StoryMentions, p: Person): string | undefined {
  if (p.officeSent === undefined) return undefined;
  const toks = parsed.toks;
  const mine = m.persons[p.officeSent]!.find((x) => x.person === p && x.kind === 'full');
  if (!mine) return undefined;
  const s = parsed.sentences[p.officeSent]!;
  for (let w = mine.from - 1; w > s.from + 1 && mine.from - w <= 12; w--) {
    if (toks[w]!.low !== 'where' || toks[w - 1]!.low !== ',') continue;
    // Only the meeting's other side: "where he is expected to meet President X", "hold talks with Prime Minister X".
    const between = toks.slice(w + 1, mine.from).map((t) => t.low);
    if (!between.some((x) => /^(?:meet|met|meets|talks|meeting|call)$/.test(x))) return undefined;
    // ("leave for Sri Lanka on Sunday, where": the last place of the clause before the comma.)
    const pl = [...m.places[s.index]!].reverse().find((x) => x.to <= w - 1 && w - 1 - x.to <= 3);
    return pl && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' && pl.iso3 ? pl.iso3 : undefined;
  }
  return undefined;
}

const WELCOME_VERBS = /^(received|welcomed|greeted)$/;
const SPEECH_VERBS = /^(said|says|told|announced|stated|declared|insisted|warned|added)$/;

/** The country of the place p is said to speak in, at their office mention ("X said in Seoul"). */
export function spokeIn(parsed: Parsed, m: StoryMentions, p: Person): string | undefined {
  if (p.officeSent === undefined) return undefined;
  const toks = parsed.toks;
  const mine = m.persons[p.officeSent]!.find((x) => x.person === p && x.kind === 'full');
  if (!mine) return undefined;
  let q = mine.to;
  if (toks[q]?.low === 'also' || toks[q]?.low === 'later') q++;
  if (!SPEECH_VERBS.test(toks[q]?.low ?? '') || toks[q + 1]?.low !== 'in') return undefined;
  const pl = m.placeAt.get(q + 2);
  return pl && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' && pl.iso3 ? pl.iso3 : undefined;
}

/** "On the Philippine side, … Secretary X": the country of the side named before p in p's office sentence. */
export function sideOf(parsed: Parsed, m: StoryMentions, p: Person): string | undefined {
  if (p.officeSent === undefined) return undefined;
  const s = parsed.sentences[p.officeSent]!;
  if (!s.text.includes(' side')) return undefined;
  const toks = parsed.toks;
  const mine = m.persons[s.index]!.find((x) => x.person === p);
  if (!mine) return undefined;
  let found: string | undefined;
  for (let k = s.from; k < mine.from - 3; k++) {
    if (!/^(on|from|for)$/.test(toks[k]!.low) || toks[k + 1]!.low !== 'the') continue;
    const pl = m.placeAt.get(k + 2);
    if (pl && pl.iso3 && (pl.kind === 'demonym' || pl.kind === 'name') && toks[pl.to]?.low === 'side') found = pl.iso3;
  }
  return found;
}

/** The person p is said to travel with or accompany in p's office sentence (", who travelled with Y,"). */
export function companionOf(parsed: Parsed, m: StoryMentions, p: Person): Person | undefined {
  if (p.officeSent === undefined) return undefined;
  const s = parsed.sentences[p.officeSent]!;
  if (!s.text.includes('ccompan') && !TRAVEL_WITH.test(s.text)) return undefined;
  const toks = parsed.toks;
  const ms = m.persons[s.index]!;
  const mine = ms.find((x) => x.person === p && x.kind === 'full');
  if (!mine) return undefined;
  let k = mine.to;
  if (toks[k]?.low === ',' && toks[k + 1]?.low === 'who') k += 2;
  const withVerb = TRAVEL_VERBS.has(toks[k]?.low ?? '') && toks[k + 1]?.low === 'with';
  if (!withVerb && !ACCOMPANY.has(toks[k]?.low ?? '')) return undefined;
  return ms.find((x) => x.from > k && x.from - k <= (withVerb ? 3 : 2) && x.kind !== 'pronoun')?.person;
}

/** The one destination of a traveller whom p welcomed ("was received … by p"), if any. */
export function welcomerCountry(parsed: Parsed, m: StoryMentions, p: Person, travelled: Map<Person, Set<string>>): string | undefined {
  const toks = parsed.toks;
  for (const s of parsed.sentences) {
    const ms = m.persons[s.index]!;
    const mine = ms.find((x) => x.person === p && toks[x.from - 1]?.low === 'by');
    if (!mine) continue;
    if (!toks.slice(Math.max(s.from, mine.from - 8), mine.from).some((t) => WELCOME_VERBS.test(t.low))) continue;
    const dests = new Set<string>();
    for (const x of ms) if (x.person !== p) for (const w of travelled.get(x.person) ?? []) dests.add(w);
    if (dests.size === 1) return [...dests][0];
  }
  return undefined;
}

const ENVOY_WORDS = /^(?:ambassador|ambassadors|ambassador-designate|envoy|envoys|commissioner)$/;

/**
 * "the new ambassador to Venezuela presented his credentials to President X", "X received the
 * credentials of the new ambassador to Peru": who receives an envoy's credentials is of the
 * country the envoy is sent to (the one such country the sentence names).
 */
export function credentialsReceiver(parsed: Parsed, m: StoryMentions, p: Person): string | undefined {
  const toks = parsed.toks;
  for (const s of parsed.sentences) {
    if (!/\bcredentials\b/i.test(s.text)) continue;
    const mine = m.persons[s.index]!.find((x) => x.person === p && x.kind !== 'pronoun');
    if (!mine || toks.slice(mine.from, mine.to).some((t) => ENVOY_WORDS.test(t.low))) continue;
    const sentTo = new Set<string>();
    for (let k = s.from + 1; k < s.to - 1; k++) {
      if (!ENVOY_WORDS.test(toks[k]!.low) || toks[k + 1]!.low !== 'to') continue;
      const pl = m.placeAt.get(k + 2);
      if (pl && pl.iso3 && (pl.kind === 'name' || pl.kind === 'city')) sentTo.add(pl.iso3);
    }
    if (sentTo.size === 1) return [...sentTo][0];
  }
  return undefined;
}
