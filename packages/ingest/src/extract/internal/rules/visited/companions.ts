// Who travelled with a visitor, as news lists them: "X was accompanied by A, B and C", "X's
// delegation included A; B", "X led a delegation of ministers, including A and B". Read by
// visited.accompanied: the members made the visitor's visits (v1.1: people who travel with a
// visitor visited the host country).
import type { Sentence } from '../../nlp.js';
import type { PersonMention } from '../../people.js';
import type { StoryContext } from '../../types.js';
import { subjectEndingBefore } from '../../clauses/people.js';

const BE = /^(was|is|were|are|been|being)$/;
const PARTY_NOUNS = /^(delegation|entourage|team)$/;
const INCLUDE = /^(included|includes|including|include|comprised|comprising|comprises)$/;
const LEAD = /^(led|leads|leading|heads|headed|heading)$/;

/** A visitor's companions one sentence lists. */
export interface CompanionList {
  leader: PersonMention;
  members: PersonMention[];
}

/** The subject of a verb at `i`: the last person mention before it, in the same clause. */
const subjectBefore = (ctx: StoryContext, s: Sentence, i: number) => subjectEndingBefore(ctx, s, i, { stop: ';' });

/** "X's delegation", "the delegation of X": the person whose party the noun at k is. */
function partyOwner(ctx: StoryContext, s: Sentence, k: number): PersonMention | undefined {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const own = ms.find((m) => m.to < k && k - m.to <= 3 && /^['’]s$/.test(toks[m.to]?.low ?? ''));
  if (own) return own;
  if (toks[k + 1]?.low === 'of') return ms.find((m) => m.from > k + 1 && m.from - k <= 4);
  // "X led a delegation …", "X, who is leading a delegation of MPs, …".
  for (let q = k - 1; q >= s.from && k - q <= 4; q--) {
    if (LEAD.test(toks[q]!.low)) {
      const w = toks[q - 1]?.low === 'who' ? q - 1 : toks[q - 1]?.low && BE.test(toks[q - 1]!.low) ? q - 1 : q;
      return subjectBefore(ctx, s, toks[w - 1]?.low === 'who' ? w - 2 : w);
    }
  }
  return undefined;
}

/** The anchor of a list of companions in the sentence and whose companions they are. */
function listAnchor(ctx: StoryContext, s: Sentence): { leader: PersonMention; from: number } | undefined {
  const toks = ctx.parsed.toks;
  for (let k = s.from + 1; k < s.to; k++) {
    const low = toks[k]!.low;
    // "X was (also) accompanied (in Zagreb) by …".
    if (low === 'accompanied') {
      let b = k - 1;
      if (toks[b]?.low === 'also') b--;
      const by = toks.slice(k + 1, Math.min(s.to, k + 5)).findIndex((t) => t.low === 'by');
      if (!BE.test(toks[b]?.low ?? '') || by < 0) continue;
      const leader = subjectBefore(ctx, s, b);
      if (leader) return { leader, from: k + 1 + by };
    }
    // "X's delegation included …", "a delegation that includes …, including …".
    if (PARTY_NOUNS.test(low)) {
      const inc = toks.slice(k + 1, Math.min(s.to, k + 4)).findIndex((t) => INCLUDE.test(t.low));
      const leader = partyOwner(ctx, s, k);
      if (inc >= 0 && leader) return { leader, from: k + 1 + inc };
    }
  }
  return undefined;
}

/** The companions the sentence lists: every person named after the anchor, but the leader. */
export function companionList(ctx: StoryContext, s: Sentence): CompanionList | undefined {
  if (!/ccompanied|delegation|entourage|team/.test(s.text)) return undefined;
  const anchor = listAnchor(ctx, s);
  if (!anchor) return undefined;
  const members = ctx.m.persons[s.index]!.filter((m) => m.from > anchor.from && m.kind !== 'pronoun' && m.person !== anchor.leader.person);
  return members.length ? { leader: anchor.leader, members } : undefined;
}
