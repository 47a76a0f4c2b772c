import { isPatronymicLink } from './tokens.js';

/**
 * An Arabic name read as its nasab: the given name, the fathers' names each written after a link
 * ("Faris bin Nadir bin Khalid": Nadir, then Khalid), then what follows the last of them (the family
 * name, or forebears written without a link).
 */
export interface Nasab {
  given: string[];
  fathers: string[];
  rest: string[];
}

/** The nasab of a name's compared words, or null when no link ("bin", "ibn"…) follows its first word. */
export function nasabOf(core: readonly string[]): Nasab | null {
  let i = 1;
  while (i < core.length && !isPatronymicLink(core[i]!)) i++;
  if (i + 1 >= core.length) return null;
  const given = core.slice(0, i);
  const fathers: string[] = [];
  while (i + 1 < core.length && isPatronymicLink(core[i]!)) {
    fathers.push(core[i + 1]!);
    i += 2;
  }
  return { given, fathers, rest: core.slice(i).filter((w) => !isPatronymicLink(w)) };
}

type SameWord = (a: string, b: string) => boolean;

/** Indexes of `long` that the words of `short` meet in order (each the first match left), or null. */
function matchInOrder(short: readonly string[], long: readonly string[], same: SameWord): number[] | null {
  const at: number[] = [];
  let j = 0;
  for (const w of short) {
    while (j < long.length && !same(w, long[j]!)) j++;
    if (j === long.length) return null;
    at.push(j++);
  }
  return at;
}

/**
 * Whether a shorter name can be a nasab written shorter: the same given name, the fathers a prefix
 * of the other's chain (a son's father first: "Faris bin Nadir" is not "Faris bin Khalid bin
 * Nadir"), and what follows in order in what follows the other's (a family name added or left
 * out). A name without a link may leave the links out ("Hamdan Nadir"), but never reaches a
 * grandfather past the father. Null when neither name is a nasab (other rules decide then).
 */
export function nasabAgrees(short: readonly string[], long: readonly string[], same: SameWord): boolean | null {
  const s = nasabOf(short);
  const l = nasabOf(long);
  if (!l) return s ? false : null;
  if (!s) {
    if (!same(short[0]!, l.given[0]!)) return false;
    const chain = [...l.given.slice(1), ...l.fathers, ...l.rest];
    const at = matchInOrder(short.slice(1), chain, same);
    if (!at) return false;
    const fathersMet = at.map((j) => j - (l.given.length - 1)).filter((j) => j >= 0 && j < l.fathers.length);
    return fathersMet.every((j, k) => j === k);
  }
  if (s.given.length !== l.given.length || !s.given.every((w, k) => same(w, l.given[k]!))) return false;
  const common = Math.min(s.fathers.length, l.fathers.length);
  for (let k = 0; k < common; k++) if (!same(s.fathers[k]!, l.fathers[k]!)) return false;
  const tailS = [...s.fathers.slice(common), ...s.rest];
  const tailL = [...l.fathers.slice(common), ...l.rest];
  if (tailS.length === 0 || tailL.length === 0) return true;
  return matchInOrder(tailS, tailL, same) !== null || matchInOrder(tailL, tailS, same) !== null;
}
