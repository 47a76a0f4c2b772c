import { isInitial, parseName, type ParsedName } from './tokens.js';
import { oneLetterOff, sameGivenName, sameSpelling } from './spelling.js';
import { isPatronymicLink, nasabAgrees } from './nasab.js';

/**
 * How two person keys can name one person, strongest first. Strong kinds are the same full name
 * written another way; weak kinds are a shorter form, which joins only a unique candidate.
 */
export type NameRelationKind =
  | 'same-spelling' // hyphens, spaces, articles, "Sheikh", a generational suffix: kim jong un ~ kim jong-un
  | 'transliteration' // sergey lavrov ~ sergei lavrov, volodymyr zelensky ~ volodymyr zelenskyy
  | 'name-order' // suga yoshihide ~ yoshihide suga
  | 'initials' // s jaishankar ~ subrahmanyam jaishankar
  | 'given-name-short-form' // mike pompeo ~ michael pompeo
  | 'short-form' // luis arce ~ luis arce catacora, nana akufo-addo ~ nana addo dankwa akufo-addo
  | 'last-names' // tayyip erdogan ~ recep tayyip erdogan
  | 'surname' // sisi ~ abdel fattah al-sisi
  | 'given-name' // ferdinand ~ ferdinand marcos jr: joins only on a shared office at a near date
  | 'regnal-name' // abdullah ~ abdullah ii: a bare given name beside a regnal one
  | 'misspelling'; // machy sall ~ macky sall: one letter off in one word

export const STRONG_RELATIONS: ReadonlySet<NameRelationKind> = new Set(['same-spelling', 'transliteration', 'name-order']);

export interface NameRelation {
  kind: NameRelationKind;
  strong: boolean;
  /** The shorter (or equal) key of the two, the form that joins the other. */
  shorter: string;
  longer: string;
}

type WordMatch = 'exact' | 'spelling' | 'initial' | 'short-form' | null;

function wordMatch(a: string, b: string): WordMatch {
  if (a === b) return 'exact';
  // "bin", "ibn", "ben": one link written in the dialect's or the classical form.
  if (sameSpelling(a, b) || (isPatronymicLink(a) && isPatronymicLink(b))) return 'spelling';
  if ((isInitial(a) && b.startsWith(a)) || (isInitial(b) && a.startsWith(b))) return 'initial';
  if (sameGivenName(a, b)) return 'short-form';
  return null;
}

/** Word-by-word comparison of two names of one length; the weakest word match decides. */
function alignedKind(a: string[], b: string[]): NameRelationKind | null {
  const seen = new Set<WordMatch>();
  for (let i = 0; i < a.length; i++) {
    const m = wordMatch(a[i]!, b[i]!);
    if (!m) return null;
    seen.add(m);
  }
  // A surname is never an initial: "s jaishankar" ~ "subrahmanyam jaishankar", not "s j" ~ "s jaishankar".
  if (isInitial(a[a.length - 1]!) || isInitial(b[b.length - 1]!)) return null;
  if (seen.has('initial')) return a.every(isInitial) || b.every(isInitial) ? null : 'initials';
  if (seen.has('short-form')) return 'given-name-short-form';
  return seen.has('spelling') ? 'transliteration' : 'same-spelling';
}

const sameNameWord = (a: string, b: string) => sameSpelling(a, b) || sameGivenName(a, b);

/** Whether `short` is `long` with some words left out, in order, each word the same or spelt alike. */
function inOrder(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && !sameSpelling(w, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/** Every word the same but one, and that one a letter off. */
function misspeltOnce(a: string[], b: string[]): boolean {
  let off = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!oneLetterOff(a[i]!, b[i]!)) return false;
    off++;
  }
  return off === 1;
}

function sameMultiset(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const w of a) {
    const i = rest.findIndex((x) => sameSpelling(w, x));
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return true;
}

/** Suffixes of a family's generations ("Jr"), unlike regnal numbers. */
const FAMILY_SUFFIXES = new Set(['jr', 'sr']);

