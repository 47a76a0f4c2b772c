import { WEEKDAY_NAMES } from '../../internal/calendar.js';
import type { Triple } from '@wiregraph/core';
import type { Parsed, Sentence, Tok } from './nlp.js';
import { MASK, type Lexicons } from './lexicons.js';
import type { StoryMentions, PlaceMention } from './mentions.js';
import type { Person, PersonMention } from './people.js';
import type { DateMention } from './dates.js';

import type { StoryContext, Finding, MeetingState } from './types.js';

export type { StoryContext, Finding, MeetingState } from './types.js';

const BOUNDARY = new Set([';', ':', '—', '–', 'but', 'although', 'though', 'while', 'whereas', 'which', 'where', 'who', 'whom', '"', '“', '”']);
const COORD = new Set([',', 'and', 'as', 'well']);
// Verbs that deny what their complement reports.
const REPORT_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'rumour', 'rumours', 'rumor', 'rumors', 'allegation', 'allegations', 'suggestion', 'suggestions', 'speculation']);
const DENY_VERBS = new Set(['denied', 'denies', 'deny', 'denying', 'dismissed', 'rejected', 'refuted']);
// A meeting's own predicate that makes it not (yet) happen.
const CALLED_OFF = new Set(['postponed', 'cancelled', 'canceled', 'delayed', 'scrapped', 'shelved', 'off', 'planned', 'scheduled']);
// ("proposed that the two sides step up cooperation" is one side's stated willingness, which counts.)
const HYPOTHETICAL = new Set(['if', 'whether', 'unless', 'might', 'could', 'would', 'should', 'consider', 'considering', 'possible', 'potential', 'hypothetical']);

/** One VISITED finding: person p was in country `where`, per sentence `sent`. */
export function visitedFinding(p: Person, where: string, sent: number, date: string | null, confidence: number, rule: string): Finding {
  return { predicate: 'VISITED', subject: { type: 'Person', key: p.key, name: p.name }, object: { type: 'Country', key: where, name: where }, sent, date, confidence, rule };
}

/** Modality of the event whose cue starts at token c: 'neg', 'modal' or undefined (asserted). */
export function modality(ctx: StoryContext, s: Sentence, c: number, opts: { noun?: boolean; cueEnd?: number } = {}): 'neg' | 'modal' | undefined {
  const toks = ctx.parsed.toks;
  const { modal, negation } = ctx.lex;
  if (c > s.from && toks[c - 1]!.low === 'to' && !['due', 'ahead', 'according', 'next'].includes(toks[c - 2]?.low ?? '')) {
    // "agreed to meet", "is scheduled to travel": an infinitive event has not happened yet.
    return 'modal';
  }
  // "denied a report in local media that he had secretly met X": a denial governs its whole complement.
  let complement = false;
  for (let k = c - 1, n = 0; k >= s.from && n < 16; k--, n++) {
    const low = toks[k]!.low;
    if (BOUNDARY.has(low) || low === ';' || low === ',') break;
    if (low === 'that' || REPORT_NOUNS.has(low)) complement = true;
    if (DENY_VERBS.has(low) && complement) return 'neg';
  }
  for (let k = c - 1, n = 0; k >= s.from && n < 7; k--, n++) {
    const low = toks[k]!.low;
    if (BOUNDARY.has(low) || (low === ',' && n > 2)) break;
    if (negation.has(low)) return low === 'without' && opts.noun ? undefined : 'neg';
    if (modal.has(low)) {
      if (low === 'later' || low === 'ahead') continue;
      return 'modal';
    }
    if (low === 'had' && k === s.from) return 'modal'; // "Had a senior envoy come, …"
  }
  if (opts.noun) {
    const e = opts.cueEnd ?? c + 1;
    const after = toks.slice(e, Math.min(s.to, e + 5)).map((t) => t.low);
    if (after.some((w) => ['will', 'would', 'scheduled'].includes(w))) return 'modal';
    const before = toks.slice(Math.max(s.from, c - 3), c).map((t) => t.low);
    if (before.some((w) => ['next', 'future', 'planned', 'proposed', 'upcoming', 'possible', 'no', 'such', 'another'].includes(w))) return 'modal';
    // "A meeting between X and Y that had been planned for Friday was postponed": the noun's own predicate.
    for (let q = e; q < s.to && q - e < 30; q++) {
      const low = toks[q]!.low;
      if (low === ';' || low === ':') break;
      if (!CALLED_OFF.has(low) || (low === 'off' && !/^(called|put)$/.test(toks[q - 1]?.low ?? ''))) continue;
      const be = toks.slice(Math.max(e, q - 3), q).some((t) => /^(was|were|is|are|been|be|got)$/.test(t.low));
      if (be) return low === 'planned' || low === 'scheduled' ? 'modal' : 'neg';
    }
  }
  return undefined;
}

const HOPE_WORDS = new Set(['hoped', 'hopes', 'hope', 'hoping']);
const CONDITION_OPENERS = new Set(['if', 'unless', 'once', 'should']);

/** True when the token at k sits in a hypothetical or denied clause (for cooperation frames). */
const NOT_COOPERATION = new Set(['ceasefire', 'truce', 'sanctions', 'tariffs', 'retaliation', 'dispute', 'disputes']);

