import { nameWords } from './tokens.js';
import { nameRelation } from './variants.js';

/** Keys among `others` that name `part`: the same key or a strong variant of it (spelling, order). */
export function keysNaming(part: string, others: readonly string[]): string[] {
  return others.filter((k) => k === part || nameRelation(part, k)?.strong === true);
}

/**
 * Whether a key is two people's names run together ("mohammed bin salman adel abdul mahdi"):
 * its first words (two or more) name one person and the rest (two or more) another, two people
 * whose names do not relate. `namesOf` gives the known keys that name a part.
 */
export function isFusedPair(key: string, namesOf: (part: string) => readonly string[]): boolean {
  const words = nameWords(key);
  if (words.length < 4) return false;
  for (let cut = 2; cut <= words.length - 2; cut++) {
    const heads = namesOf(words.slice(0, cut).join(' '));
    if (heads.length === 0) continue;
    const tails = namesOf(words.slice(cut).join(' '));
    if (heads.some((h) => tails.some((t) => h !== t && nameRelation(h, t) === null))) return true;
  }
  return false;
}
