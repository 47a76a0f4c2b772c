// Rule visited.attended: attending talks or an audience where the story is set.
import type { Sentence } from '../../nlp.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { isResident } from '../../clauses/people.js';
import { meetingAttendees } from './attendance.js';
import { visitedFinding } from './finding.js';

/**
 * "The meeting was (also) attended by A and B", "X was joined at the talks by A and B", "A was
 * present at the talks": the attendees of the meeting just reported were where it was held, so
 * a visiting attendee visited that country.
 */
export function attendanceFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  // (Talks the rules could not read are the story's visit, where the story is set.)
  const scene = ctx.sceneCountry;
  const where = state.lastMeetingPlace ?? (!state.meetings?.length && scene && [...(ctx.away?.values() ?? [])].some((w) => w.has(scene)) ? scene : undefined);
  if (!where) return;
  for (const { verb, attendees } of meetingAttendees(ctx, s)) {
    // (Talks no rule could read are the lede's news: the article's day, not a later meeting's.)
    const date = dateNear(ctx, s, verb) ?? (state.lastMeetingPlace ? state.lastMeetingDate ?? state.eventDate : ctx.articleDate || undefined) ?? null;
    for (const m of attendees) {
      const p = m.person;
      if (!p.country || p.country === where || isResident(p)) continue;
      out.push(visitedFinding(p, where, s.index, date, 0.6, 'visited.attended'));
    }
  }
}
