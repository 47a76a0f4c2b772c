// What the cast readers share while they read one sentence: the sentence, the last titled
// person in it, and what later passes resolve (shared-out titles, unnamed counterparts).
import type { Sentence } from '../../nlp.js';
import type { Person, TitleMatch } from '../../people.js';

/** The sentence's last titled person: "and Foreign Minister B" may share their country word. */
export interface LastTitled {
  person: Person;
  title: string;
  country?: string;
  start?: number;
  end?: number;
}

/** "his Philippine counterpart" with no name: placed once the whole story is read. */
export interface PendingCounterpart {
  iso3: string;
  from: number;
  to: number;
  sent: number;
}

export interface CastCursor {
  s: Sentence;
  lastTitled?: LastTitled;
  /** The titles a plural title last shared out ("foreign and defense ministers" → two titles). */
  lastTitleList?: string[];
  pendingCounterparts: PendingCounterpart[];
  /** The token before is "then-" or another marker of a past office ("then-Prime Minister X"). */
  former: boolean;
}

/** A title read at a legislature head ("Chairman of the National Assembly of Vietnam"). */
export interface LegislatureTitle {
  tm: TitleMatch;
  to: number;
  country?: string;
}

/** The tokens [from, to) join the cast: no later reader reads them again. */
export function cover(covered: Set<number>, from: number, to: number): void {
  for (let q = from; q < to; q++) covered.add(q);
}

/** The text of tokens [from, to) as a title ("Speaker of the National Assembly"). */
export function spanText(text: string, toks: { start: number; end: number }[], from: number, to: number): string {
  return text.slice(toks[from]!.start, toks[to - 1]!.end).replace(/\s+/g, ' ');
}
