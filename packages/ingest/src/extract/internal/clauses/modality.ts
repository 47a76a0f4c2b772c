// Whether an event a cue names happened: negated, modal, hypothetical, denied or called off;
// and whether a clause is blocked for a cooperation reading.
import type { Sentence } from '../nlp.js';
import type { StoryContext } from '../types.js';
import { loadData } from '../lexicon.js';
import { cooperationWords } from '../cooperation/words.js';

/** The word lists of data/modality.yaml, read once per thread. */
interface ModalityWords {
  clause_boundaries: string[];
  report_nouns: string[];
  denial_verbs: string[];
  called_off: string[];
  noun_not_yet: string[];
  hypothetical: string[];
  hope_words: string[];
  condition_openers: string[];
  not_cooperation: string[];
  plan_words: string[];
  travel_infinitives: string[];
}
const WORDS = loadData<ModalityWords>('modality.yaml');

export const BOUNDARY = new Set(WORDS.clause_boundaries);

// Nouns for a report and the verbs that deny what their complement reports.
const REPORT_NOUNS = new Set(WORDS.report_nouns);
const DENY_VERBS = new Set(WORDS.denial_verbs);

// A meeting's own predicate that makes it not (yet) happen.
const CALLED_OFF = new Set(WORDS.called_off);
const NOUN_NOT_YET = new Set(WORDS.noun_not_yet);

// What blocks a cooperation reading: a hypothesis, a hope, a condition, an agreement between adversaries.
const HYPOTHETICAL = new Set(WORDS.hypothetical);
const HOPE_WORDS = new Set(WORDS.hope_words);
const CONDITION_OPENERS = new Set(WORDS.condition_openers);
const NOT_COOPERATION = new Set(WORDS.not_cooperation);

// A plan within the clause before a place: "is scheduled to visit".
const PLAN_WORDS = new Set(WORDS.plan_words);
const TRAVEL_INFINITIVES = new Set(WORDS.travel_infinitives);

/** Modality of the event whose cue starts at token c: 'neg', 'modal' or undefined (asserted). */
export function modality(ctx: StoryContext, s: Sentence, c: number, opts: { noun?: boolean; cueEnd?: number } = {}): 'neg' | 'modal' | undefined {
  const toks = ctx.parsed.toks;
  const { modal, negation } = ctx.lex;
  if (c > s.from && toks[c - 1]!.low === 'to' && !['due', 'ahead', 'according', 'next'].includes(toks[c - 2]?.low ?? '')) {
    // "agreed to meet", "is scheduled to travel": an infinitive event has not happened yet.
    return 'modal';
  }
  // "denied a report in local media that he had secretly met X": a denial governs its whole complement.
  let complement = false;
  for (let k = c - 1, n = 0; k >= s.from && n < 16; k--, n++) {
    const low = toks[k]!.low;
    if (BOUNDARY.has(low) || low === ';' || low === ',') break;
    if (low === 'that' || REPORT_NOUNS.has(low)) complement = true;
    if (DENY_VERBS.has(low) && complement) return 'neg';
  }
  for (let k = c - 1, n = 0; k >= s.from && n < 7; k--, n++) {
    const low = toks[k]!.low;
    if (BOUNDARY.has(low) || (low === ',' && n > 2)) break;
    if (negation.has(low)) return low === 'without' && opts.noun ? undefined : 'neg';
    if (modal.has(low)) {
      if (low === 'later' || low === 'ahead') continue;
      return 'modal';
    }
    if (low === 'had' && k === s.from) return 'modal'; // "Had a senior envoy come, …"
  }
  if (opts.noun) {
    const e = opts.cueEnd ?? c + 1;
    const after = toks.slice(e, Math.min(s.to, e + 5)).map((t) => t.low);
    if (after.some((w) => ['will', 'would', 'scheduled'].includes(w))) return 'modal';
    const before = toks.slice(Math.max(s.from, c - 3), c).map((t) => t.low);
    if (before.some((w) => NOUN_NOT_YET.has(w))) return 'modal';
    // "A meeting between X and Y that had been planned for Friday was postponed": the noun's own predicate.
    for (let q = e; q < s.to && q - e < 30; q++) {
      const low = toks[q]!.low;
      if (low === ';' || low === ':') break;
      if (!CALLED_OFF.has(low) || (low === 'off' && !/^(called|put)$/.test(toks[q - 1]?.low ?? ''))) continue;
      const be = toks.slice(Math.max(e, q - 3), q).some((t) => /^(was|were|is|are|been|be|got)$/.test(t.low));
      if (be) return low === 'planned' || low === 'scheduled' ? 'modal' : 'neg';
    }
  }
  return undefined;
}

