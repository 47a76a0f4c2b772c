// The visits a meeting implies: where it happened, and who came there from elsewhere.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { isResident, sentenceHas } from '../../clauses/people.js';
import { isTopicPlace, venueIn } from '../../clauses/places.js';
import type { Cue } from './cues.js';
import { visitedFinding } from '../visited/finding.js';
import { guestVisits } from '../visited/guest.js';

/** "X held talks in Beijing with <someone no rule could name>": the talks still place X there. */
export function unnamedPartnerVisit(ctx: StoryContext, s: Sentence, cue: Cue, state: MeetingState, left: Person[], right: Person[], out: Finding[]): void {
  const pl = left.length === 1 && !right.length && cue.kind === 'verb' && !cue.call && ctx.parsed.toks[cue.to]?.low === 'in' ? ctx.m.placeAt.get(cue.to + 1) : undefined;
  const p = left[0];
  if (pl && p && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' && pl.iso3 && p.country && p.country !== pl.iso3 && !isResident(p)) {
    out.push(visitedFinding(p, pl.iso3, s.index, dateNear(ctx, s, cue.from) ?? state.eventDate ?? null, 0.65, 'visited.meeting-place'));
  }
}

/**
 * Where a meeting in person happened: a place in the sentence ("in Rome", "in the Azerbaijani city
 * of Lachin"), a standing venue ("at the UN General Assembly"), else the dateline.
 */
function meetingWhere(ctx: StoryContext, s: Sentence, explicitPlace: string | undefined, people: Person[]): { place: string | undefined; where: string | undefined } {
  const toks = ctx.parsed.toks;
  const place = explicitPlace ?? venueIn(ctx, s);
  // ("a statement from Canberra" names where news came from, not where the meeting was.)
  let where = place ?? (ctx.m.places[s.index]!.some((p) => p.locative && p.kind !== 'demonym' && p.iso3 !== ctx.sceneCountry && !isTopicPlace(ctx, p) && toks[p.from - 1]?.low !== 'from') ? undefined : ctx.sceneCountry);
  // A wire hub's dateline (LONDON) does not place a meeting there unless a host from there
  // takes part or the text says "here".
  // (A participant who travelled there for the talks does place them there.)
  // (A story set at a summit "here" places its sideline meetings there.)
  if (!place && where && !people.some((p) => p.country === where || ctx.away?.get(p)?.has(where!)) && !sentenceHas(ctx, s, 'here') && !ctx.summitHere) where = undefined;
  // Nor when one of them is reported travelling elsewhere in the story (the host is away).
  if (!place && where && !sentenceHas(ctx, s, 'here') && people.some((p) => [...(ctx.away?.get(p) ?? [])].some((c) => c !== where))) where = undefined;
  return { place, where };
}

/** The visits of those who met in person, to where the meeting was (`explicitPlace`: the place the sentence gives it, as meetingPlace read it). */
export function meetingVisits(ctx: StoryContext, s: Sentence, state: MeetingState, people: Person[], date: string | null, explicitPlace: string | undefined, out: Finding[]): void {
  const { place, where } = meetingWhere(ctx, s, explicitPlace, people);
  state.lastMeetingPlace = where;
  if (!where) {
    guestVisits(ctx, s, people, date, out);
    return;
  }
  // (Someone the story gives no country, meeting a host from there in a named place, is the guest.)
  const hosted = !!place && people.some((p) => p.country === where);
  for (const p of people) {
    if ((!p.country && !hosted) || p.country === where || isResident(p)) continue;
    if (place && ctx.away) {
      if (!ctx.away.has(p)) ctx.away.set(p, new Set());
      ctx.away.get(p)!.add(where);
    }
    out.push(visitedFinding(p, where, s.index, date, place ? 0.75 : 0.65, place ? 'visited.meeting-place' : 'visited.dateline'));
  }
}
