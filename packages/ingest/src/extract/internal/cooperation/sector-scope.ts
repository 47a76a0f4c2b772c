// Which sectors of a cooperation sentence are areas of its cooperation.
import type { Sentence, Tok } from '../nlp.js';
import type { SectorMention } from '../mentions.js';
import { clauseBlocked, type StoryContext } from '../relations.js';
import type { Frame } from './frames.js';
import { cooperationWords } from './words.js';

const NEGATED_AFTER = new Set(['not', "n't", 'never']);

/** "An accord covering civil aviation was not ready": a denial after the sector in its own clause. */
function deniedAfter(toks: readonly Tok[], from: number, end: number): boolean {
  const aux = cooperationWords().denialAuxiliaries;
  for (let q = from; q < end && q - from < 6; q++) {
    const low = toks[q]!.low;
    if (low === ',' || low === ';' || low === 'and' || low === 'but') return false;
    if (NEGATED_AFTER.has(low) && aux.has(toks[q - 1]?.low ?? '')) return true;
  }
  return false;
}

/** True when "amid" opens the phrase the token at k sits in (back to a comma or the frame). */
function amidBefore(toks: readonly Tok[], k: number, from: number): boolean {
  for (let q = k - 1; q >= from && k - q <= 8; q--) {
    const low = toks[q]!.low;
    if (low === ',' || low === ';') return false;
    if (low === 'amid' || low === 'amidst') return true;
  }
  return false;
}

/**
 * Where ", as <someone> …" after the first frame opens a clause of its own person ("… as
 * Chancellor X sought to lock in energy supplies"): its sectors are not the agreement's.
 */
function asClauseStart(ctx: StoryContext, s: Sentence, live: readonly Frame[]): number {
  const toks = ctx.parsed.toks;
  for (let q = live[0]!.from + 1; q < s.to; q++) {
    if (toks[q]!.low !== 'as' || toks[q - 1]?.low !== ',') continue;
    // (also a country or capital as that clause's subject: ", as Tokyo seeks to …")
    const subject = ctx.m.persons[s.index]!.some((m) => m.from > q && m.from - q <= 3) || ctx.m.places[s.index]!.some((p) => p.from > q && p.from - q <= 2 && !p.possessive);
    if (subject && toks[q + 1]?.low !== 'well' && !live.some((f) => f.from > q)) return q;
  }
  return s.to;
}

/**
 * Sectors in scope: after the first live frame or right before a frame noun, not under a
 * denial, not the backdrop ("amid …"), not in a clause of another person.
 */
export function sectorsInScope(ctx: StoryContext, s: Sentence, live: readonly Frame[]): SectorMention[] {
  const toks = ctx.parsed.toks;
  const firstFrame = live[0]!.from;
  const asCut = asClauseStart(ctx, s, live);
  // (The mention pass's sectors hold the items of area lists too: "in Culture, Trade and Education".)
  const candidates = [...ctx.m.sectors[s.index]!].sort((a, b) => a.from - b.from);
  return candidates.filter((sm) => {
    if (sm.from >= asCut) return false;
    if (clauseBlocked(ctx, s, sm.from) || deniedAfter(toks, sm.to, s.to)) return false;
    // "… amid uncertainty over U.S. trade policy": the backdrop, not an area of the cooperation.
    if (amidBefore(toks, sm.from, firstFrame)) return false;
    if (sm.from >= firstFrame) return true;
    return live.some((f) => f.noun && sm.from <= f.from && f.from - sm.to <= 6);
  });
}
