import { MONTH_WORDS, WEEKDAY_NAMES } from '../../internal/calendar.js';
import { isPatronymicLink, personKey, stripHonorifics } from '@wiregraph/core';
import type { Tok } from './nlp.js';
import { MASK, type Lexicons } from './lexicons.js';
import { loadData } from './lexicon.js';

/** A person the story names, with everything we learnt about them. */
export interface Person {
  id: number;
  /** Display name, the fullest form the story gives, honorifics dropped. */
  name: string;
  key: string;
  /** Folded words of the name, for matching short forms. */
  words: string[];
  titles: string[];
  /** Holds a current national office (not a former, elect, party, sub-national or international post). */
  national: boolean;
  country?: string;
  /** How sure the country is: 3 explicit in the text, 2 the title implies it, 1 from context. */
  countryStrength: number;
  visitor: boolean;
  firstTok: number;
  firstSent: number;
  /** Sentence and token of the mention that gave the office, for evidence. */
  officeSent?: number;
}

export interface PersonMention {
  person: Person;
  from: number;
  to: number;
  sent: number;
  kind: 'full' | 'short' | 'pronoun' | 'title-ref';
  /** First token of the name itself (after any demonym, title and honorifics). */
  nameFrom?: number;
}

const nameWords = loadData<{ stop_words: string[]; particles: string[]; honorifics: string[] }>('name-words.yaml');
// Month and weekday names come from the one calendar table.
const STOP_CAPS = new Set([...nameWords.stop_words, ...MONTH_WORDS, ...WEEKDAY_NAMES]);
export const PARTICLES = new Set(nameWords.particles);
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// One initial, or several run together ("G.L.", "A.H.").
const INITIAL = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3})$/u;
const ACRONYM = /^[A-Z]{3,}$/;
// Abbreviated given names ("Ma." for Maria) and generational suffixes ("Jr.") belong to a name.
const NAME_ABBR = /^\p{Lu}\p{Ll}{1,2}\.$/u;
const SUFFIX = /^(?:Jr|Sr)\.?$/;
export const HONORIFIC_WORDS = new Set(nameWords.honorifics);

const PARTICLE_HYPHEN = /^(?:el|al|ad|as|ash|bin|ben|ibn|abu|de|da|di|van|von|d|o)-\p{Lu}/u;

export function isNameWord(t: Tok | undefined): boolean {
  if (t && !t.cap && t.text.includes('-') && PARTICLE_HYPHEN.test(t.text)) return true;
  // All-capital words are acronyms ("KASA", "NATO"), not personal names.
  return !!t && t.cap && t.text.length > 1 && NAME_WORD.test(t.text) && !STOP_CAPS.has(t.low) && !t.text.endsWith('.') && !ACRONYM.test(t.text);
}

/**
 * The end (exclusive) of a capitalised name starting at `i`: name words, initials ("S
 * Jaishankar"), particles between them ("Lula da Silva", "bin Zayed") and regnal numbers
 * ("Mohammed VI"). `stop(i)` says a token begins a place or title, which ends a name.
 */