export function clauseBlocked(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = k - 1, n = 0; q >= s.from && n < 12; q--, n++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low)) break;
    // "agreed to a ceasefire on energy infrastructure": an agreement between adversaries.
    if (NOT_COOPERATION.has(low)) return true;
    if (ctx.lex.negation.has(low) && low !== 'without') return true;
    if (low === 'without' && n < 8) return true;
    if (HYPOTHETICAL.has(low) && low !== 'would' && low !== 'should') return true;
    if (low === 'had' && q === s.from) return true;
    // "hoped to use the partnership to attract investment", "talks aimed at turning …": a hope or a purpose.
    if (HOPE_WORDS.has(low) || (low === 'aimed' && toks[q + 1]?.low === 'at')) return true;
    // "If the treaty is signed, … A would be ready to cooperate with B": the main clause of a condition.
    if ((low === 'would' || low === 'could') && CONDITION_OPENERS.has(toks[s.from]!.low)) return true;
  }
  return false;
}

/** The person mentions coordinated with the mention at index idx ("A, B and C"). */
function coordinated(toks: Tok[], ms: PersonMention[], idx: number, dir: -1 | 1): PersonMention[] {
  const out = [ms[idx]!];
  for (let j = idx + dir; j >= 0 && j < ms.length; j += dir) {
    const a = dir < 0 ? ms[j]! : out[out.length - 1]!;
    const b = dir < 0 ? out[out.length - 1]! : ms[j]!;
    const gap = toks.slice(a.to, b.from);
    if (gap.length <= 3 && gap.every((t) => COORD.has(t.low))) out.push(ms[j]!);
    else break;
  }
  return out;
}

function uniqPersons(ms: PersonMention[]): Person[] {
  const seen = new Set<number>();
  const out: Person[] = [];
  for (const m of ms) if (!seen.has(m.person.id)) {
    seen.add(m.person.id);
    out.push(m.person);
  }
  return out;
}

/**
 * The date a cue at token c refers to: the nearest date expression of its own clause (no comma
 * or clause break between them), or one in the sentence's opening adverbial ("On Saturday, …").
 * Dates inside quotations belong to the speaker's time and are skipped.
 */
