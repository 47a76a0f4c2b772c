// Meeting cues in a sentence: verbs ("met", "held talks with", "was received by"), nouns and calls.
import { WEEKDAY_NAMES } from '../../../../internal/calendar.js';
import type { Sentence, Tok } from '../../nlp.js';
import { MASK } from '../../lexicons.js';
import { loadData, PhraseTrie, phraseWords } from '../../lexicon.js';
import { foldText } from '@wiregraph/core';
import type { StoryContext } from '../../types.js';
import { BOUNDARY } from '../../clauses/modality.js';
import { personObjectCue } from './person-object.js';

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

let speech: PhraseTrie<string> | undefined;

/** Cues of talk with someone (cues.yaml meeting.speech), loaded once. */
function speechCues(): PhraseTrie<string> {
  if (speech) return speech;
  speech = new PhraseTrie<string>();
  for (const p of loadData<{ meeting: { speech: string[] } }>('cues.yaml').meeting.speech) speech.add(phraseWords(p, foldText), p);
  return speech;
}

/**
 * "spoke to X", "exchanged views with X", "A and B exchanged views": talk, a meeting (or a call)
 * that places nobody. One ending in its preposition takes the person right after it.
 */
function speechCue(ctx: StoryContext, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.parsed.toks;
  const sp = speechCues();
  const hit = sp.starts(toks[i]!.low) ? sp.matchToks(toks, i, s.to) : undefined;
  if (!hit) return undefined;
  const end = i + hit.length;
  if (/\b(to|with)$/.test(hit.value) && !ctx.m.persons[s.index]!.some((m) => m.from >= end && m.from - end <= 2)) return undefined;
  return { from: i, to: end, kind: 'verb', text: hit.value, call: true };
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

export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is']);

export const PASSIVE_SKIP = new Set(['also', 'later', 'earlier', 'then', 'first', 'formally', 'warmly', 'cordially', 'separately', 'subsequently', 'afterwards']);

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

/** Nouns that "received" may take without losing its person: an audience, a delegation, a call. */
const RECEIVED_MEETING_NOUNS = /^(audience|delegation|delegations|call|phone|telephone|courtesy|visit|visitor|visitors|guest|guests)$/;

/**
 * "received credentials from X", "received rousing applause, as did X": "received" whose direct
 * object is a thing, not a person, receives no one (a credentials ceremony alone is no meeting).
 */
function receivedThing(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  let q = k;
  while (q < s.to && q - k < 3 && (toks[q]!.pos === 'DET' || (toks[q]!.pos === 'ADJ' && !toks[q]!.cap))) q++;
  const t = toks[q];
  if (!t || t.cap || t.pos !== 'NOUN' || RECEIVED_MEETING_NOUNS.test(t.low)) return false;
  return !ctx.m.persons[s.index]!.some((m) => m.from <= q && q < m.to);
}

/** A modifier of a held meeting: "a", "working", "40-minute", "one-on-one", a quoted "frank". */
function meetingModifier(t: Tok): boolean {
  return /^(a|an|-|"|“|”)$/.test(t.low) || t.pos === 'NUM' || (!t.cap && (t.pos === 'ADJ' || (t.pos === 'NOUN' && /^(minute|hour|day)s?$/.test(t.low))));
}

/** "held (a) (working | 40-minute) <meeting noun>": the index of the holding verb, or -1. */
function heldBefore(toks: Tok[], from: number, i: number): number {
  let q = i - 1;
  while (q >= from && i - q <= 5 && meetingModifier(toks[q]!)) q--;
  return q >= from && q < i - 1 && /^(held|holds|hold|had)$/.test(toks[q]!.low) ? q : -1;
}

export interface Cue {
  from: number;
  to: number;
  kind: 'verb' | 'noun' | 'remote';
  text: string;
  /** A verb whose object is a call ("received a phone call from"), or talk ("spoke to"): a meeting that places nobody. */
  call?: boolean;
}

export function findCues(ctx: StoryContext, s: Sentence): Cue[] {
  const toks = ctx.parsed.toks;
  const out: Cue[] = [];
  for (let i = s.from; i < s.to; i++) {
    const talk = speechCue(ctx, s, i);
    if (talk) {
      out.push(talk);
      i = talk.to - 1;
      continue;
    }
    const visitOrDiscussion = personObjectCue(ctx, s, i);
    if (visitOrDiscussion) {
      out.push(visitOrDiscussion);
      i = visitOrDiscussion.to - 1;
      continue;
    }
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
    if ((best.value === 'received' || best.value === 'receives') && (atWelcome || toks[i - 1]?.low === 'was' || toks[i - 1]?.low === 'were' || receivedThing(ctx, s, i + best.length))) continue;
    if (best.value === 'call' && !/^(phone|telephone|video)$/.test(toks[i - 1]?.low ?? '') && !['the', 'a'].includes(toks[i - 1]?.low ?? '')) continue;
    if (best.kind === 'noun' && toks[i]!.cap && i > s.from) continue; // "the G20 Leaders' Summit" is a name
    // "a banquet hosted by Xi": a passive host verb names no meeting partner.
    if (best.kind === 'verb' && toks[i + best.length]?.low === 'by') continue;
    let kind = best.kind;
    // ("paid a courtesy call on X" is a visit in person, not a phone call.)
    if (kind === 'verb' && /\b(virtual|video|phone|telephone|call)\b/.test(best.value) && !/\bcall on\b/.test(best.value)) kind = 'remote';
    // "held a working meeting with", "had a 40-minute one-on-one meeting": a holding verb, an
    // article and a modifier or a few before the noun make a verb cue, like "held talks".
    if (kind === 'noun') {
      const held = heldBefore(toks, s.from, i);
      if (held >= 0) {
        out.push({ from: held, to: i + best.length, kind: 'verb', text: `held ${best.value}` });
        i += best.length - 1;
        continue;
      }
    }
    if (kind === 'noun' && !nounCueHolds(toks, s.from, s.to, i, i + best.length)) continue;
    // "meet on the sidelines of the summit with X": the summit is the venue; the meeting is the verb's.
    if (kind === 'noun' && toks.slice(Math.max(s.from, i - 5), i).some((t) => t.low === 'sidelines' || t.low === 'margins')) continue;
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