export function nameEnd(toks: Tok[], i: number, end: number, stop: (i: number, inside: boolean) => boolean): number {
  let j = i;
  let last = i;
  // Mid-sentence, a capitalised short word that is usually a function word starts a name when a
  // name follows ("General Secretary To Lam", "President Ma Ying-jeou"); never at a sentence start.
  const t0 = toks[i];
  if (t0 && t0.cap && i > 0 && toks[i - 1]!.sent === t0.sent && toks[i - 1]!.cap && t0.text.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(t0.text) && STOP_CAPS.has(t0.low) && isNameWord(toks[i + 1]) && !stop(i + 1, true)) {
    j = i + 1;
    last = j;
  }
  while (j < end && j - i < 8) {
    const t = toks[j]!;
    if (stop(j, j > i) && !(j > i && ROMAN.test(t.text))) break;
    if (isNameWord(t) && !ROMAN.test(t.text)) {
      j++;
      last = j;
      continue;
    }
    // A style written with an apostrophe ("Dato' Seri X"): the tokenizer splits the apostrophe off.
    if (j > i && (t.text === "'" || t.text === '’') && toks[j - 1]!.end === t.start && apostropheStyles().has(toks[j - 1]!.low) && isNameWord(toks[j + 1])) {
      j++;
      continue;
    }
    if (j === i + 1 && monthSurname(toks, j, end)) {
      j++;
      last = j;
      continue;
    }
    if (j > i && SUFFIX.test(t.text)) {
      j++;
      last = j;
      break;
    }
    if ((INITIAL.test(t.text) || (NAME_ABBR.test(t.text) && !HONORIFIC_WORDS.has(t.low) && !SUFFIX.test(t.text))) && j + 1 < end && isNameWord(toks[j + 1]) && !stop(j + 1, true) && t.text !== 'I' && t.text !== 'A') {
      j++;
      continue;
    }
    if (j > i && PARTICLES.has(t.low) && !t.cap && isNameWord(toks[j + 1])) {
      j++;
      continue;
    }
    // "Khalid bin Said": after "bin"/"ibn" a capitalised word is the father's name, even one that is also a verb.
    if (j > i && isPatronymicLink(t.low) && !t.cap && /^\p{Lu}\p{Ll}+$/u.test(toks[j + 1]?.text ?? '') && toks[j + 1]!.sent === t.sent) {
      j += 2;
      last = j;
      continue;
    }
    // "Juan Ramón de la Fuente", "David van der Berg": two particles in a row.
    if (j > i && PARTICLES.has(t.low) && !t.cap && PARTICLES.has(toks[j + 1]?.low ?? '') && !toks[j + 1]!.cap && isNameWord(toks[j + 2])) {
      j += 2;
      continue;
    }
    if (j > i && ROMAN.test(t.text)) {
      j++;
      last = j;
      continue;
    }
    break;
  }
  return last;
}

const MONTHS = new Set(MONTH_WORDS);
const WEEKDAYS = new Set(WEEKDAY_NAMES);

/**
 * "Clara June": a month name right after a given name is a surname when no day, year or
 * other capitalised word follows it ("in May 2024", "Biden May Visit" are not names).
 */
