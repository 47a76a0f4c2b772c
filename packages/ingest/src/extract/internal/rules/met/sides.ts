// The two sides of a meeting cue: who held it (before the cue) and with whom (after it), and the
// readers that find a side the cue's own clause leaves out.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { StoryContext, MeetingState } from '../../types.js';
import { BOUNDARY } from '../../clauses/modality.js';
import { coordinated, resolveGroup, uniqPersons } from '../../clauses/people.js';
import type { Cue } from './cues.js';
import { SIGNING } from './joined.js';
import { type IndexedMentions, clauseStartBefore, meetingSubject, mentionsBefore } from './subject.js';
import { unnamedSubject } from './unnamed-subject.js';

const OPENERS = /^(during|after|following|before|at|in|on|when|while|upon)$/;

/** Where the cue's object starts: "met (with) X", "talks with X", "a meeting between X and Y"; -1 when none does. */
function objectStart(ctx: StoryContext, s: Sentence, cue: Cue): number {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const k = cue.to;
  // ("met on the sidelines of the G-20 summit with X": the venue phrase stands between verb and object.)
  const venue = toks.slice(k, Math.min(s.to, k + 4)).some((t) => t.low === 'sidelines' || t.low === 'margins');
  const lookahead = cue.kind === 'verb' ? (venue ? 12 : 8) : 3;
  for (let q = k; q < s.to && q - k < lookahead; q++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || (low === ',' && cue.kind !== 'verb' && q > k)) break;
    if (cue.kind !== 'verb' && (low === 'with' || low === 'between')) return q + 1;
    if (cue.kind === 'verb' && ms.some((m) => m.from === q)) return q;
    if (cue.kind === 'remote' && (low === 'with' || (low === 'to' && q === k && /\bcall$/.test(cue.text)))) return q + 1;
    if (cue.kind === 'remote' && /^(spoke|spoken|talked|called|held)/.test(cue.text) && ms.some((m) => m.from === q || (m.from === q + 1 && toks[q]!.low === 'the'))) return q;
  }
  // "after meeting his Philippine counterpart": a gerund takes its object like a verb.
  if (cue.kind === 'noun' && /^(meeting|talks)$/.test(cue.text) && ms.some((m) => m.from === cue.to)) return cue.to;
  return -1;
}

/** The side of the meeting named after its cue ("between A and B": both are objects). */
function meetingObject(ctx: StoryContext, s: Sentence, cue: Cue): Person[] {
  const ms = ctx.m.persons[s.index]!;
  const startRight = objectStart(ctx, s, cue);
  if (startRight < 0) return [];
  const idx = ms.findIndex((m) => m.from >= startRight && m.from - startRight <= 8);
  return idx >= 0 ? uniqPersons(coordinated(ctx.parsed.toks, ms, idx, 1)) : [];
}

/** "X said … after talks in Damascus with Y": the talks are the sentence subject's. */
function subjectBeforeTalksAdverbial(ctx: StoryContext, s: Sentence, cue: Cue, right: Person[]): Person[] {
  const toks = ctx.parsed.toks;
  if (cue.kind === 'verb' || !/^(after|following|during|before)$/.test(toks[cue.from - 1]?.low ?? '')) return [];
  const subj = ctx.m.persons[s.index]!.find((m) => m.to <= cue.from && !['of', 'by', 'with', 'for', 'from'].includes(toks[m.from - 1]?.low ?? ''));
  return subj && !right.includes(subj.person) ? [subj.person] : [];
}

/**
 * The subject of the main clause after an opening adverbial that holds the cue ("During his
 * meeting with X, Y said …", "When holding talks with X, Y …"): the first person named after the
 * adverbial's closing comma.
 */
function openingAdverbialSubject(ctx: StoryContext, s: Sentence, cueFrom: number, right: Person[]): Person[] {
  const toks = ctx.parsed.toks;
  if (!OPENERS.test(toks[s.from]!.low) || cueFrom - s.from > 4) return [];
  const ms = ctx.m.persons[s.index]!;
  const last = ms.filter((m) => right.includes(m.person)).pop();
  if (!last) return [];
  let comma = last.to;
  while (comma < s.to && comma - last.to <= 6 && toks[comma]!.low !== ',') comma++;
  if (toks[comma]?.low !== ',') return [];
  const subj = ms.find((m) => m.from > comma && m.from - comma <= 6);
  return subj && !right.includes(subj.person) ? [subj.person] : [];
}

/**
 * "The MoU was exchanged by A and his Thai counterpart, B, after a bilateral meeting": the
 * pair that signed (or exchanged) a document right before "after/following <talks>" held them.
 */
function signersBeforeTalks(ctx: StoryContext, s: Sentence, cue: Cue, before: IndexedMentions): Person[] {
  const toks = ctx.parsed.toks;
  const lead = toks.slice(Math.max(s.from, cue.from - 4), cue.from);
  const afterAt = lead.findIndex((t) => t.low === 'after' || t.low === 'following');
  const [last, idx] = before[before.length - 1]!;
  const gap = toks.slice(last.to, cue.from);
  if (afterAt < 0 || gap.length > 5 || gap.some((t) => BOUNDARY.has(t.low))) return [];
  const grp = uniqPersons(coordinated(toks, ctx.m.persons[s.index]!, idx, -1));
  return grp.length >= 2 ? grp : [];
}

/** "In a phone conversation, the two leaders …": an opening adverbial's participants are the subject after it. */
function groupAfterOpeningAdverbial(ctx: StoryContext, s: Sentence, cue: Cue, state: MeetingState): Person[] {
  const toks = ctx.parsed.toks;
  const g = ctx.m.groups[s.index]!.find((x) => x.kind === 'people' && x.from >= cue.to && x.from - cue.to <= 2 && toks[x.from - 1]?.low === ',');
  return g ? resolveGroup(ctx, s, g.from, g.to, state) : [];
}

/** "A told B by phone", "A assured B over the phone": the other person before a remote cue in its clause. */
function listenerBeforeRemoteCue(ctx: StoryContext, s: Sentence, cue: Cue, speaker: Person, clauseStart: number): Person[] {
  const inClause = ctx.m.persons[s.index]!.filter((m) => m.to <= cue.from && m.from > clauseStart);
  const others = uniqPersons(inClause).filter((p) => p !== speaker);
  return others.length === 1 ? others : [];
}

/** Who held the meeting (left) and with whom (right). */
export function meetingSides(ctx: StoryContext, s: Sentence, cue: Cue, state: MeetingState): { left: Person[]; right: Person[] } {
  const clauseStart = clauseStartBefore(ctx.parsed.toks, s, cue.from);
  const before = mentionsBefore(ctx, s, cue);
  let left = meetingSubject(ctx, s, cue, state, before, clauseStart);
  let right = meetingObject(ctx, s, cue);
  if (!left.length && right.length) left = subjectBeforeTalksAdverbial(ctx, s, cue, right);
  if (!left.length && right.length) left = openingAdverbialSubject(ctx, s, cue.from, right);
  if (!left.length && right.length) left = unnamedSubject(ctx, s, cue, right);
  if (!left.length && !right.length && cue.kind === 'noun' && before.length && SIGNING.test(s.text)) left = signersBeforeTalks(ctx, s, cue, before);
  if (!left.length && !right.length && cue.kind !== 'verb') left = groupAfterOpeningAdverbial(ctx, s, cue, state);
  if (cue.kind === 'remote' && /^(by|over)\b/.test(cue.text) && left.length === 1 && !right.length) right = listenerBeforeRemoteCue(ctx, s, cue, left[0]!, clauseStart);
  return { left, right };
}
