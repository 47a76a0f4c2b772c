import { nameWords, parseName } from './tokens.js';
import { sameSpelling } from './spelling.js';
import { nameRelation } from './variants.js';

/** One person key of a story and how many of the story's triples name it. */
export interface StoryPerson {
  key: string;
  triples: number;
}

/**
 * The key a story's own names give each person (alias key → the story's key for that person).
 * Within one story a writer names one person in one way, then shortens it, so two rules hold
 * there that the graph can not apply across stories:
 * - two keys that are one full name spelt two ways (a strong relation) are one person, even when
 *   the extraction gave them offices in two countries (one is the other's typo);
 * - a one-word key that is the first word of exactly one longer key of the story ("Dariush" after
 *   "Dariush Tabrizi") is that person, unless a longer key ends with it (then it may be a surname
 *   two people of the story share).
 * The key kept is the one of more words ("al-Haddad" over "Haddad"), then the one more triples name, then the smallest.
 */
export function storyNames(people: readonly StoryPerson[]): Map<string, string> {
  const sorted = [...people].sort(byPreference);
  const rank = new Map(sorted.map((p, i) => [p.key, i]));
  const into = new Map<string, string>();
  const root = (k: string): string => {
    while (into.has(k)) k = into.get(k)!;
    return k;
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [root(sorted[i]!.key), root(sorted[j]!.key)];
      if (a === b || !nameRelation(sorted[i]!.key, sorted[j]!.key)?.strong) continue;
      if (rank.get(a)! < rank.get(b)!) into.set(b, a);
      else into.set(a, b);
    }
  }
  const groups = new Set(sorted.map((p) => root(p.key)));
  for (const p of sorted) {
    const core = parseName(p.key).core;
    if (core.length !== 1 || parseName(p.key).generation || root(p.key) !== p.key) continue;
    const longer = [...groups].filter((k) => k !== p.key && parseName(k).core.length >= 2);
    const first = longer.filter((k) => sameSpelling(parseName(k).core[0]!, core[0]!));
    const last = longer.filter((k) => sameSpelling(parseName(k).core.at(-1)!, core[0]!));
    if (first.length === 1 && last.length === 0) into.set(p.key, first[0]!);
  }
  const out = new Map<string, string>();
  for (const p of people) if (root(p.key) !== p.key) out.set(p.key, root(p.key));
  return out;
}

function byPreference(a: StoryPerson, b: StoryPerson): number {
  const [wa, wb] = [nameWords(a.key).length, nameWords(b.key).length];
  if (wa !== wb) return wb - wa;
  if (a.triples !== b.triples) return b.triples - a.triples;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