function monthSurname(toks: Tok[], j: number, end: number): boolean {
  const t = toks[j]!;
  if (!t.cap || !MONTHS.has(t.low) || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  const next = j + 1 < end ? toks[j + 1] : undefined;
  return !next || (!/^\d/.test(next.text) && (!next.cap || WEEKDAYS.has(next.low)));
}

/** The display name of tokens [from, to): original spacing, honorifics dropped. */
export function nameText(text: string, toks: Tok[], from: number, to: number): string {
  return stripHonorifics(text.slice(toks[from]!.start, toks[to - 1]!.end).replace(/\s+/g, ' '))
    .replace(/^(?:senator|the)\s+/i, '')
    .replace(/^(?:(?:his|her)\s+(?:royal\s+)?(?:highness|majesty|excellency)|h\.\s?h\.)\s*/i, '')
    // A royal rank before a full name is a style, like the honorifics ("Prince Faisal bin Farhan").
    .replace(/^(?:prince|princess)\s+(?=\S+\s+\S)/i, '')
    .replace(nameStyles(), '')
    .trim();
}

let stylesRe: RegExp | undefined;
let apostrophes: Set<string> | undefined;

/** Last words of the styles that end in an apostrophe ("dato" of "Dato'"). */
function apostropheStyles(): Set<string> {
  return (apostrophes ??= new Set(
    (loadData<{ name_styles?: string[] }>('offices.yaml').name_styles ?? []).filter((s) => /['’]$/.test(s)).map((s) => s.slice(0, -1).split(' ').pop()!.toLowerCase()),
  ));
}

/**
 * Styles and ranks before a name ("Datuk Seri", "Tan Sri", "General", data/offices.yaml
 * name_styles), repeated ("Tan Sri Dato' Seri"), when a capitalised name word follows that is
 * not a title word ("General Secretary" is a post, not a rank before a name).
 */
function nameStyles(): RegExp {
  if (stylesRe) return stylesRe;
  const list = loadData<{ name_styles?: string[] }>('offices.yaml').name_styles ?? [];
  const alts = [...list]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '\\s+'));
  stylesRe = new RegExp(`^(?:(?:${alts.join('|')})\\s+)+(?=\\p{Lu})(?!(?:Secretary|Assembly|Staff|Manager|Director|Counsel|Council|Motors|Electric)\\b)`, 'u');
  return stylesRe;
}

/** Per-story registry: one Person per individual, short forms merged into full names. */
export class PersonRegistry {
  readonly persons: Person[] = [];

  /** Adds or merges a person named by `name`, returns it. */
  register(name: string, tokIndex: number, sent: number): Person {
    // Initials are keyed as written ("george w. bush", "s jaishankar"): the key is the name the text gives.
    // A generational suffix loses its period ("marcos jr"): scoring ignores the suffix in that form.
    const key = personKey(name).replace(/\b(jr|sr)\.$/, '$1');
    const words = key.split(' ').filter(Boolean);
    const found = this.findByWords(words, true);
    if (found) {
      if (words.length > found.words.length) {
        found.name = name;
        found.key = key;
        found.words = words;
      }
      return found;
    }
    const p: Person = { id: this.persons.length, name, key, words, titles: [], national: false, countryStrength: 0, visitor: false, firstTok: tokIndex, firstSent: sent };
    this.persons.push(p);
    return p;
  }

  /** The person a (possibly short) name means: the words appear in that order inside their name. Unique or none. */
  findByWords(words: string[], forMerge = false): Person | undefined {
    const core = words.filter((w) => (w !== 'sheikh' && w !== 'prince' && w !== 'princess') || words.length === 1);
    if (core.length === 0) return undefined;
    if (core.length === 1 && PARTICLES.has(core[0]!)) return undefined;
    // (One word after "bin"/"ibn" in a name is the father's: "King Faisal" is not "Hamza bin Faisal".)
    const fathers = (longer: string[], shorter: string[]) => shorter.length === 1 && onlyAfterPatronymic(longer, shorter[0]!);
    const hits = this.persons.filter((p) => {
      const own = p.words.filter((w) => w !== 'sheikh');
      return (containsRun(p.words, core) && !fathers(p.words, core)) || (forMerge && containsRun(core, own) && !fathers(core, own));
    });
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      const exact = hits.filter((p) => p.words[p.words.length - 1] === core[core.length - 1]);
      if (exact.length === 1) return exact[0];
    }
    return undefined;
  }

  byTitle(head: string): Person[] {
    // ("Speaker of the National Assembly" is a speaker too.)
    return this.persons.filter((p) => p.national && p.titles.some((t) => t.toLowerCase() === head || t.toLowerCase().endsWith(' ' + head) || t.toLowerCase().startsWith(head + ' of ')));
  }
}

