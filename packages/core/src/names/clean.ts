import { foldText, personKey } from '../keys.js';
import { countries } from '../reference/countries.js';
import { nameWords, parseName } from './tokens.js';
import { AMBIGUOUS_STYLES, CAPTION_TAILS, COMMON_WORDS, KEPT_PREFIXES, LEADING_STYLES, NAME_PARTICLES, OFFICE_TO_COME, TRAILING_STYLES } from './vocabulary.js';

/** Why a mention is not kept as a person. */
export type NotAPersonReason = 'only-a-title' | 'common-noun' | 'country-name' | 'place-or-body' | 'too-short';

export type CleanedPersonName =
  | { ok: true; key: string; name: string; stripped: string[] }
  | { ok: false; reason: NotAPersonReason; detail: string };

// Word lists compiled once into phrase tables (folded words joined by one space), longest first.
const phrases = (list: readonly string[]) => [...new Set(list.map((p) => nameWords(p).join(' ')))].sort((a, b) => b.split(' ').length - a.split(' ').length);
/** A phrase table by word count, longest first: a name is folded once and looked up once per length. */
interface PhraseTable {
  lengths: number[];
  byLength: Map<number, Set<string>>;
  /** The first and the last words of the phrases: most names start and end with neither. */
  firsts: Set<string>;
  lasts: Set<string>;
}
function phraseTable(list: readonly string[]): PhraseTable {
  const byLength = new Map<number, Set<string>>();
  for (const phrase of phrases(list)) {
    const n = phrase.split(' ').length;
    if (!byLength.has(n)) byLength.set(n, new Set());
    byLength.get(n)!.add(phrase);
  }
  const all = [...byLength.values()].flatMap((set) => [...set].map((phrase) => phrase.split(' ')));
  return { lengths: [...byLength.keys()].sort((a, b) => b - a), byLength, firsts: new Set(all.map((w) => w[0]!)), lasts: new Set(all.map((w) => w[w.length - 1]!)) };
}
/** Every style, and each with "-elect"/"-designate" after it. */
const LEADING = phraseTable(LEADING_STYLES.flatMap((s) => [s, ...OFFICE_TO_COME.map((x) => `${s} ${x}`)]));
const AMBIGUOUS = new Set(phrases(AMBIGUOUS_STYLES));
const TRAILING = phraseTable([...TRAILING_STYLES, ...CAPTION_TAILS]);
const COMMON = new Set(COMMON_WORDS.flatMap((w) => nameWords(w)));
/** Common words as written, hyphens kept ("co-operation"). */
const COMMON_WRITTEN = new Set(COMMON_WORDS.map((w) => foldText(w)));
const isCommonWord = (word: string) => COMMON_WRITTEN.has(foldText(word).replace(/[^\p{L}-]/gu, ''));
const PARTICLES = new Set(NAME_PARTICLES);
const KEPT = new Set(KEPT_PREFIXES);
/** Names of bodies and buildings end with these ("Rashtrapati Bhavan", "Blue House"); a person's name does not. */
const PLACE_HEADS = new Set(['embassy', 'ministry', 'palace', 'house', 'hall', 'building', 'bhavan', 'secretariat', 'council', 'office', 'parliament', 'assembly', 'cooperation', 'states', 'union', 'business']);

let countryWords: Set<string> | undefined;
/** Every word of every country's names, official names, other spellings and demonyms ("timor", "leste", "british"). */
function isCountryWord(w: string): boolean {
  countryWords ??= new Set(countries().flatMap((c) => [c.name, c.official, ...c.altSpellings, ...c.demonyms]).flatMap((n) => nameWords(n)));
  return countryWords.has(w);
}

// A story's people are cleaned by key and by display name, and titles recur: each display word is folded once.
const WORD_PARTS = new Map<string, string[]>();
function wordParts(word: string): string[] {
  let parts = WORD_PARTS.get(word);
  if (parts === undefined) {
    parts = nameWords(word);
    if (WORD_PARTS.size > 100_000) WORD_PARTS.clear();
    WORD_PARTS.set(word, parts);
  }
  return parts;
}

/**
 * How many leading (or trailing) display words make up a listed phrase (0 when none does); the
 * longest wins. A display word may hold more than one phrase word ("President-elect"), so the
 * edge words are folded once and each span is looked up by its folded word count.
 */
