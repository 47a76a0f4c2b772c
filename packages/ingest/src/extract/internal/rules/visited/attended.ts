// Rule visited.attended: attending talks or an audience where the story is set.
import type { Sentence } from '../../nlp.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, modality } from '../../clauses/modality.js';
import { isResident } from '../../clauses/people.js';
import { PASSIVE_AUX, PASSIVE_SKIP } from '../met/cues.js';
import { visitedFinding } from './finding.js';

const ATTEND_NOUNS = /^(meeting|meetings|talks|session|sessions|discussions|consultations|audience|dinner|it)$/;

/**
 * "The meeting was (also) attended by A and B", "X was joined at the talks by A and B": the
 * attendees of the meeting just reported were where it was held, so a visiting attendee visited
 * that country. Attendees are not paired with anyone (one delegation sits with its principal).
 */
export function attendanceFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  // (Talks the rules could not read are the story's visit, where the story is set.)
  const scene = ctx.sceneCountry;
  const where = state.lastMeetingPlace ?? (!state.meetings?.length && scene && [...(ctx.away?.values() ?? [])].some((w) => w.has(scene)) ? scene : undefined);
  if (!where) return;
  const toks = ctx.parsed.toks;
  for (let i = s.from + 1; i < s.to - 2; i++) {
    const low = toks[i]!.low;
    if (low !== 'attended' && low !== 'joined') continue;
    let b = i - 1;
    while (b > s.from && PASSIVE_SKIP.has(toks[b]!.low)) b--;
    if (!PASSIVE_AUX.has(toks[b]!.low)) continue;
    let q = i + 1;
    if (low === 'joined') {
      // "was joined at the meeting by": the meeting noun sits between the verb and "by".
      if (!/^(at|in|for|during)$/.test(toks[q]?.low ?? '')) continue;
      let n = q + 1;
      while (n < s.to && n - q <= 3 && !ATTEND_NOUNS.test(toks[n]!.low)) n++;
      if (!ATTEND_NOUNS.test(toks[n]?.low ?? '')) continue;
      q = n + 1;
    } else if (!ATTEND_NOUNS.test(toks[b - 1]?.low ?? '')) continue; // "The meeting was attended by", "it was attended by"
    if (toks[q]?.low !== 'by' || modality(ctx, s, i)) continue;
    // (Talks no rule could read are the lede's news: the article's day, not a later meeting's.)
    const date = dateNear(ctx, s, i) ?? (state.lastMeetingPlace ? state.lastMeetingDate ?? state.eventDate : ctx.articleDate || undefined) ?? null;
    for (const m of ctx.m.persons[s.index]!) {
      if (m.from <= q) continue;
      if (toks.slice(q, m.from).some((t) => BOUNDARY.has(t.low) && t.low !== 'who')) break;
      const p = m.person;
      if (!p.country || p.country === where || isResident(p)) continue;
      out.push(visitedFinding(p, where, s.index, date, 0.6, 'visited.attended'));
    }
  }
}
