// "Marcos was joined at the meeting by Secretary X and Secretary Y", "she was accompanied by
// Minister Z", "Foreign Minister X, who travelled with Meloni,": office holders whose country the
// text leaves open (or gives only from context) are of the delegation they travel in. This pass
// runs after the resolvers and may overrule their context answers.
import type { Person } from '../people.js';
import type { StoryContext } from '../types.js';
import type { Sentence } from '../nlp.js';
import type { CountryVerdict, CountryView } from './evidence.js';

const DELEGATION_WORDS = /\b(?:joined|accompanied|travell?ed|delegation)\b/;
const INCLUDE_WORDS = /^(?:included|including|includes|include)$/;
// A finite verb ends the list of a delegation's members ("…, including Minister X, met …").
const VERB_TAGS = /^(?:VERB|AUX)$/;

export function delegationCountries(ctx: StoryContext, view: CountryView, verdicts: Map<Person, CountryVerdict>): void {
  const { parsed, m } = ctx;
  const toks = parsed.toks;
  if (!DELEGATION_WORDS.test(parsed.text)) return;
  const place = (p: Person, country: string, reason: string) => verdicts.set(p, { country, strength: 1, reason });
  for (const s of parsed.sentences) {
    delegationMembers(ctx, view, s, place);
    for (let k = s.from + 1; k < s.to; k++) {
      // "Foreign Minister X, who travelled with Meloni,": the one they travelled with.
      if (toks[k - 1]!.low === 'who' && toks[k - 2]?.low === ',' && (/^travell?ed$/.test(toks[k]!.low) && toks[k + 1]?.low === 'with' || toks[k]!.low === 'accompanied')) {
        const at = toks[k]!.low === 'accompanied' ? k + 1 : k + 2;
        const guest = m.persons[s.index]!.find((x) => x.to === k - 2)?.person;
        const host = m.persons[s.index]!.find((x) => x.from === at)?.person;
        const hc = host ? view.country(host) : undefined;
        if (guest && hc && guest !== host && guest.national && view.strength(guest) <= 1) place(guest, hc, 'delegation:travelled-with');
        continue;
      }
      if ((toks[k]!.low !== 'joined' && toks[k]!.low !== 'accompanied') || !/^(?:was|were|is|are|been)$/.test(toks[k - 1]!.low)) continue;
      let by = k + 1;
      while (by < s.to && by - k <= 6 && toks[by]!.low !== 'by') by++;
      if (toks[by]?.low !== 'by') continue;
      const host = m.persons[s.index]!.find((x) => x.to <= k)?.person;
      const hc = host ? view.country(host) : undefined;
      if (!hc) continue;
      for (const x of m.persons[s.index]!) {
        const p = x.person;
        if (x.from > by && p !== host && p.national && view.strength(p) <= 1) place(p, hc, 'delegation:joined-by');
      }
    }
  }
}

/**
 * "Members of A's delegation included Minister X", "A led a delegation which also included his
 * Minister Y", "the delegation accompanying A included Z": office holders listed after "included"
 * are of the country of the delegation's leader, the person named nearest to "delegation".
 */
function delegationMembers(ctx: StoryContext, view: CountryView, s: Sentence, place: (p: Person, country: string, reason: string) => void): void {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const d = toks.slice(s.from, s.to).findIndex((t) => t.low === 'delegation') + s.from;
  if (d < s.from) return;
  let k = d + 1;
  while (k < s.to && !INCLUDE_WORDS.test(toks[k]!.low)) k++;
  if (k >= s.to) return;
  const leaders = ms.filter((x) => x.to <= k && view.country(x.person)).sort((a, b) => Math.abs(a.from - d) - Math.abs(b.from - d));
  const leader = leaders[0]?.person;
  const hc = leader ? view.country(leader) : undefined;
  if (!leader || !hc) return;
  let end = k + 1;
  while (end < s.to && !(VERB_TAGS.test(toks[end]!.pos) && !ms.some((x) => x.from <= end && end < x.to))) end++;
  for (const x of ms) {
    const p = x.person;
    if (x.from > k && x.to <= end && p !== leader && p.national && view.strength(p) <= 1) place(p, hc, 'delegation:members-included');
  }
}
