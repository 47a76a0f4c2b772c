// The words the mention finders share: locatives, state forms, group nouns, and small readers of them.
import type { Tok } from '../nlp.js';
import type { Lexicons } from '../lexicons.js';
import { isNameWord, matchTitle, titleCase } from '../people.js';
import { loadData } from '../lexicon.js';

const words = loadData<Record<'locative' | 'place_prepositions' | 'deal_words' | 'state_words' | 'state_forms' | 'legislature_head_words' | 'group_nouns' | 'country_group_nouns' | 'surname_after' | 'office_unit_nouns' | 'entourage_nouns' | 'appointment_verbs', string[]>>('mention-words.yaml');
export const LOCATIVE = new Set(words.locative);
export const PRONOUN_SUBJ = new Set(['he', 'she']);
export const DEAL_WORDS = new Set(words.deal_words);
// Words of a state's formal name between "of" and the country ("of the Republic of Kenya").
export const STATE_WORDS = new Set(words.state_words);
// The last word of a state's form that can stand for the story's own country ("President of the Republic").
export const STATE_FORMS = new Set(words.state_forms);
export const PARTICLE_HYPHEN_START = /^[a-z]{1,3}-\p{Lu}/u;
// Royal and courtesy styles after "His"/"Her" (and their plurals after "Their").
export const STYLE_WORDS = new Set(['highness', 'majesty', 'excellency']);
export const PLURAL_STYLE_WORDS = new Set(['highnesses', 'majesties', 'excellencies']);
// "His Excellency" and "His Highness" abbreviated without stops: a style only in capitals before a name ("HE Ana Ruiz").
export const CAPITAL_STYLES = new Set(['HE', 'HH']);
// Office heads that a legislature can follow ("Speaker of the National Assembly").
export const LEGISLATURE_HEAD_WORDS = new Set(words.legislature_head_words);
// A capitalised run after one of these is a place or building ("the meeting at Temple Trees"), not a person.
export const PLACE_PREPOSITIONS = new Set(words.place_prepositions);
export const GROUP_NOUNS = new Set(words.group_nouns);
export const COUNTRY_GROUP_NOUNS = new Set(words.country_group_nouns);
/** Nouns of a unit of government that close an office's phrase ("… Region Division X"). */
export const OFFICE_UNIT_NOUNS = new Set(words.office_unit_nouns);
/** "X's entourage included …": the nouns for the people who travel with a leader. */
export const ENTOURAGE_NOUNS = new Set(words.entourage_nouns);
/** "X was sworn in as …", "X, who was appointed …": the verbs that give a named person an office. */
export const APPOINTMENT_VERBS = words.appointment_verbs;
/** Words right before a country word that make it a surname ("Prime Minister Montenegro"). */
export const SURNAME_AFTER = new Set(words.surname_after);


/**
 * "Foreign and Defense Ministers" for n people: "Foreign Minister", "Defense Minister" when the
 * portfolios number n, else the one singular title for all.
 */
