// Where a clause places its event: a meeting place, a venue, the country a trip noun refers to.
import type { Sentence } from '../nlp.js';
import type { PlaceMention } from '../mentions.js';
import type { Person } from '../people.js';
import type { StoryContext } from '../types.js';
import { isModalAround, modality } from './modality.js';
import { coordinated } from './people.js';
import { anyOfWords, loadData } from '../lexicon.js';

/** The word lists of data/place-nouns.yaml, read once per thread. */
interface PlaceNouns {
  settlement_nouns: string[];
  region_nouns: string[];
  trip_nouns: string[];
  country_nouns: string[];
  summit_words: string[];
}
const NOUNS = loadData<PlaceNouns>('place-nouns.yaml');

// "the city of X", "the province of X"; "the Kenyan capital" (a demonym before a settlement noun).
const SETTLEMENT = new Set(NOUNS.settlement_nouns);
const PLACE_OF = new Set([...NOUNS.settlement_nouns, ...NOUNS.region_nouns]);

/** "the crises in Venezuela", "the war in Ukraine": a place that belongs to a topic noun. */
export function isTopicPlace(ctx: StoryContext, p: PlaceMention): boolean {
  const toks = ctx.parsed.toks;
  let q = p.from - 1;
  if (toks[q]?.low === 'the') q--;
  if (!['in', 'at', 'on', 'over'].includes(toks[q]?.low ?? '')) return false;
  const head = toks[q - 1]?.low === 'the' ? toks[q - 2]?.low : toks[q - 1]?.low;
  return !!head && ctx.lex.topicNouns.has(head);
}

/**
 * The word that governs a place mention, past "the" and a capital noun: "in Rome", "in the
 * UK", "in the capital Ankara". (A country name after "the" counts only when it heads its noun
 * phrase: "in the Ukraine war" is a topic.)
 */
function placePreposition(ctx: StoryContext, p: PlaceMention): string | undefined {
  const toks = ctx.parsed.toks;
  let q = p.from - 1;
  const capital = /^(capital|city)$/.test(toks[q]?.low ?? '') && toks[q - 1]?.low === 'the';
  if (capital) q--;
  if (toks[q]?.low !== 'the') return toks[q]?.low;
  const next = toks[p.to];
  if (capital || p.kind === 'city' || !next || !/^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) return toks[q - 1]?.low;
  return 'the';
}

/** The country of the place a meeting is set in: a locative place mention nearest to the cue. */
export function meetingPlace(ctx: StoryContext, s: Sentence, c: number): string | undefined {
  const toks = ctx.parsed.toks;
  let best: PlaceMention | undefined;
  let bestD = Infinity;
  for (const p of ctx.m.places[s.index]!) {
    const prev = placePreposition(ctx, p);
    const cityOf = prev === 'of' && PLACE_OF.has(toks[p.from - 2]?.low ?? '');
    const demonymPlace = p.kind === 'demonym' && SETTLEMENT.has(toks[p.to]?.low ?? '');
    const ok = ((prev === 'in' || prev === 'at' || cityOf) && p.kind !== 'demonym') || (demonymPlace && ['in', 'to', 'the'].includes(prev ?? '')) || (p.kind === 'name' && smallPlaceOf(ctx, p));
    if (!ok || p.possessive) continue;
    // "held talks with X, and discussed production of Y in Poland": a later conjunct's place.
    if (p.from > c && toks.slice(c, p.from).some((t, j, a) => t.low === 'and' && a[j + 1]?.pos === 'VERB' && a[j - 1]?.low === ',')) continue;
    // "the crises in Venezuela": the place of a topic, not of the meeting.
    if (!cityOf && isTopicPlace(ctx, p)) continue;
    if (modality(ctx, s, p.from - 1) || isModalAround(ctx, s, p.from)) continue;
    const d = Math.abs(p.from - c);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best?.iso3;
}

/** The country of a standing venue the sentence names ("on the sidelines of the UN General Assembly"). */
export function venueIn(ctx: StoryContext, s: Sentence): string | undefined {
  const toks = ctx.parsed.toks;
  for (let k = s.from; k < s.to; k++) {
    if (!toks[k]!.cap) continue;
    const v = ctx.lex.venues.matchToks(toks, k, s.to);
    if (v) return v.value;
  }
  return undefined;
}

/** "in Kananaskis, Canada": a place too small for the gazetteer, then its country after a comma. */
function smallPlaceOf(ctx: StoryContext, p: PlaceMention): boolean {
  const toks = ctx.parsed.toks;
  if (toks[p.from - 1]?.low !== ',') return false;
  let q = p.from - 2;
  while (q >= 0 && p.from - 2 - q < 3 && toks[q]!.cap && toks[q]!.sent === p.sent && !ctx.m.placeAt.has(q)) q--;
  return q < p.from - 2 && (toks[q]?.low === 'in' || toks[q]?.low === 'at');
}

/** Places coordinated after the one ending at `from` ("…, Qatar and Kuwait"), cities and countries only. */
export function coordinatedPlaces(ctx: StoryContext, from: number, end: number): string[] {
  const toks = ctx.parsed.toks;
  const out: string[] = [];
  let q = from;
  while (q < end) {
    if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
    else if (toks[q]?.low === 'and' || toks[q]?.low === ',') q++;
    else break;
    const pl = ctx.m.placeAt.get(q);
    if (!pl || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none' || !pl.iso3) break;
    out.push(pl.iso3);
    q = pl.to;
  }
  return out;
}

export const SUMMIT_WORDS: readonly string[] = NOUNS.summit_words;

export const TRIP_NOUNS = new RegExp(`^(?:${anyOfWords(NOUNS.trip_nouns)})$`);

const COUNTRY_NOUNS = new Set(NOUNS.country_nouns);

/**
 * "to the Latin American nation", "to the Gulf state", "to the country": right after a visit cue,
 * "the" and up to three words before a country noun. Stands for the one country the sentence
 * names before the cue (not a visitor's own), else nothing.
 */
export function referredCountry(ctx: StoryContext, s: Sentence, cue: number, end: number, who: Person[]): string | undefined {
  const toks = ctx.parsed.toks;
  if (toks[end]?.low !== 'the') return undefined;
  let q = end + 1;
  while (q < s.to && q - end <= 4 && !COUNTRY_NOUNS.has(toks[q]!.low)) q++;
  if (!COUNTRY_NOUNS.has(toks[q]?.low ?? '') || toks[q + 1]?.low === 'of') return undefined;
  const own = new Set(who.map((p) => p.country).filter(Boolean));
  const cands = new Set(ctx.m.places[s.index]!.filter((p) => p.to <= cue && p.kind !== 'org' && p.kind !== 'none' && p.iso3 && !own.has(p.iso3)).map((p) => p.iso3));
  return cands.size === 1 ? [...cands][0] : undefined;
}