export function dateNear(ctx: StoryContext, s: Sentence, c: number): string | undefined {
  const abs = ctx.dates[s.index]!;
  const rel = ctx.relDates?.[s.index] ?? [];
  if (abs.length === 0 && rel.length === 0) return undefined;
  let ds = abs;
  if (rel.length) {
    // A relative day counts from a day date before it in the sentence, else from the last meeting.
    ds = [...abs];
    for (const r of rel) {
      // ("the same day" is the day just named; "a day earlier" counts from the story's last meeting.)
      const inSentence = [...abs].reverse().find((d) => d.end <= r.start && /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value;
      const base = r.fromArrival ? ctx.arrivalBase : r.rel === 0 ? (inSentence ?? ctx.relBase) : (ctx.relBase ?? inSentence);
      if (base && /^\d{4}-\d{2}-\d{2}$/.test(base)) ds.push({ start: r.start, end: r.end, value: addDays(base, r.rel!) });
    }
    ds.sort((a, b) => a.start - b.start);
    if (ds.length === 0) return undefined;
  }
  const toks = ctx.parsed.toks;
  // Commas that set off a person's name or title ("met the Speaker of X, Gerry Brown, on Monday") break no clause.
  const apposition = new Set<number>();
  for (const m of ctx.m.persons[s.index]!) {
    for (let k = m.from; k <= m.to; k++) if (toks[k]?.low === ',') apposition.add(k);
    if (toks[m.from - 1]?.low === ',' && m.kind === 'full' && m.nameFrom !== undefined && m.nameFrom > m.from) apposition.add(m.from - 1);
  }
  // Nor do those around a place's country ("in Kananaskis, Canada, in June last year").
  for (const pl of ctx.m.places[s.index]!) {
    if (pl.kind !== 'name' || toks[pl.from - 1]?.low !== ',' || !toks[pl.from - 2]?.cap) continue;
    apposition.add(pl.from - 1);
    if (toks[pl.to]?.low === ',') apposition.add(pl.to);
  }
  const pos = toks[c]!.start;
  const quoted = s.text.includes('"') || s.text.includes('“') ? quoteSpans(s.text, s.start) : [];
  let firstComma: Tok | undefined;
  for (let k = s.from; k < s.to; k++) if (toks[k]!.low === ',') {
    firstComma = toks[k];
    break;
  }
  let best: DateMention | undefined;
  let bestD = Infinity;
  for (const d of ds) {
    if (quoted.some(([a, b]) => d.start >= a && d.end <= b)) continue;
    const opening = !!firstComma && d.end <= firstComma.start && pos > firstComma.start;
    const lo = d.start >= pos ? pos : d.end;
    const hi = d.start >= pos ? d.start : pos;
    let broken = false;
    for (let k = s.from; k < s.to && !broken; k++) {
      const t = toks[k]!;
      if (t.start >= lo && t.end <= hi && ((t.low === ',' && !apposition.has(k)) || BOUNDARY.has(t.low) || t.low === 'when' || t.low === 'since')) broken = true;
    }
    // ", most recently on June 6": the latest of several events, stated for the cue's clause.
    const latest = /\b(?:most\s+recently|latest)\s+(?:on\s+|in\s+)?$/i.test(ctx.parsed.text.slice(Math.max(0, d.start - 20), d.start));
    if (broken && !opening && !latest) continue;
    const dist = latest ? -1 : d.start >= pos ? d.start - pos : (pos - d.end) * 1.5;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best?.value;
}

function addDays(ymd: string, n: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function quoteSpans(text: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /"[^"]*"|“[^”]*”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([offset + m.index, offset + m.index + m[0].length]);
  return out;
}

const HOLD_VERBS = new Set(['held', 'hold', 'holds', 'had', 'have', 'co-chaired', 'chaired', 'during', 'after', 'concluded', 'wrapped', 'began', 'since']);

/**
 * A meeting noun counts only in a frame that ties it to people: "talks with/between X",
 * "held talks", "their talks", "after the meeting"; "at the summit venue" or "bilateral
 * trade" do not.
 */
function nounCueHolds(toks: Tok[], from: number, to: number, c: number, e: number): boolean {
  for (let q = e; q < to && q - e < 3; q++) {
    const low = toks[q]!.low;
    if (low === 'with' || low === 'between') return true;
    if (low === ',' || low === '.') break;
  }
  for (let q = c - 1; q >= from && c - q <= 4; q--) {
    const low = toks[q]!.low;
    if (low === 'their' || HOLD_VERBS.has(low)) return true;
    if (low === ',' || BOUNDARY.has(low)) break;
  }
  return false;
}

const SPEAK_VERBS = new Set(['spoke', 'spoken', 'speaks', 'talked', 'talks', 'conferred']);
const ADVERBIAL_WORDS = new Set(['today', 'yesterday', 'also', 'again', 'separately', 'briefly', 'later', 'earlier', 'then', 'on', 'by', 'over', 'the', 'phone', 'telephone', 'several', 'many', 'two', 'three', 'times', 'twice', 'once', 'at', 'length', 'this', 'week', 'month', 'year', 'morning', 'evening', 'afternoon', 'night', ...WEEKDAY_NAMES, 'video', 'link']);

/** "spoke today with": the index of the "with" after a speaking verb and a short adverbial, or -1. */
function speakWith(ctx: StoryContext, s: Sentence, i: number): number {
  const toks = ctx.parsed.toks;
  if (toks[i]!.low === 'talks' && toks[i - 1]?.pos !== 'PROPN' && toks[i - 1]?.pos !== 'NOUN') return -1;
  for (let q = i + 1; q < s.to && q - i <= 6; q++) {
    const low = toks[q]!.low;
    if (low === 'with') return q > i + 1 ? q : -1;
    if (!ADVERBIAL_WORDS.has(low)) return -1;
  }
  return -1;
}

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is']);
const PASSIVE_SKIP = new Set(['also', 'later', 'earlier', 'then', 'first', 'formally', 'warmly', 'cordially', 'separately', 'subsequently', 'afterwards']);
const WELCOME_WORDS = /^(airport|airbase|tarmac|terminal|station|arrival|honours|honors|honour|honor|ceremony|ceremonial|carpet|salute|welcome|welcoming|greeted)$/;

/**
 * "was (also) received (in audience) (earlier on Thursday at the palace) by <person>": the index
 * of the "by", or -1. Not for a welcome: an airport, an arrival, a ceremony or honours in the sentence.
 */
function passiveReceivedBy(ctx: StoryContext, s: Sentence, i: number): number {
  const toks = ctx.parsed.toks;
  let q = i - 1;
  while (q >= s.from && PASSIVE_SKIP.has(toks[q]!.low)) q--;
  if (q < s.from || !PASSIVE_AUX.has(toks[q]!.low)) return -1;
  for (let k = s.from; k < s.to; k++) if (WELCOME_WORDS.test(toks[k]!.low)) return -1;
  for (let k = i + 1; k < s.to && k - i <= 12; k++) {
    const low = toks[k]!.low;
    if (BOUNDARY.has(low) || low === ',' || low === '.') return -1;
    if (low === 'by') return ctx.m.persons[s.index]!.some((m) => m.from > k && m.from - k <= 2) ? k : -1;
  }
  return -1;
}

interface Cue {
  from: number;
  to: number;
  kind: 'verb' | 'noun' | 'remote';
  text: string;
  /** A verb whose object is a call ("received a phone call from"): a meeting that places nobody. */
  call?: boolean;
}

function findCues(ctx: StoryContext, s: Sentence): Cue[] {
  const toks = ctx.parsed.toks;
  const out: Cue[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (!(toks[i]!.mask & MASK.meet)) continue;
    // "spoke today with", "has spoken several times by phone with": a speaking verb, a short
    // adverbial, then its partner.
    if (SPEAK_VERBS.has(toks[i]!.low)) {
      const w = speakWith(ctx, s, i);
      if (w > 0) {
        const remote = toks.slice(i, w).some((t) => /^(phone|telephone|video)$/.test(t.low));
        out.push({ from: i, to: w + 1, kind: remote ? 'remote' : 'verb', text: 'spoke with' });
        i = w;
        continue;
      }
    }
    const r = ctx.lex.remote.matchToks(toks, i, s.to);
    const v = ctx.lex.meetVerb.matchToks(toks, i, s.to);
    const nn = ctx.lex.meetNoun.matchToks(toks, i, s.to);
    const best = [r && { ...r, kind: 'remote' as const }, v && { ...v, kind: 'verb' as const }, nn && { ...nn, kind: 'noun' as const }]
      .filter((x): x is NonNullable<typeof x> => !!x)
      .sort((a, b) => b.length - a.length)[0];
    if (!best) continue;
    // "X was (also) received (in audience) by King Y at the palace": an audience, the passive of
    // "Y received X" — unless it is a welcome ("received at the airport by", "on arrival", honours).
    if (best.value === 'received') {
      const passive = passiveReceivedBy(ctx, s, i);
      if (passive > 0) {
        out.push({ from: i, to: passive + 1, kind: 'verb', text: 'was received by' });
        i = passive;
        continue;
      }
    }
    // "received at the airport", "was received by": a welcome, not a meeting.
    // ("received at NEOM today the President of Egypt" is an audience, not a welcome.)
    const atWelcome = toks[i + 1]?.low === 'at' && (toks.slice(i + 2, Math.min(s.to, i + 6)).some((t) => /^(airport|airbase|tarmac|terminal|station|border)$/.test(t.low)) || !ctx.m.persons[s.index]!.some((m) => m.from > i && m.from - i <= 8));
    if ((best.value === 'received' || best.value === 'receives') && (atWelcome || toks[i - 1]?.low === 'was' || toks[i - 1]?.low === 'were')) continue;
    if (best.value === 'call' && !/^(phone|telephone|video)$/.test(toks[i - 1]?.low ?? '') && !['the', 'a'].includes(toks[i - 1]?.low ?? '')) continue;
    if (best.kind === 'noun' && toks[i]!.cap && i > s.from) continue; // "the G20 Leaders' Summit" is a name
    // "a banquet hosted by Xi": a passive host verb names no meeting partner.
    if (best.kind === 'verb' && toks[i + best.length]?.low === 'by') continue;
    let kind = best.kind;
    // ("paid a courtesy call on X" is a visit in person, not a phone call.)
    if (kind === 'verb' && /\b(virtual|video|phone|telephone|call)\b/.test(best.value) && !/\bcall on\b/.test(best.value)) kind = 'remote';
    if (kind === 'noun' && !nounCueHolds(toks, s.from, s.to, i, i + best.length)) continue;
    // "held a working meeting with", "held official talks here today with": a holding verb, an
    // article and a modifier or two before the noun make a verb cue, like "held talks".
    if (kind === 'noun') {
      let q = i - 1;
      while (q >= s.from && i - q <= 3 && (/^(a|an)$/.test(toks[q]!.low) || (toks[q]!.pos === 'ADJ' && !toks[q]!.cap))) q--;
      if (q >= s.from && q < i - 1 && /^(held|holds|hold|had)$/.test(toks[q]!.low)) {
        out.push({ from: q, to: i + best.length, kind: 'verb', text: `held ${best.value}` });
        i += best.length - 1;
        continue;
      }
    }
    out.push({ from: i, to: i + best.length, kind, text: best.value });
    i += best.length - 1;
  }
  // A remote word anywhere in the sentence makes its meeting cues remote ("spoke over the phone").
  if (out.some((c) => c.kind === 'remote')) for (const c of out) if (c.kind !== 'remote' && /spoke|spoken|talked|conversation|talks|meeting|held/.test(c.text)) c.kind = 'remote';
  // "received a phone call from X", "hosted a video conference with X": a verb whose object is a call.
  // (It keeps its verb's object, but places nobody.)
  for (const c of out) if (c.kind === 'verb' && out.some((r) => r.kind === 'remote' && r.from >= c.to && r.from - c.to <= 2)) c.call = true;
  return out;
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
    if (!where) continue;
    for (const p of people) {
      if (!p.country || p.country === where || isResident(p)) continue;
      if (place && ctx.away) {
        if (!ctx.away.has(p)) ctx.away.set(p, new Set());
        ctx.away.get(p)!.add(where);
      }
      out.push(visitedFinding(p, where, s.index, date, place ? 0.75 : 0.65, place ? 'visited.meeting-place' : 'visited.dateline'));
    }
  }
}

/**
 * "The sultan arrived on Monday … The king then held talks with his guest": a sentence that
 * goes on with "then" (and names no date) happened on the day the sentence before names.
 */
function followUpDate(ctx: StoryContext, s: Sentence): string | undefined {
  if (s.index === 0) return undefined;
  const toks = ctx.parsed.toks;
  let then = false;
  for (let k = s.from; k < s.to && k - s.from < 5; k++) if (/^(then|afterwards|thereafter)$/.test(toks[k]!.low)) then = true;
  if (!then) return undefined;
  const prev = ctx.dates[s.index - 1]!;
  return [...prev].reverse().find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value;
}


/** ", who arrived in Colombo on Wednesday," between a subject and its verb. */
function relativeSkip(toks: Tok[], from: number, to: number): boolean {
  return toks[from]?.low === ',' && (toks[from + 1]?.low === 'who' || toks[from + 1]?.low === 'whose') && toks[to - 1]?.low === ',';
}

const NUMBER_WORDS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

/**
 * The people "the two leaders", "both sides" or "their" refer to: the people named earlier in
 * the same sentence when there are enough of them, else the last meeting group of that size.
 */
export function resolveGroup(ctx: StoryContext, s: Sentence, from: number, to: number, state: MeetingState): Person[] {
  const toks = ctx.parsed.toks;
  const size = toks.slice(from, Math.max(to, from + 1)).map((t) => NUMBER_WORDS[t.low]).find((x) => x !== undefined);
  const inSentence = uniqPersons(ctx.m.persons[s.index]!.filter((m) => m.to <= from));
  if (inSentence.length >= 2 && (!size || inSentence.length === size)) return inSentence;
  // "the two ministers", "the two presidents": the people just named with that office.
  const noun = toks[Math.max(to, from + 1) - 1]?.low ?? '';
  const head = /^(ministers|presidents|premiers|chancellors|speakers|ambassadors)$/.test(noun) ? noun.slice(0, -1) : undefined;
  if (size && head) {
    for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
      const ps = uniqPersons(ctx.m.persons[k]!).filter((p) => p.titles.some((t) => t.toLowerCase().includes(head)));
      if (ps.length === size) return ps;
      if (ps.length) break;
    }
  }
  if (size) {
    for (let i = state.history.length - 1; i >= 0; i--) if (state.history[i]!.length === size) return [...state.history[i]!];
  }
  if (state.lastGroup.length) return [...state.lastGroup];
  // No meeting yet: the people of the last sentence that names enough of them.
  for (let k = s.index - 1; k >= 0 && k >= s.index - 3; k--) {
    const ps = uniqPersons(ctx.m.persons[k]!);
    if (ps.length >= (size ?? 2)) return size ? ps.slice(0, size) : ps;
  }
  return [];
}

