// Rule met.cue: a meeting cue and the people on its two sides; the visits the meeting implies.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear, followUpDate } from '../../clauses/dates-near.js';
import { modality } from '../../clauses/modality.js';
import { meetingPlace } from '../../clauses/places.js';
import { type Cue, findCues } from './cues.js';
import { meetingVisits, unnamedPartnerVisit } from './place.js';
import { meetingSides } from './sides.js';
import { theirBefore } from './subject.js';

/** The pairs who met: each holder with each partner, the partners together unless they met "separately", the holders together. */
function meetingPairs(left: Person[], right: Person[], separately: boolean): [Person, Person][] {
  const pairs: [Person, Person][] = [];
  const people = [...new Set([...left, ...right])];
  // ("held bilateral talks with A, B and C" and no holder named: separate meetings with someone unnamed.)
  if (!left.length && right.length > 1 && separately) return pairs;
  if (left.length && right.length) {
    for (const a of left) for (const b of right) if (a !== b) pairs.push([a, b]);
    if (right.length > 1 && !separately) for (let i = 0; i < right.length; i++) for (let j = i + 1; j < right.length; j++) pairs.push([right[i]!, right[j]!]);
    if (left.length > 1) for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) pairs.push([left[i]!, left[j]!]);
  } else {
    for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) pairs.push([people[i]!, people[j]!]);
  }
  return pairs;
}

/** MET findings for the pairs that met (from different countries). */
function metFindings(s: Sentence, cue: Cue, pairs: [Person, Person][], date: string | null, out: Finding[]): void {
  for (const [a, b] of pairs) {
    out.push({
      predicate: 'MET',
      subject: { type: 'Person', key: a.key, name: a.name },
      object: { type: 'Person', key: b.key, name: b.name },
      sent: s.index, date, confidence: cue.kind === 'verb' ? 0.9 : 0.8, rule: `met.${cue.kind}`,
    });
  }
}

/** What one meeting cue that is not called off reports. */
export interface CueReading {
  cue: Cue;
  left: Person[];
  right: Person[];
  /** Everyone on either side; fewer than two when the cue names no partner. */
  people: Person[];
  /** The pairs who met, from different countries (one country's pair is one delegation). */
  pairs: [Person, Person][];
  date: string | null;
  /** The place the sentence gives the meeting in person (none for a call). */
  place?: string;
}

/**
 * Reads the sentence's meeting cues in order, carrying who met, when and where in `state`, and
 * hands each cue that is not called off to `meeting`: with its pairs when two or more people from
 * different countries met, with fewer than two people when it names no partner.
 */
export function readMeetingCues(ctx: StoryContext, s: Sentence, state: MeetingState, meeting: (r: CueReading) => void): void {
  const toks = ctx.parsed.toks;
  let earlierModal = false;
  for (const cue of findCues(ctx, s)) {
    // ("told B by phone that …": an adverbial cue modifies the verb before it, not what follows.)
    const mod = modality(ctx, s, cue.from, { noun: cue.kind !== 'verb' && !/^(by|over)\b/.test(cue.text), cueEnd: cue.to });
    const sincePast = toks.slice(Math.max(s.from, cue.from - 4), cue.from).some((t) => t.low === 'since');
    if (mod) {
      earlierModal = true;
      continue;
    }
    // "is expected to meet X …, their first talks since": the noun restates the unreal event.
    if (earlierModal && theirBefore(toks, cue.from) && !sincePast) continue;
    const { left, right } = meetingSides(ctx, s, cue, state);
    const people = [...new Set([...left, ...right])];
    if (people.length < 2) {
      meeting({ cue, left, right, people, pairs: [], date: null });
      continue;
    }
    // ("bilateral talks with A, B and C": one meeting with each of them.)
    const separately = toks.slice(cue.from, s.to).some((t) => t.low === 'separately' || t.low === 'separate') || toks.slice(Math.max(s.from, cue.from - 2), cue.to).some((t) => t.low === 'bilateral' || t.low === 'bilaterals');
    const date = dateNear(ctx, s, cue.from) ?? followUpDate(ctx, s) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    const pairs = meetingPairs(left, right, separately).filter(([a, b]) => !(a.country && b.country && a.country === b.country));
    if (!pairs.length) continue;
    // A meeting recalled from before the story's main event ("during their meeting in Beijing in
    // November 2024") does not date the sentences that follow.
    if (date && !(state.eventDate && date.slice(0, 7) < state.eventDate.slice(0, 7))) state.lastMeetingDate = date;
    state.lastGroup = people;
    state.history.push(people);
    const place = cue.kind === 'remote' || cue.call ? undefined : meetingPlace(ctx, s, cue.from);
    state.meetings?.push({ people, where: place, sent: s.index });
    if (date && !state.eventDate) state.eventDate = date;
    state.lastMeetingPlace = undefined;
    meeting({ cue, left, right, people, pairs, date, place });
  }
}

/** Meetings (MET), the visits they imply, and presence at summits. */
export function meetingFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  readMeetingCues(ctx, s, state, ({ cue, left, right, people, pairs, date, place }) => {
    if (people.length < 2) {
      unnamedPartnerVisit(ctx, s, cue, state, left, right, out);
      return;
    }
    metFindings(s, cue, pairs, date, out);
    if (cue.kind === 'remote' || cue.call) return;
    meetingVisits(ctx, s, state, people, date, place, out);
  });
}
