// Meeting cues whose object is a person: "visited President X", "paid courtesy visits to X",
// "discussed trade with X", "granted an audience to X", "called X". A visit paid to someone, a
// discussion held with them, an audience or a call is a meeting.
import type { Sentence } from '../../nlp.js';
import { loadData } from '../../lexicon.js';
import type { StoryContext } from '../../types.js';
import { BOUNDARY } from '../../clauses/modality.js';
import type { Cue } from './cues.js';

interface PersonObjectWords {
  visitVerbs: Set<string>;
  payingVerbs: Set<string>;
  visitNouns: Set<string>;
  discussionVerbs: Set<string>;
  audienceVerbs: Set<string>;
  callingVerbs: Set<string>;
  bilateralNouns: Set<string>;
}

let words: PersonObjectWords | undefined;

/** cues.yaml's person-object meeting words, loaded once. */
function personObjectWords(): PersonObjectWords {
  if (words) return words;
  const m = loadData<{ meeting: Record<string, string[]> }>('cues.yaml').meeting;
  words = {
    visitVerbs: new Set(m.person_visit_verbs),
    payingVerbs: new Set(m.paying_verbs),
    visitNouns: new Set(m.visit_nouns),
    discussionVerbs: new Set(m.discussion_verbs),
    audienceVerbs: new Set(m.audience_verbs),
    callingVerbs: new Set(m.calling_verbs),
    bilateralNouns: new Set(m.bilateral_nouns),
  };
  return words;
}

/** "discussed", "reviewed": talk that may have been held by phone, so it places nobody. */
export function isDiscussionVerb(low: string): boolean {
  return personObjectWords().discussionVerbs.has(low);
}

/** Whether a person's name starts at token k, after at most a determiner or possessive and a title's capitalised words. */
function personAt(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  let q = /^(the|his|her|their)$/.test(toks[k]?.low ?? '') ? k + 1 : k;
  const ms = ctx.m.persons[s.index]!;
  for (const limit = q + 3; q < s.to && q <= limit; q++) {
    if (ms.some((m) => m.from === q)) return true;
    if (!toks[q]!.cap) return false;
  }
  return false;
}

/** "visited President X": the visit verb with a person right after it (not "was visited by"). */
function visitedPerson(ctx: StoryContext, s: Sentence, i: number, w: PersonObjectWords): Cue | undefined {
  const toks = ctx.parsed.toks;
  if (!w.visitVerbs.has(toks[i]!.low) || /^(was|were|been|being)$/.test(toks[i - 1]?.low ?? '') || !personAt(ctx, s, i + 1)) return undefined;
  return { from: i, to: i + 1, kind: 'verb', text: 'visited' };
}

/** "paid (a one-day | courtesy) visit(s) to X": a paying verb, a few modifiers, the noun, "to" and a person. */
function visitPaidTo(ctx: StoryContext, s: Sentence, i: number, w: PersonObjectWords): Cue | undefined {
  const toks = ctx.parsed.toks;
  if (!w.payingVerbs.has(toks[i]!.low)) return undefined;
  for (let q = i + 1; q < s.to && q - i <= 5; q++) {
    const low = toks[q]!.low;
    if (w.visitNouns.has(low)) return toks[q + 1]?.low === 'to' && personAt(ctx, s, q + 2) ? { from: i, to: q + 2, kind: 'verb', text: 'paid a visit to' } : undefined;
    if (low === ',' || BOUNDARY.has(low) || toks[q]!.pos === 'VERB' || ctx.m.persons[s.index]!.some((m) => m.from === q)) return undefined;
  }
  return undefined;
}

/**
 * "discussed trade and security, due to be reviewed in May, with visiting President X": the
 * discussion verb, then "with" and a person later in its clause. It places nobody (a discussion may
 * be a call), as the talk cues do.
 */
function discussedWith(ctx: StoryContext, s: Sentence, i: number, w: PersonObjectWords): Cue | undefined {
  const toks = ctx.parsed.toks;
  if (!w.discussionVerbs.has(toks[i]!.low)) return undefined;
  const ms = ctx.m.persons[s.index]!;
  for (let q = i + 1; q < s.to && q - i <= 20; q++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || /^(said|says|told|that|\.)$/.test(low) || ms.some((m) => m.from === q)) return undefined;
    if (low === 'and' && toks[q + 1]?.pos === 'VERB') return undefined;
    if (low === 'with') return personAt(ctx, s, q + 1) || personAt(ctx, s, q + 2) ? { from: i, to: q + 1, kind: 'verb', text: 'discussed with', call: true } : undefined;
  }
  return undefined;
}

/** "granted an audience to X", "was granted a royal audience of X": the verb, a few modifiers, "audience", a preposition and a person. */
function audienceGranted(ctx: StoryContext, s: Sentence, i: number, w: PersonObjectWords): Cue | undefined {
  const toks = ctx.parsed.toks;
  if (!w.audienceVerbs.has(toks[i]!.low)) return undefined;
  for (let q = i + 1; q < s.to && q - i <= 4; q++) {
    if (toks[q]!.low !== 'audience') continue;
    const prep = /^(to|with|of|by|from)$/.test(toks[q + 1]?.low ?? '') ? q + 1 : q;
    return personAt(ctx, s, prep + 1) ? { from: i, to: prep + 1, kind: 'verb', text: 'granted an audience' } : undefined;
  }
  return undefined;
}

/** "called X to congratulate him", "telephoned his counterpart X": a call placed to a person (not "called on", nor "was called"). */
function calledPerson(ctx: StoryContext, s: Sentence, i: number, w: PersonObjectWords): Cue | undefined {
  const toks = ctx.parsed.toks;
  if (!w.callingVerbs.has(toks[i]!.low) || /^(was|were|been|being|is|are)$/.test(toks[i - 1]?.low ?? '') || !personAt(ctx, s, i + 1)) return undefined;
  return { from: i, to: i + 1, kind: 'remote', text: 'called' };
}

/** "had a bilateral with X", "<Leader> bilat with X" (headline style): a bilateral meeting, "with" right after it and a person. */
function bilateralWith(ctx: StoryContext, s: Sentence, i: number, w: PersonObjectWords): Cue | undefined {
  const toks = ctx.parsed.toks;
  if (!w.bilateralNouns.has(toks[i]!.low) || toks[i + 1]?.low !== 'with' || !personAt(ctx, s, i + 2)) return undefined;
  return { from: i, to: i + 2, kind: 'verb', text: 'bilateral with' };
}

/** A meeting cue at token i whose object is a person, if one starts there. */
export function personObjectCue(ctx: StoryContext, s: Sentence, i: number): Cue | undefined {
  const w = personObjectWords();
  return visitedPerson(ctx, s, i, w) ?? visitPaidTo(ctx, s, i, w) ?? discussedWith(ctx, s, i, w) ?? audienceGranted(ctx, s, i, w) ?? calledPerson(ctx, s, i, w) ?? bilateralWith(ctx, s, i, w);
}
