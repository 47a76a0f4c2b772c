// Trade between two sides stated as a fact or a figure: "Y is X's largest trading partner",
// "bilateral trade reached $2 billion", "trade between the two countries grew by a third".
// News copy reports the size of a pair's trade as the state of their trade relations, so such
// a sentence names trade as an area of the pair's cooperation.
import type { Sentence, Tok } from '../nlp.js';
import type { Frame } from './frames.js';
import { cooperationWords } from './words.js';

const PAIR_BEFORE = new Set(['bilateral', 'mutual', 'two-way']);
const TRADE_NOUN_AFTER = new Set(['volume', 'volumes', 'turnover', 'exchange', 'exchanges', 'figures']);

/** True when the trade word at i is the pair's own trade: "bilateral trade", "trade between …", "the volume of trade between …". */
function pairTrade(toks: readonly Tok[], i: number): boolean {
  if (PAIR_BEFORE.has(toks[i - 1]?.low ?? '')) return true;
  const after = TRADE_NOUN_AFTER.has(toks[i + 1]?.low ?? '') ? i + 2 : i + 1;
  return toks[after]?.low === 'between';
}

/** True when the clause after the trade word at i states its size: a figure or a verb of size ("reached", "grew"). */
function sizeStated(toks: readonly Tok[], s: Sentence, i: number): boolean {
  const verbs = cooperationWords().tradeSizeVerbs;
  for (let q = i + 1; q < s.to && q - i <= 15; q++) {
    const low = toks[q]!.low;
    if (low === ';' || low === ':') return false;
    if (verbs.has(low) || /\d/.test(low)) return true;
  }
  return false;
}

/** The trade-relation frames of a sentence: "trading partner", and the pair's trade with its size. */
export function tradeFrames(toks: readonly Tok[], s: Sentence): Frame[] {
  const partners = cooperationWords().tradePartnerNouns;
  const out: Frame[] = [];
  for (let i = s.from; i < s.to; i++) {
    const low = toks[i]!.low;
    if (low !== 'trade' && low !== 'trading') continue;
    if (partners.has(toks[i + 1]?.low ?? '')) out.push({ from: i, to: i + 2, noun: true, value: 'trading partner' });
    else if (low === 'trade' && pairTrade(toks, i) && sizeStated(toks, s, i)) out.push({ from: i, to: i + 1, noun: true, value: 'trade figures' });
  }
  return out;
}

const TRADE_FRAMES = new Set(['trading partner', 'trade figures']);
// What a pair's trade figures name: its trade, and the investment reported with it.
const TRADE_SECTORS = new Set(['trade', 'investment']);

/**
 * The sectors a sentence's trade frames name, when they are its only frames: trade and
 * investment ("… with trade worth €14bn while investments amount to €8bn"), not what its
 * companies do ("Mexican companies are the biggest investors, particularly in telecommunications").
 */
export function tradeFrameSectors<T extends { key: string }>(live: readonly Frame[], sectors: T[]): T[] {
  return live.every((f) => TRADE_FRAMES.has(f.value)) ? sectors.filter((sm) => TRADE_SECTORS.has(sm.key)) : sectors;
}