function phraseAt(words: string[], table: PhraseTable, fromEnd: boolean): { length: number; phrase: string } {
  const reach = Math.min(words.length, table.lengths[0] ?? 0);
  // Every span holds the edge word: when its folded edge starts (ends) no phrase, none matches.
  const edgeParts = reach > 0 ? wordParts(words[fromEnd ? words.length - 1 : 0]!) : [];
  if (edgeParts.length && !(fromEnd ? table.lasts.has(edgeParts[edgeParts.length - 1]!) : table.firsts.has(edgeParts[0]!))) return { length: 0, phrase: '' };
  const edge = fromEnd ? words.slice(words.length - reach) : words.slice(0, reach);
  const folded = edge.map(wordParts);
  for (let k = reach; k >= 1; k--) {
    const part = (fromEnd ? folded.slice(reach - k) : folded.slice(0, k)).flat();
    const phrase = part.join(' ');
    if (table.byLength.get(part.length)?.has(phrase)) return { length: k, phrase };
  }
  return { length: 0, phrase: '' };
}

/** Name words that are not particles: what "one word left" counts. */
const nameCount = (words: string[]) => parseName(words.join(' ')).core.filter((w) => !PARTICLES.has(w)).length;

/** The words after a leading style (or null when none may go): a style that is also a given name goes only before two name words. */
function afterStyle(words: string[], stripped: string[]): string[] | null {
  const lead = phraseAt(words, LEADING, false);
  if (lead.length === 0 || lead.length >= words.length) return null;
  const rest = words.slice(lead.length);
  if (AMBIGUOUS.has(lead.phrase) && nameCount(rest) < 2) return null;
  stripped.push(lead.phrase);
  return rest;
}

/** Drops leading styles and ranks and trailing caption words and post-nominals from display words. */
function stripStyles(words: string[], stripped: string[]): string[] {
  let out = words;
  for (;;) {
    const rest = afterStyle(out, stripped);
    if (rest) {
      out = rest;
      continue;
    }
    // A style after a prefix of rank that stays in the key ("Sheikh Dr …"): the style goes, the prefix stays.
    const afterPrefix = out.length > 2 && nameWords(out[0]!).length === 1 && KEPT.has(nameWords(out[0]!)[0]!) ? afterStyle(out.slice(1), stripped) : null;
    if (afterPrefix) {
      out = [out[0]!, ...afterPrefix];
      continue;
    }
    const tail = phraseAt(out, TRAILING, true);
    if (tail.length > 0 && tail.length < out.length) {
      stripped.push(tail.phrase);
      out = out.slice(0, out.length - tail.length);
      continue;
    }
    // Leading common words glued on by a headline or caption ("Co-operation Sheikh Abdullah…").
    if (out.length > 2 && isCommonWord(out[0]!) && !isCommonWord(out[1]!)) {
      stripped.push(foldText(out[0]!));
      out = out.slice(1);
      continue;
    }
    return out;
  }
}

/**
 * A person mention as the graph keys it, or why it names no person. Ranks, styles and royal
 * titles are stripped as honorifics are (contract v1.1), and so are caption tails ("… photo");
 * a name made only of common nouns or country words, a body's or building's name, or a word
 * of two letters or fewer is not a person.
 */
export function cleanPersonName(name: string): CleanedPersonName {
  const stripped: string[] = [];
  const words = stripStyles(name.trim().split(/\s+/).filter(Boolean), stripped);
  const folded = words.flatMap(wordParts);
  const core = parseName(folded.join(' ')).core.filter((w) => !PARTICLES.has(w));
  if (core.length === 0) return { ok: false, reason: 'only-a-title', detail: `"${name}" is only a title or style` };
  if (core.every((w) => COMMON.has(w) || isCountryWord(w))) {
    const countryOnly = core.every((w) => isCountryWord(w) && !COMMON.has(w));
    return countryOnly
      ? { ok: false, reason: 'country-name', detail: `"${name}" is (part of) a country's name` }
      : { ok: false, reason: 'common-noun', detail: `"${name}" is a common noun, not a person` };
  }
  if (folded.length > 0 && PLACE_HEADS.has(folded[folded.length - 1]!) && folded.length > 1) {
    return { ok: false, reason: 'place-or-body', detail: `"${name}" names a place or a body, not a person` };
  }
  if (phraseAt(words, LEADING, false).length === words.length) return { ok: false, reason: 'only-a-title', detail: `"${name}" is only a title or style` };
  if (core.length === 1 && core[0]!.length <= 2) return { ok: false, reason: 'too-short', detail: `"${name}" is too short to be a name` };
  const display = words.join(' ');
  return { ok: true, key: personKey(display), name: display, stripped };
}