/**
 * "possible" or "potential" that qualifies a noun ("discussed possible expansion of cooperation in
 * X", as "discussed ways to boost cooperation in X"), or "possible" after a superlative or "as"
 * ("the closest possible cooperation", "as closely as possible"): an attribute, no hypothesis.
 * ("It is possible that …" still is one.)
 */
function attributivePossible(toks: readonly { low: string; pos: string }[], q: number): boolean {
  if ((toks[q]!.low === 'possible' || toks[q]!.low === 'potential') && toks[q + 1]?.pos === 'NOUN') return true;
  const prev = toks[q - 1];
  // "explored the potential for strengthening ties": "potential" as a noun, the scope of a joint study.
  if (toks[q]!.low === 'potential' && !!prev && (prev.pos === 'DET' || prev.pos === 'PRON')) return true;
  if (toks[q]!.low !== 'possible') return false;
  // (The tagger reads a superlative before "possible" as an adverb as often as an adjective.)
  return !!prev && (prev.low === 'as' || prev.low === 'most' || prev.low === 'best' || ((prev.pos === 'ADJ' || prev.pos === 'ADV') && prev.low.endsWith('est')));
}

/**
 * "hopes to enhance cooperation with Y": the hoped-for act is building the cooperation itself, a
 * side's stated willingness (which counts), not a hoped-for use of it ("hoped to use the partnership to …").
 */
function hopeToBuild(toks: readonly { low: string }[], q: number): boolean {
  return toks[q + 1]?.low === 'to' && cooperationWords().tiesBuilders.test(toks[q + 2]?.low ?? '');
}

/** True when the token at k sits in a hypothetical or denied clause (for cooperation frames). */
export function clauseBlocked(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = k - 1, n = 0; q >= s.from && n < 12; q--, n++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low)) break;
    // "agreed to a ceasefire on energy infrastructure": an agreement between adversaries.
    if (NOT_COOPERATION.has(low)) return true;
    if (ctx.lex.negation.has(low) && low !== 'without') return true;
    if (low === 'without' && n < 8) return true;
    if (HYPOTHETICAL.has(low) && low !== 'would' && low !== 'should' && !attributivePossible(toks, q)) return true;
    if (low === 'had' && q === s.from) return true;
    // "hoped to use the partnership to attract investment", "talks aimed at turning …": a hope or a purpose.
    if ((HOPE_WORDS.has(low) && !hopeToBuild(toks, q)) || (low === 'aimed' && toks[q + 1]?.low === 'at')) return true;
    // "If the treaty is signed, … A would be ready to cooperate with B": the main clause of a condition.
    if ((low === 'would' || low === 'could') && CONDITION_OPENERS.has(toks[s.from]!.low)) return true;
  }
  return false;
}

export function isModalAround(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = k - 1, n = 0; q >= s.from && n < 16; q--, n++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || low === ',') break;
    if (low === 'to' && TRAVEL_INFINITIVES.has(toks[q + 1]?.low ?? '')) return true;
    if (PLAN_WORDS.has(low)) return true;
  }
  return false;
}