export function sharedTitles(title: string, n: number): string[] {
  const m = /^(.+?)\s+(\S+)$/.exec(title);
  if (m) {
    const parts = m[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    if (parts.length === n) return parts.map((x) => `${x} ${m[2]}`);
  }
  return Array.from({ length: n }, () => title);
}

/**
 * Whether the capitalised run [k, e) after "Country's" is a person: two name words at least,
 * no organisation or building word in it or right after it ("Brazil's Central Bank", "China's
 * Belt and Road Initiative"), and the story names them again by one of its words ("Lula").
 */
export function possessiveIntro(toks: Tok[], k: number, e: number, lex: Lexicons): boolean {
  let nameWords = 0;
  for (let q = k; q < e; q++) {
    if (lex.notPersonWords.has(toks[q]!.low)) return false;
    if (isNameWord(toks[q])) nameWords++;
  }
  const next = toks[e];
  if (nameWords < 2 || (next && next.cap && (lex.notPersonWords.has(next.low) || next.sent === toks[k]!.sent && !/^\p{P}/u.test(next.text) && isNameWord(next)))) return false;
  const words = new Set<string>();
  for (let q = k; q < e; q++) if (toks[q]!.cap && toks[q]!.text.length > 2) words.add(toks[q]!.low);
  for (let q = 0; q < toks.length; q++) {
    if (q === k) q = e;
    const t = toks[q];
    if (t && t.cap && words.has(t.low) && !isNameWord(toks[q + 1])) return true;
  }
  return false;
}

/**
 * Whether a name-like run [k, e) goes on into a building or place word ("Khalid International
 * Airport"). Its first word is never the test: "Park Min-soo" is a person.
 */
export function namesAPlace(toks: Tok[], k: number, e: number, lex: Lexicons): boolean {
  for (let q = k + 1; q <= e; q++) if (toks[q]?.cap && lex.placeNameHeads.has(toks[q]!.low)) return true;
  return false;
}

const VENUE_NOUNS = new Set(loadData<{ venue_nouns: string[] }>('place-nouns.yaml').venue_nouns.map((w) => w.toLowerCase()));

/**
 * Whether the name-like run [k, e) after a title at `from` is part of a venue's name: a venue noun
 * follows it, a possessive does ("Queen Mara's Banquet Hall": the hall is named after her, she is
 * not there), or the run is a venue noun itself inside a longer name ("at the Regent Ambassador
 * Hotel": not "Ambassador Hotel", whereas "Ambassador Hall said" may be a person).
 */
export function namesAVenue(toks: Tok[], from: number, k: number, e: number): boolean {
  const venue = (q: number) => !!toks[q]?.cap && VENUE_NOUNS.has(toks[q]!.low);
  if (venue(e)) return true;
  const lead = toks[from - 1];
  if (e === k + 1 && venue(k) && !!lead && lead.sent === toks[k]!.sent && (lead.cap || lead.low === 'the' || PLACE_PREPOSITIONS.has(lead.low))) return true;
  if (toks[e]?.low !== "'s") return false;
  for (let q = e + 1; q < toks.length && q - e <= 4 && toks[q]!.cap && toks[q]!.sent === toks[k]!.sent; q++) if (venue(q)) return true;
  return false;
}

/** An "of" within the next few words: the cheap test before trying a lower-case title. */
export function ofWithin(toks: Tok[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k - i <= 6; k++) if (toks[k]!.low === 'of') return true;
  return false;
}

let titleStartCache: Set<string> | undefined;
export function titleStarts(lex: Lexicons): Set<string> {
  if (titleStartCache) return titleStartCache;
  const set = new Set<string>([...lex.modifiers, ...lex.portfolio]);
  for (const w of lex.headFirstWords) {
    set.add(w);
    set.add(w + 's');
    if (w.endsWith('y')) set.add(`${w.slice(0, -1)}ies`);
  }
  for (const w of ['and', 'of', 'for', 'the']) set.delete(w);
  titleStartCache = set;
  return set;
}

export function groupAt(toks: Tok[], k: number, end: number, lex: Lexicons): { to: number; kind: 'people' | 'countries' } | undefined {
  const t = toks[k];
  if (!t || k >= end) return undefined;
  if (t.low === 'heads' && toks[k + 1]?.low === 'of' && toks[k + 2]?.low === 'state') return { to: k + 3, kind: 'people' };
  if (t.low === 'foreign' || t.low === 'defence' || t.low === 'defense') {
    const g = groupAt(toks, k + 1, end, lex);
    return g;
  }
  if (COUNTRY_GROUP_NOUNS.has(t.low) && t.low !== 'sides') return { to: k + 1, kind: 'countries' };
  if (GROUP_NOUNS.has(t.low)) return { to: k + 1, kind: 'people' };
  const tm = matchTitle(toks, k, end, lex, true, '');
  if (tm?.plural) return { to: tm.to, kind: 'people' };
  void titleCase;
  return undefined;
}
