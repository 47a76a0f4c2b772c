// A gathering the story reports as held: "the G20 summit in Bali", and the sentences that place
// people at it ("attended by A and B", "on the sidelines of the summit"). Read by visited.venue.
import type { Sentence } from '../../nlp.js';
import type { StoryContext } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, modality } from '../../clauses/modality.js';

/** Nouns that name a multilateral gathering by themselves ("the summit in Bali"). */
const SUMMIT_NOUNS = /^(summit|conference|forum|retreat|ministerial)$/;
/** Words that place people at a gathering: its noun, attending or taking part in it, its sidelines. */
const AT_GATHERING = /^(summit|attended|attending|attend|attends|participated|participating|participate|sidelines|margins)$/;

/** A place in the sentence, for a venue: a city or country (not a demonym or an organisation). */
function venuePlace(ctx: StoryContext, k: number): string | undefined {
  const pl = ctx.m.placeAt.get(k) ?? (ctx.parsed.toks[k]?.low === 'the' ? ctx.m.placeAt.get(k + 1) : undefined);
  if (!pl || !pl.iso3 || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none') return undefined;
  return pl.iso3;
}

/**
 * The gathering at token k happened: not negated or planned ("plan to hold a meeting on the
 * sidelines of the forum", "looked forward to meeting at the summit next month"), and not dated
 * after the story.
 */
export function gatheringHappened(ctx: StoryContext, s: Sentence, k: number): boolean {
  const toks = ctx.parsed.toks;
  if (modality(ctx, s, k, { noun: true, cueEnd: k + 1 })) return false;
  for (let q = k - 1; q >= s.from && k - q <= 16; q--) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low)) break;
    if (ctx.lex.modal.has(low) && low !== 'later' && low !== 'ahead') return false;
  }
  const date = dateNear(ctx, s, k);
  return !date || !ctx.articleDate || date <= ctx.articleDate.slice(0, date.length);
}

/** "at the G20 summit in Bali", "the Asean Summit in Labuan Bajo, Indonesia": a summit noun, then "in <place>". */
export function summitIn(ctx: StoryContext, s: Sentence): { where: string; at: number } | undefined {
  const toks = ctx.parsed.toks;
  for (let k = s.from; k < s.to - 2; k++) {
    if (!SUMMIT_NOUNS.test(toks[k]!.low) || toks[k + 1]!.low !== 'in') continue;
    const where = venuePlace(ctx, k + 2);
    if (where && gatheringHappened(ctx, s, k)) return { where, at: k };
  }
  return undefined;
}

/** The sentence places something in another country than `where` ("met in Tokyo"). */
export function placesElsewhere(ctx: StoryContext, s: Sentence, where: string): boolean {
  return ctx.m.places[s.index]!.some((p) => p.locative && p.iso3 && p.iso3 !== where && p.kind !== 'demonym' && p.kind !== 'org' && p.kind !== 'none');
}

/**
 * The sentence is about a gathering held at `where`: it names the gathering, attending or its
 * sidelines, as a fact, and places nothing elsewhere. Returns the word that does, or -1.
 */
export function atGathering(ctx: StoryContext, s: Sentence, where: string): number {
  const toks = ctx.parsed.toks;
  if (placesElsewhere(ctx, s, where)) return -1;
  for (let k = s.from; k < s.to; k++) {
    if (AT_GATHERING.test(toks[k]!.low) && gatheringHappened(ctx, s, k)) return k;
  }
  return -1;
}
