// The side of a meeting its sentence names only by a reference the mention stage left unresolved:
// "The PM also held talks with X", "the top Chinese diplomat met X", "In his meeting with X, he …".
// In a story about one official's day, that is the story's main actor.
import type { Sentence, Tok } from '../../nlp.js';
import type { Person } from '../../people.js';
import { MASK } from '../../lexicons.js';
import { loadData } from '../../lexicon.js';
import type { StoryContext } from '../../types.js';
import { BOUNDARY } from '../../clauses/modality.js';
import type { Cue } from './cues.js';

let heads: Set<string> | undefined;

/** cues.yaml meeting.reference_heads, loaded once. */
function referenceHeads(): Set<string> {
  return (heads ??= new Set(loadData<{ meeting: { reference_heads: string[] } }>('cues.yaml').meeting.reference_heads));
}

/** Words between a subject and its meeting verb ("the PM also held", "he later met"). */
const VERB_LEAD = /^(also|later|then|earlier|subsequently|separately|has|had|have|first|further)$/;

/** The reference noun phrase [from, to) ends at `end`: a pronoun, or "the" … and an office or reference head. */
function referenceStart(ctx: StoryContext, toks: Tok[], s: Sentence, end: number): number {
  const last = toks[end - 1];
  if (!last) return -1;
  if (/^(he|she)$/.test(last.low)) return end - 1;
  if (!(last.mask & MASK.title) && !referenceHeads().has(last.low)) return -1;
  for (let q = end - 2; q >= s.from && end - q <= 5; q--) {
    const t = toks[q]!;
    if (t.low === 'the') return q;
    if (!(t.cap || t.pos === 'ADJ' || t.pos === 'NOUN' || ctx.m.placeAt.has(q))) return -1;
  }
  return -1;
}

/** Where a subject noun phrase may end: right before the cue ("the PM also held"), or after the opening adverbial that holds it. */
function subjectEnds(ctx: StoryContext, s: Sentence, cue: Cue, right: Person[]): number[] {
  const toks = ctx.parsed.toks;
  const ends: number[] = [];
  let q = cue.from;
  while (q > s.from && VERB_LEAD.test(toks[q - 1]!.low)) q--;
  if (q > s.from && toks[q - 1]!.low !== ',') ends.push(q);
  // "While meeting with X, the premier said", "In his meeting with X, he discussed": the noun phrase after the adverbial's comma.
  if (cue.from - s.from > 4) return ends;
  const last = ctx.m.persons[s.index]!.filter((m) => right.includes(m.person) && m.kind !== 'pronoun').pop();
  const after = last ? last.to : cue.to;
  let comma = after;
  while (comma < s.to && comma - after <= 6 && toks[comma]!.low !== ',' && !BOUNDARY.has(toks[comma]!.low)) comma++;
  if (toks[comma]?.low !== ',') return ends;
  for (let e = comma + 2; e < s.to && e - comma <= 6; e++) {
    if (toks[e]!.pos !== 'VERB' && toks[e]!.pos !== 'AUX') continue;
    ends.push(e);
    break;
  }
  return ends;
}

/** The person named most often in the story (the first named of equals), of `country` when given. */
function mainActor(ctx: StoryContext, exclude: Person[], country: string | undefined): Person | undefined {
  const counts = new Map<Person, number>();
  for (const list of ctx.m.persons) for (const m of list) if (m.person && !exclude.includes(m.person) && (!country || m.person.country === country)) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
  let best: Person | undefined;
  for (const [p, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best)! && p.firstTok < best.firstTok)) best = p;
  return best;
}

/**
 * The story's main actor, when the meeting's subject is a pronoun or an office named without a
 * name ("the PM", "the top Chinese diplomat", of that country when a demonym says so) that the
 * mention stage could not resolve to anyone else than the meeting's partner.
 */
export function unnamedSubject(ctx: StoryContext, s: Sentence, cue: Cue, right: Person[]): Person[] {
  const toks = ctx.parsed.toks;
  // "The discussion held with X focused on …", "Another fruitful meeting with X …": a meeting the
  // sentence opens with and gives no holder.
  // ("The summit held between A and his guests" names both sides.)
  const opening = toks.slice(s.from, cue.from).every((t, q) => /^(the|this|another|a|an)$/.test(t.low) || (t.pos === 'ADJ' && !ctx.m.placeAt.has(s.from + q)));
  if (cue.kind === 'noun' && opening && !toks.slice(cue.to, cue.to + 3).some((t) => t.low === 'between')) return actorFor(ctx, s.from, s.from, right);
  for (const end of subjectEnds(ctx, s, cue, right)) {
    const from = referenceStart(ctx, toks, s, end);
    if (from < 0) continue;
    const inside = ctx.m.persons[s.index]!.filter((m) => m.from < end && m.to > from);
    if (inside.some((m) => m.person && !right.includes(m.person))) return [];
    // A "he" the mention stage left unresolved on purpose (after an unnamed "The Chilean
    // president") is nobody we know; one it gave the meeting's own partner is the actor.
    if (/^(he|she)$/.test(toks[from]!.low) && !inside.length) return [];
    return actorFor(ctx, from, end, right);
  }
  return [];
}

/** The main actor a reference [from, to) names: of the country of its demonym, if it has one. */
function actorFor(ctx: StoryContext, from: number, end: number, right: Person[]): Person[] {
  let country: string | undefined;
  for (let q = from; q < end; q++) if (ctx.m.placeAt.get(q)?.kind === 'demonym') country = ctx.m.placeAt.get(q)!.iso3;
  const actor = mainActor(ctx, right, country);
  return actor ? [actor] : [];
}
