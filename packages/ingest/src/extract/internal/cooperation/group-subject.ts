// A group subject of a cooperation sentence: "They", "the two ministers", "both leaders".
import type { Sentence } from '../nlp.js';
import { resolveGroup } from '../relations.js';
import type { RuleState, StoryContext } from '../types.js';

export interface GroupSubject {
  at: number;
  countries: string[];
  length: number;
}

const uniq = (cs: (string | undefined)[]) => [...new Set(cs.filter((c): c is string => !!c))];

/**
 * The countries of a group subject before the frame: "They" (the people of the last meeting,
 * else the story's current pair), "the two ministers", "both leaders".
 */
export function groupSubject(ctx: StoryContext, s: Sentence, frameAt: number, state: RuleState): GroupSubject {
  const toks = ctx.parsed.toks;
  const none = { at: -1, countries: [], length: 0 };
  // (Only people: "the two countries'" may mean another pair than the story's current one.)
  const g = ctx.m.groups[s.index]!.find((x) => x.from < frameAt);
  if (g) {
    const cs = g.kind === 'people' ? uniq(resolveGroup(ctx, s, g.from, g.to, state).map((p) => p.country)) : [];
    return { at: g.from, countries: cs, length: cs.length };
  }
  for (let q = s.from; q < frameAt; q++) {
    if (toks[q]!.low !== 'they') continue;
    // Only a subject that opens the clause: no person or country named before it.
    if (ctx.m.persons[s.index]!.some((m) => m.from < q) || ctx.m.places[s.index]!.some((p) => p.from < q)) return none;
    const met = uniq(state.lastGroup.map((p) => p.country));
    const cs = met.length >= 2 ? met : state.parties.length >= 2 ? [...state.parties] : [];
    return { at: q, countries: cs, length: cs.length };
  }
  return none;
}
