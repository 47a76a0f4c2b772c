// Rule met.signing: "A and B signed …", "… was signed by A and B", "A signed … with B", "co-chaired by A and B".
import type { Sentence } from '../../nlp.js';
import type { Person, PersonMention } from '../../people.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, modality } from '../../clauses/modality.js';
import { coordinated, uniqPersons } from '../../clauses/people.js';

/** Verbs of signing a document ("exchanged" may be greetings, so it is left to joined.ts's context). */
const SIGN_VERBS = /^(signed|inked|initialled|initialed|co-signed|countersigned)$/;

/** Verbs of leading a meeting together: "the meeting was co-chaired by A and B" (only with "by"). */
const CO_CHAIR_VERBS = /^(co-chaired|co-hosted|co-presided)$/;

/** Words that may stand between the signers and the verb ("A and B, also signed", "A and B on Monday signed"). */
const SUBJECT_GAP = /^(,|also|then|later|jointly|formally|officially|today|yesterday|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|have|has|had)$/;

/** "A and B signed": the signers coordinated right before the verb. */
function signersBefore(ctx: StoryContext, s: Sentence, k: number): PersonMention[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  let end = k;
  while (end > s.from && k - end < 4 && SUBJECT_GAP.test(toks[end - 1]!.low)) end--;
  const idx = ms.findIndex((m) => m.to === end);
  return idx >= 0 ? coordinated(toks, ms, idx, -1) : [];
}

/** "signed (in Lima on Monday) by (presidents) A (of X) and B": the signers coordinated after "by". */
function signersAfterBy(ctx: StoryContext, s: Sentence, k: number): PersonMention[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  let by = k + 1;
  while (by < s.to && by - k <= 8 && toks[by]!.low !== 'by' && toks[by]!.low !== ',' && !BOUNDARY.has(toks[by]!.low) && !ms.some((m) => m.from === by)) by++;
  if (toks[by]?.low !== 'by') return [];
  const idx = ms.findIndex((m) => m.from > by && m.from - (by + 1) <= 1);
  if (idx < 0) return [];
  const out = coordinated(toks, ms, idx, 1);
  // ("by A of China and B of Turkmenistan": a country after each name does not break the list.)
  const next = ms[idx + 1];
  if (out.length === 1 && next && /^(of|from)$/.test(toks[ms[idx]!.to]?.low ?? '')) {
    const gap = toks.slice(ms[idx]!.to, next.from).map((t) => t.low);
    if (gap.length <= 4 && gap[gap.length - 1] === 'and' && ctx.m.placeAt.has(ms[idx]!.to + 1)) out.push(next);
  }
  return out;
}

/** "A signed … with B": the partner after "with" in the verb's own clause. */
function partnerAfterWith(ctx: StoryContext, s: Sentence, k: number): PersonMention[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  for (let q = k + 1; q < s.to && q - k <= 12; q++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || low === ';') return [];
    if (ms.some((m) => m.from <= q && q < m.to)) return [];
    if (low !== 'with') continue;
    const idx = ms.findIndex((m) => m.from === q + 1);
    return idx >= 0 ? coordinated(toks, ms, idx, 1) : [];
  }
  return [];
}

/** Who signed with whom: pairs of people of different countries (one of them may be unknown). */
function signingPairs(people: Person[]): [Person, Person][] {
  const pairs: [Person, Person][] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      if (a.country && b.country && a.country === b.country) continue;
      if (!a.country && !b.country) continue;
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * Leaders or ministers who sign agreements together in one place met (TRIPLES.md, Clarifications):
 * the signers coordinated before the verb, after "signed by", or the subject and the partner after
 * "with"; the co-chairs named after "co-chaired by". Not a letter, nor a signing only planned.
 */
export function signingMeetingFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  if (toks.slice(s.from, s.to).some((t) => /^(letter|letters|phone|telephone|virtually|remotely)$/.test(t.low))) return;
  for (let k = s.from; k < s.to; k++) {
    const coChair = CO_CHAIR_VERBS.test(toks[k]!.low);
    // ("A and B put pen to paper": signed.)
    const penToPaper = /^(put|puts)$/.test(toks[k]!.low) && toks.slice(k + 1, k + 4).map((t) => t.low).join(' ') === 'pen to paper';
    if (!(coChair || penToPaper || (SIGN_VERBS.test(toks[k]!.low) && toks[k]!.pos === 'VERB')) || modality(ctx, s, k)) continue;
    let people = uniqPersons(signersAfterBy(ctx, s, k));
    if (people.length < 2 && !coChair) {
      const before = uniqPersons(signersBefore(ctx, s, k));
      people = before.length === 1 ? [...before, ...uniqPersons(partnerAfterWith(ctx, s, k))] : before;
    }
    const pairs = signingPairs([...new Set(people)]);
    if (!pairs.length) continue;
    const date = dateNear(ctx, s, k) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    for (const [a, b] of pairs) {
      out.push({
        predicate: 'MET',
        subject: { type: 'Person', key: a.key, name: a.name },
        object: { type: 'Person', key: b.key, name: b.name },
        sent: s.index, date, confidence: 0.6, rule: 'met.signing',
      });
    }
    state.lastGroup = people;
    state.history.push(people);
    return;
  }
}
