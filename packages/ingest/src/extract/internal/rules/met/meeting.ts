// Rule met.cue: a meeting cue and the people on its two sides; the visits the meeting implies.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear, followUpDate } from '../../clauses/dates-near.js';
import { BOUNDARY, modality } from '../../clauses/modality.js';
import { coordinated, isResident, relativeSkip, resolveGroup, sentenceHas, uniqPersons } from '../../clauses/people.js';
import { isTopicPlace, meetingPlace, venueIn } from '../../clauses/places.js';
import { findCues } from './cues.js';
import { SIGNING } from './joined.js';
import { visitedFinding } from '../visited/finding.js';
import { guestVisits } from '../visited/guest.js';

const OPENERS = /^(during|after|following|before|at|in|on|when|while|upon)$/;

/**
 * The subject of the main clause after an opening adverbial that holds the cue ("During his
 * meeting with X, Y said …"): the first person named after the adverbial's closing comma.
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

/** Meetings (MET), the visits they imply, and presence at summits. */
export function meetingFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const groups = ctx.m.groups[s.index]!;
  let earlierModal = false;
  for (const cue of findCues(ctx, s)) {
    // ("told B by phone that …": an adverbial cue modifies the verb before it, not what follows.)
    const mod = modality(ctx, s, cue.from, { noun: cue.kind !== 'verb' && !/^(by|over)\b/.test(cue.text), cueEnd: cue.to });
    const their = toks[cue.from - 1]?.low === 'their' || toks[cue.from - 2]?.low === 'their' || toks[cue.from - 3]?.low === 'their';
    const sincePast = toks.slice(Math.max(s.from, cue.from - 4), cue.from).some((t) => t.low === 'since');
    if (mod) {
      earlierModal = true;
      continue;
    }
    // "is expected to meet X …, their first talks since": the noun restates the unreal event.
    if (earlierModal && their && !sincePast) continue;
    let left: Person[] = [];
    let right: Person[] = [];
    const beforeIdx = ms.map((m, i) => [m, i] as const).filter(([m]) => m.to <= cue.from);
    const clauseStart = (() => {
      for (let k = cue.from - 1; k >= s.from; k--) if (BOUNDARY.has(toks[k]!.low) && toks[k]!.low !== 'who') return k;
      return s.from - 1;
    })();
    // (A noun cue's group stands right before it: "The leaders discussed X, and … during the minister's meeting" is not theirs.)
    const groupBefore = groups.find((g) => g.to <= cue.from && g.kind === 'people' && g.from > clauseStart && ((cue.kind === 'verb' && cue.text !== 'meeting with' && toks[cue.from - 1]?.low !== "'s") || (cue.from - g.to <= 6 && !toks.slice(g.to, cue.from).some((t) => t.low === ','))));
    const possessiveGroup = toks[cue.from - 1]?.low === 'their' || toks[cue.from - 2]?.low === 'their' || toks[cue.from - 3]?.low === 'their';
    // "A, who travelled to Ankara with B, held talks with C": the subject is A, not B.
    let subjectEnd = cue.from;
    // (", who accompanied the president, separately met …": an adverb may sit before the verb.)
    const commaAt = toks[cue.from - 1]?.low === ',' ? cue.from - 1 : toks[cue.from - 2]?.low === ',' && /ly$|^(also|then|later|earlier)$/.test(toks[cue.from - 1]?.low ?? '') ? cue.from - 2 : -1;
    if (commaAt >= 0) {
      for (let q = commaAt - 1; q > s.from && cue.from - q < 25; q--) {
        if (toks[q]!.low === ',' && ['who', 'whose', 'which'].includes(toks[q + 1]?.low ?? '')) {
          subjectEnd = q;
          break;
        }
      }
    }
    if (subjectEnd < cue.from) {
      const bi = ms.map((m, i) => [m, i] as const).filter(([m]) => m.to <= subjectEnd);
      beforeIdx.length = 0;
      beforeIdx.push(...bi);
    }
    if (beforeIdx.length) {
      const [, idx] = beforeIdx[beforeIdx.length - 1]!;
      const m = ms[idx]!;
      const gap = toks.slice(m.to, cue.from);
      const sameClause = m.to > clauseStart || gap.every((t) => !BOUNDARY.has(t.low));
      // A noun cue takes its subject only from its own clause ("X held … talks", "X's talks with").
      // ("The Spanish Prime Minister, Pedro Sánchez, held a call": the comma closes the appositive name.)
      const closesAppositive = gap[0]?.low === ',' && gap.length <= 5 && gap.slice(1).every((t) => /^(held|had|has|have|also|then|later|a|an|their|his|her)$/.test(t.low)) && toks.slice(m.from, m.to).some((t) => t.low === ',');
      const nounOk = cue.kind === 'verb' || cue.text === 'spoke with' || relativeSkip(toks, m.to, cue.from) || (!gap.some((t) => t.low === ',') && gap.length <= 6) || closesAppositive;
      if (sameClause && nounOk) left = uniqPersons(coordinated(toks, ms, idx, -1));
    }
    // "X has called off the visit …, and instead held a telephone conversation with Y": a second
    // predicate of the sentence's subject.
    if (!left.length && !groupBefore) {
      let q = cue.from - 1;
      while (q > s.from && /^(instead|then|later|also|a|an|the|held|had|has|have|made)$/.test(toks[q]!.low) && cue.from - q <= 4) q--;
      if (toks[q]?.low === 'and' && toks[q - 1]?.low === ',') {
        const subj = ms.find((m) => m.to <= q && m.kind !== 'pronoun' && !['of', 'by', 'with', 'for', 'from', 'to'].includes(toks[m.from - 1]?.low ?? ''));
        if (subj && ms.indexOf(subj) === 0) left = [subj.person];
      }
    }
    if (groupBefore && (!left.length || groupBefore.from > (beforeIdx[beforeIdx.length - 1]?.[0].to ?? -1))) left = resolveGroup(ctx, s, groupBefore.from, groupBefore.to, state);
    if (possessiveGroup && cue.kind !== 'verb') {
      // "the consensus reached by A and B during their meeting in Beijing": "their" is the pair just named.
      const last = beforeIdx[beforeIdx.length - 1];
      const pair = last && toks.slice(last[0].to, cue.from).every((t) => /^(during|in|at|after|before|since|their|first|last|recent|latest|previous|bilateral|official|informal)$/.test(t.low)) ? uniqPersons(coordinated(toks, ms, last[1], -1)) : [];
      left = pair.length >= 2 ? pair : resolveGroup(ctx, s, cue.from, cue.from, state);
    }
    // Objects: "met (with) X", "talks with X", "a meeting between X and Y".
    let k = cue.to;
    const lookahead = cue.kind === 'verb' ? 8 : 3;
    let startRight = -1;
    for (let q = k; q < s.to && q - k < lookahead; q++) {
      const low = toks[q]!.low;
      if (BOUNDARY.has(low) || (low === ',' && cue.kind !== 'verb' && q > k)) break;
      if (cue.kind !== 'verb' && (low === 'with' || low === 'between')) {
        startRight = q + 1;
        break;
      }
      if (cue.kind === 'verb' && ms.some((m) => m.from === q)) {
        startRight = q;
        break;
      }
      if (cue.kind === 'remote' && low === 'with') {
        startRight = q + 1;
        break;
      }
      if (cue.kind === 'remote' && /^(spoke|spoken|talked|called|held)/.test(cue.text) && ms.some((m) => m.from === q || (m.from === q + 1 && toks[q]!.low === 'the'))) {
        startRight = q;
        break;
      }
    }
    // "after meeting his Philippine counterpart": a gerund takes its object like a verb.
    if (startRight < 0 && cue.kind === 'noun' && /^(meeting|talks)$/.test(cue.text) && ms.some((m) => m.from === cue.to)) startRight = cue.to;
    if (startRight >= 0) {
      const idx = ms.findIndex((m) => m.from >= startRight && m.from - startRight <= 8);
      if (idx >= 0) {
        right = uniqPersons(coordinated(toks, ms, idx, 1));
        if (toks[cue.from]!.low === 'between' || toks[startRight - 1]?.low === 'between') {
          // "between A and B": both sides are objects.
        }
      }
    }
    // "X said … after talks in Damascus with Y": the talks are the sentence subject's.
    if (!left.length && right.length && cue.kind !== 'verb' && /^(after|following|during|before)$/.test(toks[cue.from - 1]?.low ?? '')) {
      const subj = ms.find((m) => m.to <= cue.from && !['of', 'by', 'with', 'for', 'from'].includes(toks[m.from - 1]?.low ?? ''));
      if (subj && !right.includes(subj.person)) left = [subj.person];
    }
    // "During his meeting with X, Y said …", "When holding talks with X, Y …": an opening adverbial's meeting is the main clause's subject's.
    if (!left.length && right.length) left = openingAdverbialSubject(ctx, s, cue.from, right);
    // "The MoU was exchanged by A and his Thai counterpart, B, after a bilateral meeting": the
    // pair that signed (or exchanged) a document right before "after/following <talks>" held them.
    if (!left.length && !right.length && cue.kind === 'noun' && beforeIdx.length && SIGNING.test(s.text)) {
      const lead = toks.slice(Math.max(s.from, cue.from - 4), cue.from);
      const afterAt = lead.findIndex((t) => t.low === 'after' || t.low === 'following');
      const [last, idx] = beforeIdx[beforeIdx.length - 1]!;
      const gap = toks.slice(last.to, cue.from);
      if (afterAt >= 0 && gap.length <= 5 && !gap.some((t) => BOUNDARY.has(t.low))) {
        const grp = uniqPersons(coordinated(toks, ms, idx, -1));
        if (grp.length >= 2) left = grp;
      }
    }
    // "In a phone conversation, the two leaders …": an opening adverbial's participants are the subject after it.
    if (!left.length && !right.length && cue.kind !== 'verb') {
      const g = groups.find((x) => x.kind === 'people' && x.from >= cue.to && x.from - cue.to <= 2 && toks[x.from - 1]?.low === ',');
      if (g) left = resolveGroup(ctx, s, g.from, g.to, state);
    }
    // "A told B by phone", "A assured B over the phone": the two people before a remote cue in its clause.
    if (cue.kind === 'remote' && /^(by|over)\b/.test(cue.text) && left.length === 1 && !right.length) {
      const inClause = ms.filter((m) => m.to <= cue.from && m.from > clauseStart);
      const others = uniqPersons(inClause).filter((p) => p !== left[0]);
      if (others.length === 1) right = others;
    }
    const separately = toks.slice(cue.from, s.to).some((t) => t.low === 'separately' || t.low === 'separate');
    const people = [...new Set([...left, ...right])];
    if (people.length < 2) {
      // "X held talks in Beijing with <someone no rule could name>": the talks still place X there.
      const pl = left.length === 1 && !right.length && cue.kind === 'verb' && !cue.call && toks[cue.to]?.low === 'in' ? ctx.m.placeAt.get(cue.to + 1) : undefined;
      const p = left[0];
      if (pl && p && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' && pl.iso3 && p.country && p.country !== pl.iso3 && !isResident(p)) {
        out.push(visitedFinding(p, pl.iso3, s.index, dateNear(ctx, s, cue.from) ?? state.eventDate ?? null, 0.65, 'visited.meeting-place'));
      }
      continue;
    }
    const pairs: [Person, Person][] = [];
    if (left.length && right.length) {
      for (const a of left) for (const b of right) if (a !== b) pairs.push([a, b]);
      if (right.length > 1 && !separately) for (let i = 0; i < right.length; i++) for (let j = i + 1; j < right.length; j++) pairs.push([right[i]!, right[j]!]);
      if (left.length > 1) for (let i = 0; i < left.length; i++) for (let j = i + 1; j < left.length; j++) pairs.push([left[i]!, left[j]!]);
    } else {
      for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) pairs.push([people[i]!, people[j]!]);
    }
    const date = dateNear(ctx, s, cue.from) ?? followUpDate(ctx, s) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    let any = false;
    for (const [a, b] of pairs) {
      if (a.country && b.country && a.country === b.country) continue; // one delegation
      any = true;
      out.push({
        predicate: 'MET',
        subject: { type: 'Person', key: a.key, name: a.name },
        object: { type: 'Person', key: b.key, name: b.name },
        sent: s.index, date, confidence: cue.kind === 'verb' ? 0.9 : 0.8, rule: `met.${cue.kind}`,
      });
    }
    if (!any) continue;
    // A meeting recalled from before the story's main event ("during their meeting in Beijing in
    // November 2024") does not date the sentences that follow.
    if (date && !(state.eventDate && date.slice(0, 7) < state.eventDate.slice(0, 7))) state.lastMeetingDate = date;
    state.lastGroup = people;
    state.history.push(people);
    const explicitPlace = cue.kind === 'remote' || cue.call ? undefined : meetingPlace(ctx, s, cue.from);
    state.meetings?.push({ people, where: explicitPlace, sent: s.index });
    if (date && !state.eventDate) state.eventDate = date;
    state.lastMeetingPlace = undefined;
    if (cue.kind === 'remote' || cue.call) continue;
    // Where did it happen? A place in the sentence ("in Rome", "in the Azerbaijani city of Lachin"), a
    // standing venue ("at the UN General Assembly"), else the dateline.
    const place = meetingPlace(ctx, s, cue.from) ?? venueIn(ctx, s);
    // ("a statement from Canberra" names where news came from, not where the meeting was.)
    let where = place ?? (ctx.m.places[s.index]!.some((p) => p.locative && p.kind !== 'demonym' && p.iso3 !== ctx.sceneCountry && !isTopicPlace(ctx, p) && toks[p.from - 1]?.low !== 'from') ? undefined : ctx.sceneCountry);
    // A wire hub's dateline (LONDON) does not place a meeting there unless a host from there
    // takes part or the text says "here".
    // (A participant who travelled there for the talks does place them there.)
    // (A story set at a summit "here" places its sideline meetings there.)
    if (!place && where && !people.some((p) => p.country === where || ctx.away?.get(p)?.has(where!)) && !sentenceHas(ctx, s, 'here') && !ctx.summitHere) where = undefined;
    // Nor when one of them is reported travelling elsewhere in the story (the host is away).
    if (!place && where && !sentenceHas(ctx, s, 'here') && people.some((p) => [...(ctx.away?.get(p) ?? [])].some((c) => c !== where))) where = undefined;
    state.lastMeetingPlace = where;
    if (!where) {
      guestVisits(ctx, s, people, date, out);
      continue;
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
}