/** "the crises in Venezuela", "the war in Ukraine": a place that belongs to a topic noun. */
function isTopicPlace(ctx: StoryContext, p: PlaceMention): boolean {
  const toks = ctx.parsed.toks;
  let q = p.from - 1;
  if (toks[q]?.low === 'the') q--;
  if (!['in', 'at', 'on', 'over'].includes(toks[q]?.low ?? '')) return false;
  const head = toks[q - 1]?.low === 'the' ? toks[q - 2]?.low : toks[q - 1]?.low;
  return !!head && ctx.lex.topicNouns.has(head);
}

export function sentenceHas(ctx: StoryContext, s: Sentence, word: string): boolean {
  for (let k = s.from; k < s.to; k++) if (ctx.parsed.toks[k]!.low === word) return true;
  return false;
}

/** Ambassadors and high commissioners live where they are posted: meeting there is no visit. */
export function isResident(p: Person): boolean {
  return p.titles.length > 0 && p.titles.every((t) => /ambassador|high commissioner|envoy/i.test(t));
}

/** The country of the place a meeting is set in: a locative place mention nearest to the cue. */
export function meetingPlace(ctx: StoryContext, s: Sentence, c: number): string | undefined {
  const toks = ctx.parsed.toks;
  let best: PlaceMention | undefined;
  let bestD = Infinity;
  for (const p of ctx.m.places[s.index]!) {
    const prev = toks[p.from - 1]?.low === 'the' && p.kind === 'city' ? toks[p.from - 2]?.low : toks[p.from - 1]?.low;
    const cityOf = prev === 'of' && /^(city|capital|town|port|province|region)$/.test(toks[p.from - 2]?.low ?? '');
    const demonymPlace = p.kind === 'demonym' && /^(city|capital|town|port)$/.test(toks[p.to]?.low ?? '');
    const ok = ((prev === 'in' || prev === 'at' || cityOf) && p.kind !== 'demonym') || (demonymPlace && ['in', 'to', 'the'].includes(prev ?? '')) || (p.kind === 'name' && smallPlaceOf(ctx, p));
    if (!ok || p.possessive) continue;
    // "held talks with X, and discussed production of Y in Poland": a later conjunct's place.
    if (p.from > c && toks.slice(c, p.from).some((t, j, a) => t.low === 'and' && a[j + 1]?.pos === 'VERB' && a[j - 1]?.low === ',')) continue;
    // "the crises in Venezuela": the place of a topic, not of the meeting.
    if (!cityOf && isTopicPlace(ctx, p)) continue;
    if (modality(ctx, s, p.from - 1) || isModalAround(ctx, s, p.from)) continue;
    const d = Math.abs(p.from - c);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best?.iso3;
}

/** The country of a standing venue the sentence names ("on the sidelines of the UN General Assembly"). */
function venueIn(ctx: StoryContext, s: Sentence): string | undefined {
  const toks = ctx.parsed.toks;
  for (let k = s.from; k < s.to; k++) {
    if (!toks[k]!.cap) continue;
    const v = ctx.lex.venues.matchToks(toks, k, s.to);
    if (v) return v.value;
  }
  return undefined;
}

/** "in Kananaskis, Canada": a place too small for the gazetteer, then its country after a comma. */
function smallPlaceOf(ctx: StoryContext, p: PlaceMention): boolean {
  const toks = ctx.parsed.toks;
  if (toks[p.from - 1]?.low !== ',') return false;
  let q = p.from - 2;
  while (q >= 0 && p.from - 2 - q < 3 && toks[q]!.cap && toks[q]!.sent === p.sent && !ctx.m.placeAt.has(q)) q--;
  return q < p.from - 2 && (toks[q]?.low === 'in' || toks[q]?.low === 'at');
}

function isModalAround(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = k - 1, n = 0; q >= s.from && n < 16; q--, n++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || low === ',') break;
    if (low === 'to' && ['meet', 'visit', 'travel', 'hold', 'go'].includes(toks[q + 1]?.low ?? '')) return true;
    if (['will', 'would', 'scheduled', 'expected', 'due', 'plan', 'plans', 'planned', 'next', 'invited', 'if'].includes(low)) return true;
  }
  return false;
}