/** A one-word name that is the first word of a longer name: its given name (or an East Asian surname). */
const givenName = (word: string, longer: string[]) => longer.length >= 2 && !isInitial(word) && sameSpelling(word, longer[0]!);

function relate(s: ParsedName, l: ParsedName): NameRelationKind | null {
  const a = s.core;
  const b = l.core;
  if (a.length === 0 || b.length === 0) return null;
  // Regnal and generational numbers: Mohammed VI is not Mohammed V, and a bare "Abdullah" is not surely Abdullah II.
  if (s.generation !== l.generation) {
    if (s.generation && l.generation) return null;
    if (a.length === 1 && b.length === 1) return a[0] === b[0] ? 'regnal-name' : null;
    // A given name alone may be a "Jr" (never a king: "Abdullah" is not "Hussein bin Abdullah II").
    if (a.length === 1) return !s.generation && FAMILY_SUFFIXES.has(l.generation!) && givenName(a[0]!, b) ? 'given-name' : null;
  }
  if (a.join('') === b.join('')) return 'same-spelling';
  if (a.length === b.length) {
    const aligned = alignedKind(a, b);
    if (aligned) return aligned;
    // East Asian names turn round; a nasab does not ("Khalid bin Faris" is Faris bin Khalid's father or son).
    if (a.length >= 2 && a.length <= 3 && !s.familyStart && !l.familyStart && sameMultiset(a, b)) return 'name-order';
    return a.length >= 2 && misspeltOnce(a, b) ? 'misspelling' : null;
  }
  if (a.length === 1) {
    // A surname-only mention: the other's last word, unless that word is a father's name ("bin Salman").
    const last = b.length - 1;
    const afterLink = l.familyStart === last && last > 0;
    if (!isInitial(a[0]!) && !afterLink && !s.generation && sameSpelling(a[0]!, b[last]!)) return 'surname';
    return !s.generation && givenName(a[0]!, b) ? 'given-name' : null;
  }
  if (isInitial(a[a.length - 1]!)) return null;
  // Initials are part of who is meant: George W. Bush is not George H. W. Bush.
  const initials = (x: string[]) => x.filter(isInitial).join('');
  if (initials(a) && initials(a) !== initials(b)) return null;
  // A nasab written shorter: faris bin nadir ~ faris bin nadir bin khalid al haddad, never a grandson's chain.
  const nasab = s.nasab || l.nasab ? nasabAgrees(a, s.nasab, l.nasab, sameNameWord) : null;
  if (nasab) return 'short-form';
  // The same first name with the rest in order: luis arce ~ luis arce catacora.
  if (nasab === null && sameNameWord(a[0]!, b[0]!) && inOrder(a.slice(1), b.slice(1))) return 'short-form';
  const start = b.length - a.length;
  // Last names never start on a father's name: "nadir al haddad" is not "faris bin nadir al haddad".
  const onFather = isPatronymicLink(b[start - 1]!);
  if (!a.some(isInitial) && s.familyStart === 0 && !onFather && alignedKind(a, b.slice(start))) return 'last-names';
  return null;
}

/** How two person keys name one person, or null when nothing in the names joins them. */
export function nameRelation(keyA: string, keyB: string): NameRelation | null {
  const pa = parseName(keyA);
  const pb = parseName(keyB);
  const asWritten = relationOf(pa, pb, keyA, keyB);
  if (asWritten?.strong || (!pa.joined && !pb.joined)) return asWritten;
  // Arabic compounds one word ("abdul karim" as "abdulkarim"): the stronger of the two readings.
  const joined = relationOf(pa.joined ?? pa, pb.joined ?? pb, keyA, keyB);
  return joined && (!asWritten || joined.strong) ? joined : asWritten;
}

function relationOf(pa: ParsedName, pb: ParsedName, keyA: string, keyB: string): NameRelation | null {
  const [s, l, shorter, longer] = pa.core.length <= pb.core.length ? [pa, pb, keyA, keyB] : [pb, pa, keyB, keyA];
  const kind = relate(s, l);
  return kind ? { kind, strong: STRONG_RELATIONS.has(kind), shorter, longer } : null;
}
