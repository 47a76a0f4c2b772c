// Who met whom where, and the story's main event date: read by the meeting rule's cue reader
// before the people whose office names no country are placed (they are placed by the meetings
// they had). Only the meetings are read here: no finding is made.
import type { MeetingState, StoryContext } from '../types.js';
import { modality } from '../clauses/modality.js';
import { readMeetingCues } from '../rules/met/meeting.js';
import { newRuleState } from '../rules/state.js';

const EVENT_WORDS = /^(met|meet|talks|meeting|discussions|summit|call|spoke|visit|visited|arrived|agreed|signed|pledged|held|hosted|received)$/;
const NOUN_EVENTS = /^(talks|meeting|summit|call|visit)$/;
const MEETING_WORDS = /^(met|talks|meeting|summit|call|spoke|held|hosted)$/;

export interface StoryMeetings {
  meetings: NonNullable<MeetingState['meetings']>;
  /** The first dated meeting's date, else the first dated event's: what undated follow-ups carry. */
  eventDate: string | undefined;
}

const ignore = () => {};

/** The meetings the story reports, as the meeting rule reads them (only when someone's country is still open). */
export function storyMeetings(ctx: StoryContext): StoryMeetings {
  const state = newRuleState();
  if (ctx.m.needsCountry.size > 0) for (const s of ctx.parsed.sentences) readMeetingCues(ctx, s, state, ignore);
  // (The first meeting the reader dates sets the state's event date.)
  return { meetings: state.meetings!, eventDate: state.eventDate ?? firstEventDate(ctx) };
}


/** The story's main event date: the first date in a sentence that reports a meeting, visit or agreement as done. */
function firstEventDate(ctx: StoryContext): string | undefined {
  // A dated meeting is the main event before a dated arrival or signing ("arrived on Monday …
  // the two leaders met on Tuesday"), as the meeting rules' own first date would be.
  let other: string | undefined;
  for (const s of ctx.parsed.sentences) {
    const ds = ctx.dates[s.index]!.filter((d) => !d.planned);
    if (!ds.length) continue;
    for (let k = s.from; k < s.to; k++) {
      const low = ctx.parsed.toks[k]!.low;
      if (!EVENT_WORDS.test(low)) continue;
      const meeting = MEETING_WORDS.test(low);
      if (!meeting && other) continue;
      // (A noun's own predicate can call it off: "talks planned for Tuesday were put off".)
      if (modality(ctx, s, k, { noun: NOUN_EVENTS.test(low), cueEnd: k + 1 })) continue;
      if (meeting) return ds[0]!.value;
      other = ds[0]!.value;
    }
  }
  return other;
}