const ARRIVAL = /^(arrived|arrives|arriving|arrive|landed|flew in|flew into)\b/;
/** Places coordinated after the one ending at `from` ("…, Qatar and Kuwait"), cities and countries only. */
function coordinatedPlaces(ctx: StoryContext, from: number, end: number): string[] {
  const toks = ctx.parsed.toks;
  const out: string[] = [];
  let q = from;
  while (q < end) {
    if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
    else if (toks[q]?.low === 'and' || toks[q]?.low === ',') q++;
    else break;
    const pl = ctx.m.placeAt.get(q);
    if (!pl || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none' || !pl.iso3) break;
    out.push(pl.iso3);
    q = pl.to;
  }
  return out;
}

const SUMMIT_WORDS = ['summit', 'conference', 'forum', 'sidelines', 'margins'];
const TRIP_NOUNS = /^(leg|legs|tour|trip|visit|journey|stop|stops|swing|mission)$/;
const COUNTRY_NOUNS = /^(nation|country|kingdom|republic|state|emirate|archipelago|island)$/;

/**
 * "to the Latin American nation", "to the Gulf state", "to the country": right after a visit cue,
 * "the" and up to three words before a country noun. Stands for the one country the sentence
 * names before the cue (not a visitor's own), else nothing.
 */
function referredCountry(ctx: StoryContext, s: Sentence, cue: number, end: number, who: Person[]): string | undefined {
  const toks = ctx.parsed.toks;
  if (toks[end]?.low !== 'the') return undefined;
  let q = end + 1;
  while (q < s.to && q - end <= 4 && !COUNTRY_NOUNS.test(toks[q]!.low)) q++;
  if (!COUNTRY_NOUNS.test(toks[q]?.low ?? '') || toks[q + 1]?.low === 'of') return undefined;
  const own = new Set(who.map((p) => p.country).filter(Boolean));
  const cands = new Set(ctx.m.places[s.index]!.filter((p) => p.to <= cue && p.kind !== 'org' && p.kind !== 'none' && p.iso3 && !own.has(p.iso3)).map((p) => p.iso3));
  return cands.size === 1 ? [...cands][0] : undefined;
}

/** Visits: "arrived in X", "on a three-day visit to X", "travelled to X", "hosted P in X", presence at a summit. */
export function visitFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[], markOnly = false): { person: Person; where: string; kind: 'move' | 'host' | 'presence' }[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const visitors: { person: Person; where: string; kind: 'move' | 'host' | 'presence' }[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (!(toks[i]!.mask & MASK.visit)) continue;
    const mv = ctx.lex.visitMove.matchToks(toks, i, s.to);
    const pr = mv ? undefined : ctx.lex.presence.matchToks(toks, i, s.to);
    const host = !mv && !pr && ctx.lex.visitHost.has(toks[i]!.low) ? toks[i]!.low : undefined;
    if (!mv && !pr && !host) continue;
    const len = mv?.length ?? pr?.length ?? 1;
    // "X's visit to Washington was postponed": a visit noun with its own predicate.
    const noun = !!mv && /^(visit|trip|tour)\b/.test(mv.value);
    if (modality(ctx, s, i, noun ? { noun, cueEnd: i + len } : {}) || isModalAround(ctx, s, i)) {
      i += len - 1;
      continue;
    }
    let who: Person[] = [];
    let where: string | undefined;
    const alsoWhere: string[] = [];
    let end = i + len;
    if (host) {
      // "hosted P in Adelaide", "welcomed P to London".
      const idx = ms.findIndex((m) => m.from >= end && m.from - end <= 3);
      if (idx < 0) continue;
      who = uniqPersons(coordinated(toks, ms, idx, 1));
      end = ms[idx]!.to;
      for (let q = end; q < s.to && q - end < 12; q++) {
        const low = toks[q]!.low;
        if (low === ';') break;
        const pl = ctx.m.placeAt.get(q);
        if (pl && (toks[q - 1]?.low === 'in' || toks[q - 1]?.low === 'to' || (toks[q - 1]?.low === 'the' && toks[q - 2]?.low === 'at')) && pl.kind !== 'demonym') {
          where = pl.iso3;
          break;
        }
      }
    } else {
      const before = ms.filter((m) => m.to <= i);
      if (before.length) {
        const last = before[before.length - 1]!;
        const idx = ms.indexOf(last);
        who = uniqPersons(coordinated(toks, ms, idx, -1));
      } else {
        const g = ctx.m.groups[s.index]!.find((x) => x.to <= i && x.kind === 'people');
        if (g) who = resolveGroup(ctx, s, g.from, g.to, state);
        // "During his visit to Brazil, X met …": the possessive points to the clause's subject after it.
        else if (/^(his|her)$/.test(toks[i - 1]?.low ?? '')) {
          const comma = toks.findIndex((t, q) => q > i && q < s.to && t.low === ',');
          const subj = comma > 0 ? ms.find((m) => m.from > comma && m.from - comma <= 6) : undefined;
          if (subj) who = [subj.person];
        }
      }
      if (pr) {
        // ("who is also attending the summit": the summit the lede places, not the dateline.)
        where = meetingPlace(ctx, s, i) ?? venueIn(ctx, s) ?? (ctx.summitCountry && SUMMIT_WORDS.some((w) => sentenceHas(ctx, s, w)) ? ctx.summitCountry : ctx.sceneCountry);
      } else {
        for (let q = end; q < s.to && q - end < 14; q++) {
          const t = toks[q]!;
          // (", which is negotiating a pact with India": a relative clause names other places.)
          if (t.low === ';' || (t.low === ',' && q - end > 8) || (BOUNDARY.has(t.low) && q > end)) break;
          if (t.low === 'here') {
            where = ctx.datelineCountry;
            break;
          }
          // "arrived in the national capital": the dateline's capital, unless a place or "of" follows.
          if (t.low === 'capital' && /^(the|national|federal)$/.test(toks[q - 1]!.low) && toks[q + 1]?.low !== 'of' && !ctx.m.placeAt.has(q + 1) && ctx.datelineCountry) {
            where = ctx.datelineCountry;
            break;
          }
          const pl = ctx.m.placeAt.get(q);
          if (pl && (pl.kind !== 'demonym' || /^(capital|city)$/.test(toks[pl.to]?.low ?? ''))) {
            where = pl.iso3;
            // "took him to Gambia and Senegal", "travelled to Oman, Qatar and Kuwait": every destination.
            if (pl.kind !== 'demonym') alsoWhere.push(...coordinatedPlaces(ctx, pl.to, s.to));
            break;
          }
        }
      }
    }
    // "signed agreements with Peru during his visit to the Latin American nation": a descriptive
    // reference to a country stands for the one country named before it in the sentence.
    if (!where && mv && !host) where = referredCountry(ctx, s, i, end, who);
    i = end - 1;
    // "Kast … arrived late Monday", "flew in on Monday night": no place, but the one country the
    // story has them visit; this dates that visit by its arrival.
    if (!where && mv && who.length === 1 && /^(arrived|arrives|arriving|flew in|landed)\b/.test(mv.value)) {
      const away = ctx.away?.get(who[0]!);
      if (away && away.size === 1) where = [...away][0];
    }
    if (!where || !who.length) continue;
    const date = dateNear(ctx, s, i) ?? null;
    const dests = [where, ...alsoWhere].filter((w, k, a) => a.indexOf(w) === k);
    for (const [p, where] of who.flatMap((x) => dests.map((w) => [x, w] as const))) {
      visitors.push({ person: p, where, kind: host ? 'host' : pr ? 'presence' : 'move' });
      if (markOnly || (p.country && p.country === where)) continue;
      if (!p.country && host) continue;
      out.push(visitedFinding(p, where, s.index, date ?? state.eventDate ?? null, pr ? 0.6 : 0.85, host ? 'visited.hosted' : pr ? 'visited.presence' : mv && (ARRIVAL.test(mv.value) || (!!date && ctx.dates[s.index]!.some((d) => d.range && d.value === date))) ? 'visited.arrival' : 'visited.move'));
    }
  }
  // "The final leg took Fidan to Doha on Friday", "the tour took the president to Ghana and Togo":
  // a trip noun as the subject of "took <person> to <place>".
  for (let i = s.from + 1; i < s.to - 3; i++) {
    if (!/^(took|takes|take|brought|brings)$/.test(toks[i]!.low)) continue;
    if (!toks.slice(Math.max(s.from, i - 4), i).some((t) => TRIP_NOUNS.test(t.low)) || modality(ctx, s, i)) continue;
    const pm = ms.find((m) => m.from === i + 1);
    if (!pm || pm.kind === 'pronoun' || toks[pm.to]?.low !== 'to') continue;
    const pl = ctx.m.placeAt.get(pm.to + 1);
    if (!pl || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none' || !pl.iso3) continue;
    const date = dateNear(ctx, s, i) ?? null;
    const p = pm.person;
    for (const w of [pl.iso3, ...coordinatedPlaces(ctx, pl.to, s.to)].filter((w, k, a) => a.indexOf(w) === k)) {
      visitors.push({ person: p, where: w, kind: 'move' });
      if (markOnly || !p.country || p.country === w) continue;
      out.push(visitedFinding(p, w, s.index, date ?? state.eventDate ?? null, 0.8, 'visited.trip'));
    }
  }
  // "the visit of the Foreign Minister, X, to Abu Dhabi and Doha last month": a visit named by a noun.
  for (let i = s.from + 1; i < s.to - 3; i++) {
    if (toks[i + 1]?.low !== 'of' || !(toks[i]!.mask & MASK.visit) || !/^(visit|visits|trip|tour)$/.test(toks[i]!.low) || modality(ctx, s, i, { noun: true, cueEnd: i + 1 })) continue;
    const pm = ms.find((m) => m.from > i + 1 && m.from - i <= 4);
    if (!pm) continue;
    let q = pm.to;
    if (toks[q]?.low === ',') q++;
    if (toks[q]?.low !== 'to') continue;
    q++;
    const date = dateNear(ctx, s, i) ?? null;
    for (;;) {
      const pl = ctx.m.placeAt.get(q);
      if (!pl || pl.kind === 'demonym') break;
      const p = pm.person;
      visitors.push({ person: p, where: pl.iso3, kind: 'move' });
      if (!markOnly && p.country && p.country !== pl.iso3) {
        out.push(visitedFinding(p, pl.iso3, s.index, date, 0.75, 'visited.noun'));
      }
      q = pl.to;
      if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
      else if (toks[q]?.low === 'and' || toks[q]?.low === ',') q++;
      else break;
    }
  }
  // "X, who was in Seoul on a three-day trip": being in a place on a visit or trip.
  const stay = / (?:visit|trip|tour|mission)\b/.test(s.text);
  for (let i = s.from + 1; stay && i < s.to - 2; i++) {
    if (toks[i]!.low !== 'in' || !/^(is|was|are|were|been|remains|remained)$/.test(toks[i - 1]!.low)) continue;
    const pl = ctx.m.placeAt.get(i + 1);
    if (!pl || pl.kind === 'demonym') continue;
    let trip = false;
    for (let q = pl.to; q < s.to && q - pl.to < 7; q++) {
      const low = toks[q]!.low;
      if (/^(visit|trip|tour|mission)$/.test(low) && toks.slice(pl.to, q).some((t) => t.low === 'on')) trip = true;
      if (trip || low === ',' || low === ';') break;
    }
    if (!trip || modality(ctx, s, i - 1)) continue;
    let before = ms.filter((m) => m.to <= i - 1);
    // "…, who was in Seoul": the relative pronoun's antecedent.
    if (toks[i - 2]?.low === 'who') before = ms.filter((m) => m.to <= i - 3);
    const last = before[before.length - 1];
    if (!last) continue;
    const p = last.person;
    // An ongoing stay ("is in Tokyo") is current news: the article's date.
    const date = dateNear(ctx, s, i) ?? (/^(is|are|remains)$/.test(toks[i - 1]!.low) ? ctx.articleDate || null : state.eventDate ?? null);
    visitors.push({ person: p, where: pl.iso3, kind: 'move' });
    if (markOnly || !p.country || p.country === pl.iso3) continue;
    out.push(visitedFinding(p, pl.iso3, s.index, date, 0.8, 'visited.stay'));
  }
  return visitors;
}

const JOIN_VERBS = new Set(['joined', 'joins']);
const SIGNING = /\b(signed|exchanged|inked|initialled|initialed)\b/;
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

const ATTEND_NOUNS = /^(meeting|meetings|talks|session|sessions|discussions|consultations|audience|dinner|it)$/;

/**
 * "The meeting was (also) attended by A and B", "X was joined at the talks by A and B": the
 * attendees of the meeting just reported were where it was held, so a visiting attendee visited
 * that country. Attendees are not paired with anyone (one delegation sits with its principal).
 */
export function attendanceFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[]): void {
  // (Talks the rules could not read are the story's visit, where the story is set.)
  const scene = ctx.sceneCountry;
  const where = state.lastMeetingPlace ?? (!state.meetings?.length && scene && [...(ctx.away?.values() ?? [])].some((w) => w.has(scene)) ? scene : undefined);
  if (!where) return;
  const toks = ctx.parsed.toks;
  for (let i = s.from + 1; i < s.to - 2; i++) {
    const low = toks[i]!.low;
    if (low !== 'attended' && low !== 'joined') continue;
    let b = i - 1;
    while (b > s.from && PASSIVE_SKIP.has(toks[b]!.low)) b--;
    if (!PASSIVE_AUX.has(toks[b]!.low)) continue;
    let q = i + 1;
    if (low === 'joined') {
      // "was joined at the meeting by": the meeting noun sits between the verb and "by".
      if (!/^(at|in|for|during)$/.test(toks[q]?.low ?? '')) continue;
      let n = q + 1;
      while (n < s.to && n - q <= 3 && !ATTEND_NOUNS.test(toks[n]!.low)) n++;
      if (!ATTEND_NOUNS.test(toks[n]?.low ?? '')) continue;
      q = n + 1;
    } else if (!ATTEND_NOUNS.test(toks[b - 1]?.low ?? '')) continue; // "The meeting was attended by", "it was attended by"
    if (toks[q]?.low !== 'by' || modality(ctx, s, i)) continue;
    // (Talks no rule could read are the lede's news: the article's day, not a later meeting's.)
    const date = dateNear(ctx, s, i) ?? (state.lastMeetingPlace ? state.lastMeetingDate ?? state.eventDate : ctx.articleDate || undefined) ?? null;
    for (const m of ctx.m.persons[s.index]!) {
      if (m.from <= q) continue;
      if (toks.slice(q, m.from).some((t) => BOUNDARY.has(t.low) && t.low !== 'who')) break;
      const p = m.person;
      if (!p.country || p.country === where || isResident(p)) continue;
      out.push(visitedFinding(p, where, s.index, date, 0.6, 'visited.attended'));
    }
  }
}
