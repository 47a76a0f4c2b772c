// Who sat in a meeting the story just reported: "The meeting was (also) attended by A and B",
// "A and B also attended the talks", "A and B were present at the meeting", "X was joined at
// the talks by A". Read by visited.attended: they were where it was held.
import type { Sentence } from '../../nlp.js';
import type { PersonMention } from '../../people.js';
import type { StoryContext } from '../../types.js';
import { BOUNDARY, modality } from '../../clauses/modality.js';
import { PASSIVE_AUX, PASSIVE_SKIP } from '../met/cues.js';

const ATTEND_NOUNS = /^(meeting|meetings|talks|session|sessions|discussions|consultations|audience|dinner|it)$/;
const PRESENT_WORDS = /^(at|in|during)$/;

export interface Attendance {
  /** The attending verb ("attended", "joined", "present"). */
  verb: number;
  attendees: PersonMention[];
}

/** The meeting noun within `span` tokens after `q` ("the talks", "the bilateral meeting"), or -1. */
function meetingNounAfter(toks: StoryContext['parsed']['toks'], q: number, to: number, span = 3): number {
  for (let n = q; n < to && n - q <= span; n++) if (ATTEND_NOUNS.test(toks[n]!.low) && toks[n]!.low !== 'it') return n;
  return -1;
}

/** The people coordinated in the list that starts after `from` ("by A, B and C"), up to a clause boundary. */
function listAfter(ctx: StoryContext, s: Sentence, from: number): PersonMention[] {
  const toks = ctx.parsed.toks;
  const out: PersonMention[] = [];
  for (const m of ctx.m.persons[s.index]!) {
    if (m.from <= from) continue;
    if (toks.slice(from, m.from).some((t) => BOUNDARY.has(t.low) && t.low !== 'who')) break;
    out.push(m);
  }
  return out;
}

/** The people named before `to` in the sentence's opening clause ("A, B and C (also) attended"). */
function listBefore(ctx: StoryContext, s: Sentence, to: number): PersonMention[] {
  const toks = ctx.parsed.toks;
  return ctx.m.persons[s.index]!.filter((m) => m.to <= to && !toks.slice(m.to, to).some((t) => BOUNDARY.has(t.low) && t.low !== 'who'));
}

/** Every attendance the sentence reports, with the people it names as attending. */
export function meetingAttendees(ctx: StoryContext, s: Sentence): Attendance[] {
  const toks = ctx.parsed.toks;
  const out: Attendance[] = [];
  for (let i = s.from + 1; i < s.to; i++) {
    const low = toks[i]!.low;
    if (low !== 'attended' && low !== 'joined' && low !== 'present') continue;
    let b = i - 1;
    while (b > s.from && PASSIVE_SKIP.has(toks[b]!.low)) b--;
    const passive = PASSIVE_AUX.has(toks[b]!.low) || /^(are|am)$/.test(toks[b]!.low);
    let attendees: PersonMention[] = [];
    if (low === 'present') {
      // "A and B were (also) present at the talks", "… were present." closing the sentence.
      if (!passive || !(PRESENT_WORDS.test(toks[i + 1]?.low ?? '') ? meetingNounAfter(toks, i + 2, s.to) > 0 : toks[i + 1]?.low === '.' || i + 1 >= s.to)) continue;
      attendees = listBefore(ctx, s, b);
    } else if (passive && low === 'attended' && toks[i + 1]?.low === 'by' && ATTEND_NOUNS.test(toks[b - 1]?.low ?? '')) {
      // "The meeting was attended by", "it was attended by".
      attendees = listAfter(ctx, s, i + 1);
    } else if (passive && low === 'joined' && /^(at|in|for|during)$/.test(toks[i + 1]?.low ?? '')) {
      // "was joined at the meeting by": the meeting noun sits between the verb and "by".
      const n = meetingNounAfter(toks, i + 2, s.to);
      if (n < 0 || toks[n + 1]?.low !== 'by') continue;
      attendees = listAfter(ctx, s, n + 1);
    } else if (!passive && low === 'attended' && toks[i - 1]?.low === ',' && ATTEND_NOUNS.test(toks[i - 2]?.low ?? '') && toks[i + 1]?.low === 'by') {
      // "The meeting, attended by A and B, …".
      attendees = listAfter(ctx, s, i + 1);
    } else if (!passive && low === 'attended' && /^(the|that|this|their)$/.test(toks[i + 1]?.low ?? '') && meetingNounAfter(toks, i + 2, s.to) > 0) {
      // "A, B and C (also) attended the meeting".
      attendees = listBefore(ctx, s, b + 1);
    } else continue;
    if (!attendees.length || modality(ctx, s, i)) continue;
    out.push({ verb: i, attendees });
  }
  return out;
}
