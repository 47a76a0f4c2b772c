import { isFusedPair, keysNaming, nameRelation, nameWords, parseName, spellingBlock, type NameRelation } from '@wiregraph/core';
import { formsOf, type PersonRecord } from './people.js';

/**
 * Candidate pairs: only people who share a word spelt alike (same spelling block) are compared,
 * so the work grows with the people who could be one, not with the square of the graph.
 */
const MAX_BLOCK = 400;

export interface RelatedPair {
  /** Indexes into the people list: the shorter form's node first. */
  shorter: number;
  longer: number;
  relation: NameRelation;
}

function blocksOf(forms: readonly string[][]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  forms.forEach((list, i) => {
    const seen = new Set<string>();
    for (const form of list) {
      const name = parseName(form);
      // An Arabic compound is compared joined too ("abdul karim" meets "abdulkarim"): its block as well.
      for (const w of [...name.core, ...(name.joined?.core ?? [])]) {
        if (w.length < 2) continue;
        const b = spellingBlock(w);
        if (seen.has(b)) continue;
        seen.add(b);
        let list = blocks.get(b);
        if (!list) blocks.set(b, (list = []));
        list.push(i);
      }
    }
  });
  return blocks;
}

/** The strongest relation between any form of one node and any form of the other. */
function bestRelation(a: readonly string[], b: readonly string[]): NameRelation | null {
  let best: NameRelation | null = null;
  for (const fa of a) {
    for (const fb of b) {
      const r = nameRelation(fa, fb);
      if (r && (!best || (r.strong && !best.strong))) best = r;
      if (best?.strong) return best;
    }
  }
  return best;
}

/** Every pair of people whose names relate, in a stable order (by the two keys). */
export function relatedPairs(people: readonly PersonRecord[]): RelatedPair[] {
  const forms = people.map(formsOf);
  const seen = new Set<number>();
  const out: RelatedPair[] = [];
  for (const members of blocksOf(forms).values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = Math.min(members[x]!, members[y]!);
        const j = Math.max(members[x]!, members[y]!);
        const id = i * people.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        const relation = bestRelation(forms[i]!, forms[j]!);
        if (!relation) continue;
        const iShorter = forms[i]!.includes(relation.shorter);
        out.push({ shorter: iShorter ? i : j, longer: iShorter ? j : i, relation });
      }
    }
  }
  const key = (p: RelatedPair) => `${people[p.shorter]!.key}\u0000${people[p.longer]!.key}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Nodes whose key is two other people's names run together ("mohammed bin salman adel abdul mahdi"). */
export function fusedNodes(people: readonly PersonRecord[]): Set<number> {
  const forms = people.map(formsOf);
  const blocks = blocksOf(forms);
  const fused = new Set<number>();
  people.forEach((p, i) => {
    if (nameWords(p.key).length < 4) return;
    const namesOf = (part: string) => {
      const words = parseName(part).core;
      const near = blocks.get(spellingBlock(words[words.length - 1] ?? '')) ?? [];
      return keysNaming(part, near.filter((k) => k !== i).flatMap((k) => forms[k]!));
    };
    if (isFusedPair(p.key, namesOf)) fused.add(i);
  });
  return fused;
}