/** Every place the word has in the name follows "bin"/"ibn": it names the father. */
function onlyAfterPatronymic(words: string[], w: string): boolean {
  const at = words.flatMap((x, i) => (x === w ? [i] : []));
  return at.length > 0 && at.every((i) => i > 0 && isPatronymicLink(words[i - 1]!));
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** A title as the text writes it, in title case, demonym excluded: "prime minister" → "Prime Minister". */
export function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) => (i > 0 && /^(of|for|and|the)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export interface TitleMatch {
  from: number;
  to: number;
  title: string;
  /** The office head in lower case ("prime minister", "minister"). */
  head: string;
  plural: boolean;
}

/**
 * A title at token i: modifiers and portfolio words, then an office head ("Deputy Prime
 * Minister", "Commerce and Industry Minister"), then an optional "for/of" portfolio tail
 * ("Minister for Foreign Affairs"). Lower-case titles only where `allowLower`.
 */
export function matchTitle(toks: Tok[], i: number, end: number, lex: Lexicons, allowLower: boolean, text: string): TitleMatch | undefined {
  let best: TitleMatch | undefined;
  for (let k = i; k < end && k - i < 7; k++) {
    const t = toks[k]!;
    if (!t.cap && !allowLower && k === i) break;
    // A word no title phrase, plural head or modifier starts with: only a joining "and" goes on.
    if (!(t.mask & MASK.title)) {
      if (k > i && t.low === 'and' && (toks[k + 1]?.cap || allowLower)) continue;
      break;
    }
    let m = lex.heads.matchToks(toks, k, end);
    let plural = false;
    // The token that carries the plural "s" ("Heads" of "Heads of State", "Ministers" of "Prime Ministers").
    let pluralAt = -1;
    if (!m && t.low.endsWith('s')) {
      // Plural heads: "ministers", "Presidents", "Heads of State".
      // ("Secretaries": the singular of a noun in -ies ends in -y.)
      const singular = t.low.endsWith('ies') ? `${t.low.slice(0, -3)}y` : t.low.slice(0, -1);
      const single = lex.heads.match((q) => (q === k ? singular : q < end ? toks[q]!.low : undefined), k);
      if (single) {
        m = single;
        plural = true;
        pluralAt = k;
      }
    } else if (m === undefined && toks[k + 1]?.low.endsWith('s') && lex.heads.starts(t.low)) {
      // "Prime Ministers".
      const single = lex.heads.match((q) => (q === k ? t.low : q === k + 1 ? toks[k + 1]!.low.slice(0, -1) : undefined), k);
      if (single && single.length === 2) {
        m = single;
        plural = true;
        pluralAt = k + 1;
      }
    }
    if (m) {
      const headStartCap = toks[k]!.cap;
      if (!headStartCap && !allowLower && k === i) break;
      let to = k + m.length;
      const head = m.value.toLowerCase();
      // "Minister for Foreign Affairs", "Minister of External Affairs".
      if (/(minister|secretary)$/.test(head) && to + 1 < end && (toks[to]!.low === 'for' || toks[to]!.low === 'of')) {
        const q = portfolioTailEnd(toks, to + 1, end, lex);
        if (q > to + 1 && toks[q - 1]!.cap) to = q;
      }
      // The singular title: the plural word without its "s".
      const ies = plural && /ies$/i.test(toks[pluralAt]!.text);
      const raw = plural ? text.slice(toks[i]!.start, toks[pluralAt]!.end - (ies ? 3 : 1)) + (ies ? 'y' : '') + text.slice(toks[pluralAt]!.end, toks[to - 1]!.end) : text.slice(toks[i]!.start, toks[to - 1]!.end);
      best = { from: i, to, title: titleCase(raw.replace(/\s+/g, ' ')), head, plural };
      break;
    }
    // Only modifiers and portfolio words may come before the head.
    // Lower case only where allowed ("Syria's foreign and defense ministers").
    const ok = ((t.cap || allowLower) && (lex.modifiers.has(t.low) || lex.portfolio.has(t.low)) && !['the', 'and', 'of', 'for'].includes(t.low)) || (k > i && (t.low === 'and') && (toks[k + 1]?.cap || allowLower));
    if (!ok) break;
  }
  return best;
}

/**
 * The end of the portfolio words from token q on ("Foreign Affairs", "Commerce & Industry",
 * "Environment, Water and Agriculture"): a comma joins portfolios only in an enumeration that
 * "and" closes, so "Minister of Finance, Trade Minister X" keeps its two titles apart.
 */
function portfolioTailEnd(toks: Tok[], q: number, end: number, lex: Lexicons): number {
  const word = (k: number) => k < end && toks[k]!.cap && lex.portfolio.has(toks[k]!.low);
  const joins = (k: number) => ['and', 'the', '&'].includes(toks[k]!.low) && word(k + 1);
  let last = q;
  for (let k = q; k < end; k++) {
    if (word(k)) last = k + 1;
    else if (joins(k)) continue;
    else if (toks[k]!.low === ',' && word(k + 1) && enumerationClosesAt(toks, k + 1, end, lex)) continue;
    else break;
  }
  return last;
}

/** Portfolio words and commas from k on run into "and <portfolio word>". */
function enumerationClosesAt(toks: Tok[], k: number, end: number, lex: Lexicons): boolean {
  for (let q = k; q < end && q - k < 12; q++) {
    const t = toks[q]!;
    if (t.low === 'and' || t.low === '&') return q + 1 < end && toks[q + 1]!.cap && lex.portfolio.has(toks[q + 1]!.low);
    if (t.low !== ',' && t.low !== 'the' && !(t.cap && lex.portfolio.has(t.low))) return false;
  }
  return false;
}
