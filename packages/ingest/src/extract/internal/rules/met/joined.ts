// Rule met.joined: "X joined the talks", "was joined by Y".
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { modality } from '../../clauses/modality.js';
import { coordinated, uniqPersons } from '../../clauses/people.js';

const JOIN_VERBS = new Set(['joined', 'joins']);

export const SIGNING = /\b(signed|exchanged|inked|initialled|initialed)\b/;

const JOINED_NOUNS = /^(discussion|discussions|talks|meeting|meetings|session|call|summit|consultations)$/;

const REMOTE_MANNER = /^(video|videolink|videoconference|phone|telephone|virtually|remotely|online)$/;

/**
 * "X, who was unable to travel, joined part of that discussion by video link": X met the people
 * of the meeting the story just reported (or those named after "with"). By video or phone it
 * places nobody; in person it is still a meeting, but the place is left to the other rules.
 */
export function joinedMeetingFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  for (let i = s.from; i < s.to; i++) {
    if (!JOIN_VERBS.has(toks[i]!.low)) continue;
    let q = i + 1;
    if (toks[q]?.low === 'part' && toks[q + 1]?.low === 'of') q += 2;
    if (!/^(the|that|this|their|those|these)$/.test(toks[q]?.low ?? '')) continue;
    let n = q + 1;
    while (n < s.to && n - q <= 3 && !JOINED_NOUNS.test(toks[n]!.low)) n++;
    if (!JOINED_NOUNS.test(toks[n]?.low ?? '') || modality(ctx, s, i)) continue;
    const subj = ms.filter((m) => m.to <= i && !['of', 'by', 'with', 'for', 'from'].includes(toks[m.from - 1]?.low ?? ''))[0];
    if (!subj) continue;
    const withIdx = toks.slice(n + 1, Math.min(s.to, n + 4)).findIndex((t) => t.low === 'with');
    let partners: Person[];
    if (withIdx >= 0) {
      const from = n + 1 + withIdx + 1;
      const idx = ms.findIndex((m) => m.from >= from && m.from - from <= 2);
      partners = idx >= 0 ? uniqPersons(coordinated(toks, ms, idx, 1)) : [];
    } else if (toks[q]!.low === 'the' && !toks.slice(n + 1, s.to).some((t) => REMOTE_MANNER.test(t.low))) {
      // "joined the talks" in person with no antecedent word: too loose to pair.
      continue;
    } else partners = state.lastGroup;
    const date = dateNear(ctx, s, i) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    for (const b of partners) {
      const a = subj.person;
      if (a === b || (a.country && b.country && a.country === b.country)) continue;
      out.push({
        predicate: 'MET',
        subject: { type: 'Person', key: a.key, name: a.name },
        object: { type: 'Person', key: b.key, name: b.name },
        sent: s.index, date, confidence: 0.75, rule: 'met.joined',
      });
    }
  }
}
