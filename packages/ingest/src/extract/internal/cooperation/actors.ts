// The countries a cooperation sentence names as actors: its people's and its countries (not locations).
import type { Sentence, Tok } from '../nlp.js';
import { MASK } from '../lexicons.js';
import { governedBy } from '../party-scope.js';
import type { PlaceMention } from '../mentions.js';
import type { StoryContext } from '../types.js';
import type { GroupSubject } from './group-subject.js';
import { cooperationWords } from './words.js';

/** Where an attribution tail ("…, according to a statement from X's office") starts, or end. */
function attributionFrom(toks: readonly Tok[], from: number, end: number): number {
  for (let q = from; q < end - 1; q++) if (toks[q]!.low === 'according' && toks[q + 1]!.low === 'to') return q;
  return end;
}

/** The end of the conjunct that a "with" partner sits in: the next clause (", which", ", and VERB", ";") or the sentence end. */
function conjunctEnd(toks: readonly Tok[], from: number, end: number): number {
  for (let q = from; q < end; q++) {
    const low = toks[q]!.low;
    if (low === ';') return q;
    if (low !== ',') continue;
    // (", and tourism" goes on with the list; ", and agreed" opens another clause.)
    const next = toks[q + 1]?.low === 'and' ? toks[q + 2] : toks[q + 1];
    if (/^(which|who|where|while|as|but)$/.test(toks[q + 1]?.low ?? '') || next?.pos === 'VERB') return q;
  }
  return end;
}

/** True when the place at k is a "with" partner ("with A", "with A and B") after the frame at from. */
function withPartner(ctx: StoryContext, k: number, from: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = k - 1; q >= from; q--) {
    const low = toks[q]!.low;
    if (low === 'with') return true;
    if (low === ',' || low === 'and') continue;
    if (ctx.m.places[toks[q]!.sent]!.some((p) => q >= p.from && q < p.to)) continue;
    return false;
  }
  return false;
}

/**
 * "… and accelerate work on a fighter aircraft project with Italy": the partner named by "with"
 * joins only the conjunct it closes (from its verb to the next clause), not every sector.
 */
function withConjunct(toks: readonly Tok[], s: Sentence, plFrom: number, plTo: number): [number, number] | undefined {
  for (let q = plFrom - 2; q > s.from; q--) {
    if ((toks[q]!.low === 'and' || toks[q]!.low === ',') && (toks[q + 1]?.pos === 'VERB' || (toks[q + 1]?.low === 'to' && toks[q + 2]?.pos === 'VERB'))) {
      return [q + 1, conjunctEnd(toks, plTo, s.to)];
    }
  }
  return undefined;
}

export interface Actors {
  /** Countries in the order the sentence names them. */
  order: { at: number; iso3: string }[];
  /** Partners that join only one conjunct, with its token range. */
  scoped: Map<string, [number, number]>;
}

/** A place that is not a party: a location, an adversary, a company's nationality, part of a name. */
function notAParty(ctx: StoryContext, s: Sentence, pl: PlaceMention, firstFrame: number): boolean {
  const toks = ctx.parsed.toks;
  const places = ctx.m.places[s.index]!;
  const w = cooperationWords();
  const placeEndingAt = (q: number) => places.find((p) => p.to === q + 1 && p.kind !== 'demonym')?.from;
  // A capital stands for its government only as a partner ("ties with Jakarta") or possessor.
  // (So do two capitals as the subject before the frame: "Moscow and Jakarta had agreed".)
  const capitalPair = pl.from < firstFrame && ((toks[pl.to]?.low === 'and' && ctx.m.placeAt.has(pl.to + 1)) || (toks[pl.from - 1]?.low === 'and' && places.some((o) => o.to === pl.from - 1 && o.kind !== 'demonym')));
  if (pl.kind === 'city' && !pl.possessive && !capitalPair && !(toks[pl.from - 1]?.low === 'with' && [2, 3, 4].some((d) => (toks[pl.from - d]?.mask ?? 0) & MASK.coop))) return true;
  // "in neighbouring Somalia", "against an increasingly aggressive Russia": a location or an adversary.
  if (pl.locative || governedBy(toks, pl.from, s.from, placeEndingAt)) return true;
  if (toks[pl.from - 1]?.low === 'of' && toks[pl.from - 2]?.low === 'face') return true;
  // "the North Korean nuclear problem": a nationality that names the topic.
  if (pl.kind === 'demonym' && [pl.to, pl.to + 1].some((q) => w.topicHeads.has(toks[q]?.low ?? ''))) return true;
  // "Chilean producer X", "the South Korean battery maker": a company's nationality, not a party.
  if (w.companyNouns.has(toks[pl.to]?.low ?? '') || w.companyNouns.has(toks[pl.to + 1]?.low ?? '') || w.companySuffixes.has(toks[pl.to]?.low ?? '')) return true;
  // "2.5 billion U.S. dollars": the country names a currency, not a side.
  if (w.currencyUnits.has(toks[pl.to]?.low ?? '')) return true;
  if (['de', 'del', 'do', 'da'].includes(toks[pl.from - 1]?.low ?? '') && toks[pl.from - 2]?.cap) return true;
  return ctx.m.persons[s.index]!.some((m) => pl.from >= m.from && pl.to <= m.to);
}

/**
 * The sentence's actors: the countries of its people (a leader-elect speaks for their country,
 * a former holder does not; the source of an attribution tail is no party) and the countries it
 * names as parties. With a group subject ("They also agreed …"), a country named after the
 * frame joins only as a partner ("with X"), not as the object of a clause.
 */
export function sentenceActors(ctx: StoryContext, s: Sentence, firstFrame: number, subjectGroup: GroupSubject): Actors {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const order: { at: number; iso3: string }[] = [];
  const scoped = new Map<string, [number, number]>();
  const attribution = attributionFrom(toks, firstFrame, s.to);
  for (const m of ms) if (m.person.country && m.from < attribution && !ctx.m.formerTitled.has(m.person) && (m.person.national || m.person.titles.length === 0)) order.push({ at: m.from, iso3: m.person.country });
  for (const pl of ctx.m.places[s.index]!) {
    if (notAParty(ctx, s, pl, firstFrame)) continue;
    if (subjectGroup.length >= 2 && pl.from > firstFrame && !withPartner(ctx, pl.from, firstFrame)) continue;
    order.push({ at: pl.from, iso3: pl.iso3 });
    if (toks[pl.from - 1]?.low === 'with' && !ms.some((m) => m.person.country === pl.iso3)) {
      const range = withConjunct(toks, s, pl.from, pl.to);
      if (range) scoped.set(pl.iso3, range);
    }
  }
  order.sort((a, b) => a.at - b.at);
  return { order, scoped };
}
