// Rule met.attended: the people the text places in the meeting just reported met its other side.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { Finding, MeetingState, StoryContext } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { uniqPersons } from '../../clauses/people.js';
import { meetingAttendees } from './attendance.js';

/**
 * "The meeting was also attended by A", "A and B were present at the talks": each attendee met
 * the people of the meeting the story just reported who are of another country (TRIPLES v1.1:
 * people placed in a leader's talks met the other side, not their own delegation).
 */
export function attendedMeetingFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  const partners = state.lastGroup;
  if (!partners.length) return;
  for (const { verb, attendees } of meetingAttendees(ctx, s)) {
    const date = dateNear(ctx, s, verb) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    const seen = new Set<string>();
    for (const a of uniqPersons(attendees)) {
      for (const b of partners) {
        if (!otherSide(a, b) || seen.has(`${a.id}:${b.id}`)) continue;
        seen.add(`${a.id}:${b.id}`);
        out.push({
          predicate: 'MET',
          subject: { type: 'Person', key: a.key, name: a.name },
          object: { type: 'Person', key: b.key, name: b.name },
          sent: s.index, date, confidence: 0.65, rule: 'met.attended',
        });
      }
    }
  }
}

/** Two people on different sides of a meeting: both with a known country, and not the same one. */
function otherSide(a: Person, b: Person): boolean {
  return a !== b && !!a.country && !!b.country && a.country !== b.country;
}
