import { PATRONYMIC_LINKS } from './vocabulary.js';

const LINKS = new Set(PATRONYMIC_LINKS);

/** Whether a word links a name to a father's ("bin", "ibn", "bint"…). */
export const isPatronymicLink = (word: string) => LINKS.has(word);

/**
 * An Arabic name read as its nasab: the given name, then one segment per link ("bin", "ibn",
 * "ould"…): the father's name after the first link, the grandfather's after the second
 * ("Faris bin Nadir bin Khalid": Nadir, then Khalid). A segment may hold more than the name: the
 * last one holds the family name ("… bin Khalid al-Haddad"), any one a name of two words.
 */
export interface Nasab {
  given: string[];
  segments: string[][];
}

/** The nasab of a name's compared words, or null when no link with a word after it follows the first word. */
export function nasabOf(core: readonly string[]): Nasab | null {
  let i = 1;
  while (i < core.length && !isPatronymicLink(core[i]!)) i++;
  if (i + 1 >= core.length) return null;
  const given = core.slice(0, i);
  const segments: string[][] = [];
  for (; i < core.length; i++) {
    if (isPatronymicLink(core[i]!)) segments.push([]);
    else segments[segments.length - 1]!.push(core[i]!);
  }
  return { given, segments: segments.filter((s) => s.length > 0) };
}

type SameWord = (a: string, b: string) => boolean;

/** A word of a nasab's segments: which segment, and whether it is the forebear's name (the segment's first word). */
interface Placed {
  word: string;
  segment: number;
  forebear: boolean;
}

const placed = (n: Nasab): Placed[] => n.segments.flatMap((seg, segment) => seg.map((word, i) => ({ word, segment, forebear: i === 0 })));

/**
 * Whether a shorter name can be a nasab written shorter: the same given name, each forebear's name
 * in the same segment of the other's chain (a son's father first: "Faris bin Nadir" is not "Faris
 * bin Khalid bin Nadir"), every other word in order after it (a family name added or left out). A
 * name without a link may leave the links out ("Hamdan Nadir"), but never reaches a grandfather
 * past the father. Null when neither name is a nasab (other rules decide then).
 */
export function nasabAgrees(short: readonly string[], s: Nasab | null, l: Nasab | null, same: SameWord): boolean | null {
  if (!l) return s ? false : null;
  if (!s) {
    if (!same(short[0]!, l.given[0]!)) return false;
    const chain = [...l.given.slice(1).map((word) => ({ word, segment: -1, forebear: false })), ...placed(l)];
    const met = new Set<number>();
    let at = 0;
    for (const w of short.slice(1)) {
      while (at < chain.length && !same(w, chain[at]!.word)) at++;
      if (at === chain.length) return false;
      if (chain[at]!.forebear) met.add(chain[at]!.segment);
      at++;
    }
    return [...met].every((segment) => segment === 0 || met.has(segment - 1));
  }
  if (s.given.length !== l.given.length || !s.given.every((w, k) => same(w, l.given[k]!))) return false;
  const words = placed(l);
  let at = 0;
  for (const w of placed(s)) {
    const inSegment = w.forebear && w.segment < l.segments.length;
    while (at < words.length && !(same(w.word, words[at]!.word) && (!inSegment || words[at]!.segment === w.segment))) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}
