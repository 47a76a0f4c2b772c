// Who held a meeting: the side of a meeting cue named before it ("X met", "X held talks", "their talks").
import type { Sentence, Tok } from '../../nlp.js';
import type { Person, PersonMention } from '../../people.js';
import type { StoryContext, MeetingState } from '../../types.js';
import { BOUNDARY } from '../../clauses/modality.js';
import { coordinated, relativeSkip, resolveGroup, uniqPersons } from '../../clauses/people.js';
import type { Cue } from './cues.js';

/** Person mentions with their index in the sentence's list. */
export type IndexedMentions = (readonly [PersonMention, number])[];

/** The clause boundary before the cue (a relative "who" does not close the clause), else the token before the sentence. */
export function clauseStartBefore(toks: Tok[], s: Sentence, cueFrom: number): number {
  for (let k = cueFrom - 1; k >= s.from; k--) if (BOUNDARY.has(toks[k]!.low) && toks[k]!.low !== 'who') return k;
  return s.from - 1;
}

/** "their" within the three words before the cue. */
export function theirBefore(toks: Tok[], cueFrom: number): boolean {
  return toks[cueFrom - 1]?.low === 'their' || toks[cueFrom - 2]?.low === 'their' || toks[cueFrom - 3]?.low === 'their';
}

/** The persons named before the cue; "A, who travelled to Ankara with B, held talks with C": the subject is A, not B. */
export function mentionsBefore(ctx: StoryContext, s: Sentence, cue: Cue): IndexedMentions {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
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
  return ms.map((m, i) => [m, i] as const).filter(([m]) => m.to <= subjectEnd);
}

/** The last person named before the cue, with those coordinated with it, when it is the subject of the cue's own clause. */
function subjectInClause(ctx: StoryContext, s: Sentence, cue: Cue, before: IndexedMentions, clauseStart: number): Person[] {
  if (!before.length) return [];
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const [, idx] = before[before.length - 1]!;
  const m = ms[idx]!;
  // ("A had talks with B, C and D and exchanged views": the list after "with" is an object, not the subject.)
  const group = coordinated(toks, ms, idx, -1);
  const beforeGroup = toks[group[group.length - 1]!.from - 1];
  if (/^(with|between)$/.test(beforeGroup?.low ?? '')) return [];
  const gap = toks.slice(m.to, cue.from);
  // ("A paid visits to B, attended a ceremony and held talks with C": B is an earlier predicate's object.)
  if (cue.kind === 'verb' && (beforeGroup?.low === 'to' || beforeGroup?.pos === 'VERB') && /^(,|and)$/.test(gap[0]?.low ?? '')) return [];
  const sameClause = m.to > clauseStart || gap.every((t) => !BOUNDARY.has(t.low));
  // A noun cue takes its subject only from its own clause ("X held … talks", "X's talks with").
  // ("The Spanish Prime Minister, Pedro Sánchez, held a call": the comma closes the appositive name.)
  const closesAppositive = gap[0]?.low === ',' && gap.length <= 5 && gap.slice(1).every((t) => /^(held|had|has|have|also|then|later|a|an|their|his|her)$/.test(t.low)) && toks.slice(m.from, m.to).some((t) => t.low === ',');
  const nounOk = cue.kind === 'verb' || cue.text === 'spoke with' || relativeSkip(toks, m.to, cue.from) || (!gap.some((t) => t.low === ',') && gap.length <= 6) || closesAppositive;
  return sameClause && nounOk ? uniqPersons(group) : [];
}

/**
 * "X has called off the visit …, and instead held a telephone conversation with Y": a second
 * predicate of the sentence's subject.
 */
function secondPredicateSubject(ctx: StoryContext, s: Sentence, cue: Cue): Person[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  let q = cue.from - 1;
  while (q > s.from && /^(instead|then|later|also|a|an|the|held|had|has|have|made)$/.test(toks[q]!.low) && cue.from - q <= 4) q--;
  if (toks[q]?.low !== 'and' && toks[q]?.low !== ',') return [];
  const subj = ms.find((m) => m.to <= q && m.kind !== 'pronoun' && !['of', 'by', 'with', 'for', 'from', 'to'].includes(toks[m.from - 1]?.low ?? ''));
  if (!subj || ms.indexOf(subj) !== 0) return [];
  // (", and held", or one more of a list of predicates: "A paid visits to B, attended … and held".)
  const list = toks.slice(subj.to, q).some((t, k) => t.low === ',' && toks[subj.to + k + 1]?.pos === 'VERB');
  return toks[q - 1]?.low === ',' || list ? [subj.person] : [];
}

/** "The leaders met", "the two ministers held talks": a group of people as the cue's subject. */
function peopleGroupBefore(ctx: StoryContext, s: Sentence, cue: Cue, clauseStart: number) {
  const toks = ctx.parsed.toks;
  // (A noun cue's group stands right before it: "The leaders discussed X, and … during the minister's meeting" is not theirs.)
  return ctx.m.groups[s.index]!.find((g) => g.to <= cue.from && g.kind === 'people' && g.from > clauseStart && ((cue.kind === 'verb' && cue.text !== 'meeting with' && toks[cue.from - 1]?.low !== "'s") || (cue.from - g.to <= 6 && !toks.slice(g.to, cue.from).some((t) => t.low === ','))));
}

/** "the consensus reached by A and B during their meeting in Beijing": "their" is the pair just named, else the group it refers to. */
function theirPair(ctx: StoryContext, s: Sentence, cue: Cue, state: MeetingState, before: IndexedMentions): Person[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const last = before[before.length - 1];
  const pair = last && toks.slice(last[0].to, cue.from).every((t) => /^(during|in|at|after|before|since|their|first|last|recent|latest|previous|bilateral|official|informal)$/.test(t.low)) ? uniqPersons(coordinated(toks, ms, last[1], -1)) : [];
  return pair.length >= 2 ? pair : resolveGroup(ctx, s, cue.from, cue.from, state);
}

/** The side of the meeting named before its cue, as its own clause states it. */
export function meetingSubject(ctx: StoryContext, s: Sentence, cue: Cue, state: MeetingState, before: IndexedMentions, clauseStart: number): Person[] {
  const groupBefore = peopleGroupBefore(ctx, s, cue, clauseStart);
  let left = subjectInClause(ctx, s, cue, before, clauseStart);
  if (!left.length && !groupBefore) left = secondPredicateSubject(ctx, s, cue);
  if (groupBefore && (!left.length || groupBefore.from > (before[before.length - 1]?.[0].to ?? -1))) left = resolveGroup(ctx, s, groupBefore.from, groupBefore.to, state);
  if (theirBefore(ctx.parsed.toks, cue.from) && cue.kind !== 'verb') left = theirPair(ctx, s, cue, state, before);
  return left;
}
