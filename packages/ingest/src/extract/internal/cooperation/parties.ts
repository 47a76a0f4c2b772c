// The parties of a cooperation sentence that names no explicit pair.
import type { Sentence } from '../nlp.js';
import { resolveGroup } from '../relations.js';
import type { RuleState, StoryContext } from '../types.js';
import type { Frame } from './frames.js';
import { sentenceActors } from './actors.js';
import { bilateralScene } from './bilateral-scene.js';
import { groupSubject } from './group-subject.js';
import { cooperationWords } from './words.js';

export interface Parties {
  parties: string[];
  /** Partners that join only one conjunct ("… and to work with Britain on X"). */
  scoped: Map<string, [number, number]>;
  /** The sentence names no party: it goes on about the cooperation just reported. */
  continuing: boolean;
}

const metCountries = (state: RuleState) => [...new Set(state.lastGroup.map((p) => p.country).filter((c): c is string => !!c))];

/** Adds the countries a group mention stands for: its people's, or the story's pair for "the two countries". */
function addGroups(ctx: StoryContext, s: Sentence, state: RuleState, set: string[], add: (c: string | undefined) => void): void {
  const toks = ctx.parsed.toks;
  for (const g of ctx.m.groups[s.index]!) {
    if (g.kind === 'people') for (const p of resolveGroup(ctx, s, g.from, g.to, state)) add(p.country);
    else {
      // "the two countries" when the sentence already names two: nothing to add.
      const n = ({ two: 2, both: 2, three: 3, four: 4 } as Record<string, number>)[toks[g.from + 1]?.low ?? ''] ?? ({ both: 2 } as Record<string, number>)[toks[g.from]!.low];
      if (n && set.length >= n) continue;
      for (const c of state.parties) add(c);
      // No cooperation yet: "the two countries" are those of the people who just met.
      if (state.parties.length < 2) {
        const cs = metCountries(state);
        const pair = cs.length >= 2 && (!n || cs.length === n) ? cs : n !== 3 && n !== 4 ? bilateralScene(ctx) : undefined;
        for (const c of pair ?? []) add(c);
      }
    }
  }
}

/** "a joint venture with <Name>" where the name is no country: a firm's venture, business. */
function ventureWithNamedFirm(ctx: StoryContext, f: Frame): boolean {
  const toks = ctx.parsed.toks;
  if (!/venture/.test(f.value)) return false;
  const q = toks[f.to]?.low === 'with' || toks[f.to]?.low === 'between' ? f.to + 1 : -1;
  return q > 0 && !!toks[q]?.cap && !ctx.m.placeAt.has(q);
}

/**
 * When the sentence names one side or none: one side of the story's pair with "bilateral",
 * "jointly" … stands for the pair; a sentence with no party goes on about the cooperation just
 * reported (but "the two companies signed …" is business), or, before any, the pair who just met.
 */
function addImplied(ctx: StoryContext, s: Sentence, state: RuleState, live: readonly Frame[], strongFrame: boolean, set: string[], add: (c: string | undefined) => void): boolean {
  const toks = ctx.parsed.toks;
  const hasOrg = ctx.m.orgs[s.index]!.length > 0;
  if (live.some((f) => ventureWithNamedFirm(ctx, f))) return false;
  if (set.length === 1 && !hasOrg && state.parties.includes(set[0]!) && state.parties.length >= 2 && live.some((f) => /bilateral|joint|together|cooperat|partner/.test(f.value) || toks.slice(s.from, s.to).some((t) => t.low === 'bilateral'))) {
    for (const c of state.parties) add(c);
  } else if (set.length === 1 && !hasOrg && state.parties.length < 2 && strongFrame) {
    // Before any cooperation is reported, one side speaking of it speaks of the pair who just met.
    const met = metCountries(state);
    const pair = met.length === 2 ? met : bilateralScene(ctx);
    if (pair?.includes(set[0]!)) for (const c of pair) add(c);
  }
  let companies = false;
  if (set.length === 0) for (let q = s.from + 1; q < s.to && !companies; q++) companies = cooperationWords().businessGroups.has(toks[q]!.low) && ['two', 'both', 'the'].includes(toks[q - 1]!.low);
  if (set.length === 0 && !hasOrg && state.parties.length >= 2 && strongFrame && !companies) {
    for (const c of state.parties) add(c);
    return true;
  }
  // (No party and a weak frame: the scene's pair still, once the frame names areas.)
  if (set.length === 0 && !hasOrg && !companies) {
    const met = metCountries(state);
    for (const c of met.length === 2 ? met : bilateralScene(ctx) ?? []) add(c);
  }
  return false;
}

/** The parties of the sentence, in the order it names them, then those groups and context imply. */
export function sentenceParties(ctx: StoryContext, s: Sentence, state: RuleState, live: readonly Frame[], strongFrame: boolean): Parties {
  const set: string[] = [];
  const add = (c: string | undefined) => {
    if (c && !set.includes(c)) set.push(c);
  };
  const firstFrame = live[0]!.from;
  const subjectGroup = groupSubject(ctx, s, firstFrame, state);
  const { order, scoped } = sentenceActors(ctx, s, firstFrame, subjectGroup);
  if (subjectGroup.length >= 2 && ctx.parsed.toks[subjectGroup.at]?.low === 'they') for (const c of subjectGroup.countries) add(c);
  for (const t of order) add(t.iso3);
  addGroups(ctx, s, state, set, add);
  const continuing = addImplied(ctx, s, state, live, strongFrame, set, add);
  return { parties: set, scoped, continuing };
}
