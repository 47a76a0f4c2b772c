// Finding visited.guest: "held talks with his visiting Japanese counterpart X", "met X, who is
// visiting the country": a guest called visiting is in the country of the hosts they meet.
import type { Sentence } from '../../nlp.js';
import type { Person, PersonMention } from '../../people.js';
import type { Finding, StoryContext } from '../../types.js';
import { isResident } from '../../clauses/people.js';
import { visitedFinding } from './finding.js';

/** "visiting" right before the mention (past a possessive, a demonym or a title), or ", who is (currently) visiting" after it. */
function calledVisiting(ctx: StoryContext, m: PersonMention): boolean {
  const toks = ctx.parsed.toks;
  const nameFrom = m.nameFrom ?? m.from;
  for (let q = nameFrom - 1; q >= m.from - 3 && q >= 0 && toks[q]!.sent === m.sent; q--) if (toks[q]!.low === 'visiting') return true;
  let q = m.to;
  if (toks[q]?.low !== ',' || toks[q + 1]?.low !== 'who') return false;
  q += 2;
  while (/^(is|was|are|were|currently|now|also)$/.test(toks[q]?.low ?? '')) q++;
  return toks[q]?.low === 'visiting';
}

/**
 * A meeting the text does not place, where the people called visiting are all of one side and
 * the others (the hosts) of one other country: the guests visited the hosts' country.
 */
export function guestVisits(ctx: StoryContext, s: Sentence, people: readonly Person[], date: string | null, out: Finding[]): void {
  const ms = ctx.m.persons[s.index]!;
  const guests = new Set(ms.filter((m) => people.includes(m.person) && calledVisiting(ctx, m)).map((m) => m.person));
  if (!guests.size) return;
  const hostCountries = new Set(people.filter((p) => !guests.has(p)).map((p) => p.country));
  const host = [...hostCountries][0];
  if (hostCountries.size !== 1 || !host) return;
  for (const p of guests) {
    if (!p.country || p.country === host || isResident(p)) continue;
    out.push(visitedFinding(p, host, s.index, date, 0.7, 'visited.guest'));
  }
}
