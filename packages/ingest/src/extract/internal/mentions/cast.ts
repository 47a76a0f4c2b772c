// The story's cast: titled people, counterparts and honorific names (the people later references
// resolve to). Each reader tries one form at a token and says where to read on from.
import { MASK } from '../lexicons.js';
import type { MentionScan } from './scan.js';
import { readCounterparts } from './counterparts.js';
import type { CastCursor } from './cast/cursor.js';
import { readPossessiveIntro, readRole } from './cast/untitled.js';
import { legislatureTitleAt } from './cast/title-match.js';
import { readTitled } from './cast/titled.js';
import { readAppositive, readHonorificName } from './cast/appositive.js';
import { readCountryMarkedList } from './cast/country-lists.js';
import { placeSides, placeUnnamedCounterparts } from './cast/sides.js';
import { readAppointed } from './cast/appointed.js';

/** Titled people, counterparts, honorific names; then "on the X side" lists and unnamed counterparts. */
export function findCast(st: MentionScan): void {
  const { p, toks, covered } = st;
  const c: CastCursor = { s: p.sentences[0]!, pendingCounterparts: [], former: false };
  for (const s of p.sentences) {
    c.s = s;
    c.lastTitled = undefined;
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      // Most words are lower-case and start no title, role or counterpart: skip them at once.
      if (!t.cap && !(t.mask & (MASK.title | MASK.role))) continue;
      if (covered.has(i)) continue;
      c.former = formerBefore(st, c, i);
      const next = readAt(st, c, i);
      if (next !== undefined) i = next;
    }
  }
  placeSides(st);
  placeUnnamedCounterparts(st, c.pendingCounterparts);
}

/** "then-Prime Minister X": the tokenizer keeps "then-Prime" whole. */
function formerBefore(st: MentionScan, c: CastCursor, i: number): boolean {
  const { lex, toks } = st;
  const prev = toks[i - 1];
  return !!prev && prev.sent === c.s.index && (lex.notCurrentBefore.has(prev.low) || (prev.low.includes('-') && lex.notCurrentBefore.has(prev.low.split('-')[0]!)));
}

/** The readers in order: the first that reads a person at token i says where to read on from. */
function readAt(st: MentionScan, c: CastCursor, i: number): number | undefined {
  const t = st.toks[i]!;
  const poss = readPossessiveIntro(st, c, i);
  if (poss !== undefined) return poss;
  const legis = legislatureTitleAt(st, c, i);
  const role = readRole(st, c, i, legis);
  if (role !== undefined) return role;
  const titled = readTitled(st, c, i, legis);
  if (titled !== undefined) return titled;
  // Counterparts: "his Canadian counterpart Mark Carney", "her French and German counterparts, A and B".
  if (t.low === 'counterpart' || t.low === 'counterparts') {
    return readCounterparts(st, c.s, i, { lastTitled: c.lastTitled, lastTitleList: c.lastTitleList, pendingCounterparts: c.pendingCounterparts });
  }
  return readCountryMarkedList(st, c, i) ?? readHonorificName(st, c, i) ?? readAppositive(st, c, i) ?? readAppointed(st, c, i);
}
