// Rule met.joint-action: "A and B agreed/signed …": two leaders of different countries acting together.
import type { Sentence } from '../../nlp.js';
import type { Person, PersonMention } from '../../people.js';
import type { Finding, MeetingState, StoryContext } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { modality } from '../../clauses/modality.js';
import { coordinated, isResident, sentenceHas } from '../../clauses/people.js';
import { meetingPlace } from '../../clauses/places.js';
import { loadData } from '../../lexicon.js';
import { visitedFinding } from '../visited/finding.js';
import { isDiscussionVerb } from './person-object.js';

const JOINT_VERBS = new Set(loadData<{ meeting: { joint_verbs: string[] } }>('cues.yaml').meeting.joint_verbs);

/** "A and B agreed …": two leaders of different countries acting jointly have met (or spoken). */
export function jointActionMeeting(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  if (ms.length < 2) return;
  // "welcomed X to the palace, where the two leaders agreed …": the group named just before the verb.
  if (ctx.m.groups[s.index]!.length) {
    for (let k = s.from; k < s.to; k++) {
      if (JOINT_VERBS.has(toks[k]!.low) && !modality(ctx, s, k) && groupAgreement(ctx, s, k, state, out)) return;
    }
  }
  for (let k = s.from; k < s.to; k++) {
    if (!JOINT_VERBS.has(toks[k]!.low)) continue;
    if (modality(ctx, s, k)) return;
    let end = k;
    // Skip a relative clause: "A and B, who flew in on Sunday, signed …".
    if (toks[k - 1]?.low === ',') {
      for (let q = k - 2; q > s.from && k - q < 20; q--) {
        if (toks[q]!.low === ',' && ['who', 'whose'].includes(toks[q + 1]?.low ?? '')) {
          end = q;
          break;
        }
      }
    }
    const subj = ms.filter((x) => x.to <= end && end - x.to <= 3);
    if (!subj.length) return;
    const idx = ms.indexOf(subj[subj.length - 1]!);
    // ("A and B", "A and his Colombian counterpart B": a pair, not a longer list.)
    const pair = coordinated(toks, ms, idx, -1);
    if (pair.length !== 2 || !toks.slice(pair[1]!.to, pair[0]!.from).some((t) => t.low === 'and')) return;
    const [b, a] = pair as [PersonMention, PersonMention];
    if (a.person === b.person) return;
    if ((!a.person.country && !b.person.country) || a.person.country === b.person.country) return;
    const date = dateNear(ctx, s, k) ?? sentenceDate(ctx, s, k) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    if (date) state.lastMeetingDate = date;
    out.push({
      predicate: 'MET',
      subject: { type: 'Person', key: a.person.key, name: a.person.name },
      object: { type: 'Person', key: b.person.key, name: b.person.name },
      sent: s.index, date, confidence: 0.6, rule: 'met.joint-action',
    });
    state.lastGroup = [a.person, b.person];
    state.history.push([a.person, b.person]);
    // Leaders agreeing together were together where the story is set, unless it says by phone
    // (or they only discussed something: "discussed the fighting in Gaza" is a topic, not a place).
    if (isDiscussionVerb(toks[k]!.low) || toks.slice(s.from, s.to).some((t) => ctx.lex.remote.starts(t.low) && /phone|telephone|video|virtual|call/.test(t.low))) return;
    const place = meetingPlace(ctx, s, k);
    let where = place ?? ctx.sceneCountry;
    if (!place && where && ![a.person, b.person].some((p) => p.country === where) && !sentenceHas(ctx, s, 'here')) where = undefined;
    if (!where) return;
    for (const p of [a.person, b.person]) {
      if (!p.country || p.country === where || isResident(p)) continue;
      out.push(visitedFinding(p, where, s.index, date, 0.6, 'visited.joint-action'));
    }
    return;
  }
}

/**
 * "A hosted B …, where the two leaders agreed/signed …": both named in this sentence, of
 * different countries, acting together, have met (unless a call is mentioned).
 */
function groupAgreement(ctx: StoryContext, s: Sentence, k: number, state: MeetingState, out: Finding[]): boolean {
  const toks = ctx.parsed.toks;
  const g = ctx.m.groups[s.index]!.find((x) => x.kind === 'people' && x.to <= k && k - x.to <= 2 && /^(two|both)$/.test(toks[x.from + 1]?.low ?? toks[x.from]!.low));
  if (!g) return false;
  const named = [...new Set(ctx.m.persons[s.index]!.filter((m) => m.to <= g.from).map((m) => m.person))];
  if (named.length !== 2) return false;
  const [a, b] = named as [Person, Person];
  if (!a.country || !b.country || a.country === b.country) return false;
  if (toks.slice(s.from, s.to).some((t) => /^(phone|telephone|video|virtual|call|letter)$/.test(t.low))) return false;
  const date = dateNear(ctx, s, k) ?? sentenceDate(ctx, s, k) ?? state.lastMeetingDate ?? state.eventDate ?? null;
  if (date) state.lastMeetingDate = date;
  out.push({
    predicate: 'MET',
    subject: { type: 'Person', key: a.key, name: a.name },
    object: { type: 'Person', key: b.key, name: b.name },
    sent: s.index, date, confidence: 0.6, rule: 'met.group-agreement',
  });
  state.lastGroup = [a, b];
  state.history.push([a, b]);
  return true;
}

/**
 * A date elsewhere in the sentence of a joint action ("A and B, who met on Monday, agreed …"),
 * but not one inside a clause about something else ("… a venture announced earlier this year"):
 * only a date before the verb counts.
 */
function sentenceDate(ctx: StoryContext, s: { index: number }, k: number): string | undefined {
  const tok = ctx.parsed.toks[k]!;
  return ctx.dates[s.index]!.find((d) => d.end <= tok.start)?.value;
}
