// Rule visited.frame: "arrived in X", "a visit to X", "hosted P in X", presence at a summit, trips, stays.
import type { Sentence } from '../../nlp.js';
import { MASK } from '../../lexicons.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { readVisitCue } from './cue.js';
import { actVisits } from './acts.js';
import { stayOnTrip, tripTookPerson, visitOfPerson } from './trip-frames.js';
import type { Visitor, VisitOutput } from './visitor.js';

/** Visits: "arrived in X", "on a three-day visit to X", "travelled to X", "hosted P in X", presence at a summit. */
export function visitFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[], markOnly = false): Visitor[] {
  const toks = ctx.parsed.toks;
  const o: VisitOutput = { state, out, visitors: [], markOnly };
  for (let i = s.from; i < s.to; i++) {
    if (toks[i]!.mask & MASK.visit) i = readVisitCue(ctx, s, i, o);
  }
  tripTookPerson(ctx, s, o);
  visitOfPerson(ctx, s, o);
  stayOnTrip(ctx, s, o);
  actVisits(ctx, s, o);
  return o.visitors;
}
