// Which date a cooperation triple carries.
import type { Sentence } from '../nlp.js';
import { dateNear } from '../relations.js';
import type { RuleState, StoryContext } from '../types.js';
import type { Frame } from './frames.js';
import { cooperationWords } from './words.js';

/** "ongoing cooperation", "has been seeking closer ties", "have cooperated in": current, so dated by the article. */
export function reportedAsOngoing(ctx: StoryContext, s: Sentence, live: readonly Frame[]): boolean {
  const toks = ctx.parsed.toks;
  const ongoing = cooperationWords().ongoing;
  return live.some((f) => toks.slice(Math.max(s.from, f.from - 4), f.from).some((t, j, a) => ongoing.has(t.low) || (t.low === 'been' && /^(has|have)$/.test(a[j - 1]?.low ?? '')))
    // ("The two countries have established a partnership and cooperated fruitfully in …": a record, not news.)
    || (!f.noun && /^(?:co-?operated|collaborated|partnered|worked)$/.test(toks[f.from]!.low) && toks.slice(Math.max(s.from, f.from - 6), f.from).some((t) => /^(has|have)$/.test(t.low))));
}

/**
 * Cooperation is dated by its meeting or agreement: the sentence's own date, else the date of the
 * cooperation it goes on about ("The pacts cover …" after "on Tuesday signed three agreements"),
 * else, for an existing one reported as current, the article's; else the last meeting's or the
 * story's main event's (a story of talks reports what was agreed at them, wherever the talks come),
 * else the day the story's lead gives its news, else the article's; a story with no date gives null.
 */
export function cooperationDate(ctx: StoryContext, s: Sentence, state: RuleState, live: readonly Frame[], parties: string[], continuing: boolean, existing: boolean): string | null {
  const toks = ctx.parsed.toks;
  // ("agreed to hold joint exercises later this year": that is when the exercises are, not the agreement.)
  const near = dateNear(ctx, s, live[0]!.from);
  const later = near && ctx.dates[s.index]!.some((d) => d.value === near && /\b(later|next|until)\s+$/i.test(ctx.parsed.text.slice(Math.max(0, d.start - 7), d.start)));
  // (A bare year is the time of something else: "ties since 1974", "200 years of relations in 2026".)
  const own = later || (near && near.length === 4) ? undefined : near;
  // ("the pacts cover …", "the agreements signed …" refer back to the agreements just reported.)
  const definite = live.some((f) => f.noun && /agreement|accord|pact|deal|mou|memorand/i.test(f.value) && (/^(the|these|those)$/.test(toks[f.from - 1]?.low ?? '') || /^(the|these|those)$/.test(toks[f.from - 2]?.low ?? '')));
  const samePair = !!state.lastCoop && [...state.lastCoop.parties].sort().join() === [...parties].sort().join();
  const prevCoop = (continuing || definite) && samePair ? state.lastCoop!.date : undefined;
  const date = own ?? prevCoop ?? (existing ? ctx.articleDate || null : (state.lastMeetingDate ?? state.eventDate ?? ctx.newsDay ?? (ctx.articleDate || null)));
  if (own) state.lastCoop = { parties: [...parties], date: own };
  return date;
}
