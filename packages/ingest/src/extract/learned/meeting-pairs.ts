import type { Triple } from '@wiregraph/core';
import type { Parsed } from '../internal/nlp.js';
import { cueWords } from './cue-words.js';
import { meetingPairFeatures } from './meeting-features.js';
import { knownPersons, personSpans, type KnownPerson, type NamedPerson } from './person-spans.js';
import { scoreFeatures, type PerceptronWeights } from './perceptron.js';

/** One occurrence of two people in a sentence (or a rule's MET across sentences), with its features. */
export interface MeetingCandidate {
  a: KnownPerson;
  b: KnownPerson;
  sent: number;
  /** Tokens between the two names, and the one after the second ("A held talks with B", "A and B met"). */
  span: [number, number];
  features: string[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The rules' MET triples by unordered pair of person keys. */
function ruleMeetings(triples: readonly Triple[]): Map<string, Triple[]> {
  const m = new Map<string, Triple[]>();
  for (const t of triples) {
    if (t.predicate !== 'MET') continue;
    const k = pairKey(t.subject.key, t.object.key);
    m.set(k, [...(m.get(k) ?? []), t]);
  }
  return m;
}

/**
 * Every pair of known people named in one sentence is a candidate; so is every pair the rules
 * met, wherever its evidence sits (the rules also read "the two leaders" and other references).
 */
export function meetingCandidates(parsed: Parsed, triples: readonly Triple[], named: readonly NamedPerson[] = []): MeetingCandidate[] {
  const persons = knownPersons(triples, named);
  const bySent = personSpans(parsed, persons);
  const rules = ruleMeetings(triples);
  const cw = cueWords();
  const out: MeetingCandidate[] = [];
  const seen = new Set<string>();
  for (const spans of bySent) {
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i]!;
        const b = spans[j]!;
        if (a.person === b.person) continue;
        const k = pairKey(a.person.key, b.person.key);
        const ruleIds = [...new Set((rules.get(k) ?? []).map((t) => t.rule ?? 'rule'))];
        seen.add(k);
        out.push({ a: a.person, b: b.person, sent: a.sent, span: [a.to, Math.min(b.to + 1, parsed.sentences[a.sent]!.to)], features: meetingPairFeatures(parsed, cw, { a, b, spans, rules: ruleIds }) });
      }
    }
  }
  const byKey = new Map(persons.map((p) => [p.key, p]));
  for (const [k, ts] of rules) {
    if (seen.has(k)) continue;
    const t = ts[0]!;
    const a = byKey.get(t.subject.key);
    const b = byKey.get(t.object.key);
    if (!a || !b) continue;
    out.push({ a, b, sent: t.sentence ?? 0, span: [0, 0], features: ['bias', 'xsent', ...new Set(ts.map((x) => `rule=${x.rule ?? 'rule'}`))] });
  }
  return out;
}

const UNREAL = new Set(['neg', 'modal']);
const MEETING = new Set(['meet', 'meet-noun', 'remote']);

/**
 * The scorer proposes; the text must still name the meeting between the two ("A held talks with
 * B", "A and B met") and not deny or only plan it anywhere in the sentence.
 */
function addable(parsed: Parsed, s: { from: number; to: number }, from: number, to: number): boolean {
  const cw = cueWords();
  let meeting = false;
  for (let k = s.from; k < s.to; k++) {
    const low = parsed.toks[k]!.low;
    const cls = cw.classOf.get(low);
    if (!cls) continue;
    if (cls.some((c) => UNREAL.has(c) && cw.heads.has(`${c}:${low}`))) return false;
    // ("received", "welcomed": a reception may be no meeting; the rules know which is which.)
    if (k >= from && k < to && !cls.includes('host') && [...MEETING].some((c) => cw.heads.has(`${c}:${low}`))) meeting = true;
  }
  return meeting;
}

/** The best-scoring occurrence of each pair, with its score. */
export function bestPairs(model: PerceptronWeights, cands: readonly MeetingCandidate[]): Map<string, { cand: MeetingCandidate; score: number }> {
  const best = new Map<string, { cand: MeetingCandidate; score: number }>();
  for (const c of cands) {
    const score = scoreFeatures(model, c.features);
    const k = pairKey(c.a.key, c.b.key);
    const prev = best.get(k);
    if (!prev || score > prev.score) best.set(k, { cand: c, score });
  }
  return best;
}

export type { NamedPerson } from './person-spans.js';

export interface MeetingContext {
  parsed: Parsed;
  /** Where the parsed body starts in the article text (for evidence offsets). */
  offset: number;
  /** The date a new meeting takes when its sentence gives none. */
  dateOf: (sent: number) => string | null;
}

/**
 * Replaces the rules' MET triples by the model's verdict on every candidate pair: a rule's
 * triple that the model keeps stays as it was (its date and evidence); a pair only the model
 * finds gets the sentence that scored best as its evidence.
 */
/** Separate bars for keeping a rule's meeting and for adding one no rule found. */
export interface MeetingThresholds {
  keep: number;
  add: number;
}

export function decideMeetings(model: PerceptronWeights, ctx: MeetingContext, triples: readonly Triple[], named: readonly NamedPerson[], threshold: MeetingThresholds): Triple[] {
  const rules = ruleMeetings(triples);
  const best = bestPairs(model, meetingCandidates(ctx.parsed, triples, named));
  const out = triples.filter((t) => t.predicate !== 'MET' || (best.get(pairKey(t.subject.key, t.object.key))?.score ?? 1) > threshold.keep);
  const article = triples[0]?.article ?? '';
  // A sentence whose meeting the rules read has had its participants chosen: add only elsewhere.
  const ruled = new Set(triples.filter((t) => t.predicate === 'MET').flatMap((t) => [`${t.sentence}:${t.subject.key}`, `${t.sentence}:${t.object.key}`]));
  for (const [k, { cand, score }] of best) {
    if (score <= threshold.add || rules.has(k) || ruled.has(`${cand.sent}:${cand.a.key}`) || ruled.has(`${cand.sent}:${cand.b.key}`)) continue;
    const s = ctx.parsed.sentences[cand.sent]!;
    if (!addable(ctx.parsed, s, cand.span[0], cand.span[1])) continue;
    out.push({
      article,
      subject: { type: 'Person', key: cand.a.key, name: cand.a.name },
      predicate: 'MET',
      object: { type: 'Person', key: cand.b.key, name: cand.b.name },
      date: ctx.dateOf(cand.sent),
      evidence: s.text,
      confidence: Math.round(Math.min(0.9, 0.5 + score / 20) * 100) / 100,
      sentence: s.index,
      start: s.start + ctx.offset,
      end: s.end + ctx.offset,
      rule: 'met.learned',
    });
  }
  return out;
}
