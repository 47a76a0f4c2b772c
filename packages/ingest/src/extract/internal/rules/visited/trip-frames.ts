// Visits named by a trip or visit noun: "the tour took X to Y", "the visit of X to Y", "X was in Y on a trip".
import type { Sentence } from '../../nlp.js';
import { MASK } from '../../lexicons.js';
import type { StoryContext } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, isModalAround, modality } from '../../clauses/modality.js';
import { isResident } from '../../clauses/people.js';
import type { PersonMention } from '../../people.js';
import { TRIP_NOUNS, coordinatedPlaces } from '../../clauses/places.js';
import { visitedFinding } from './finding.js';
import type { VisitOutput } from './visitor.js';

/**
 * "The final leg took Fidan to Doha on Friday", "the tour took the president to Ghana and Togo":
 * a trip noun as the subject of "took <person> to <place>".
 */
export function tripTookPerson(ctx: StoryContext, s: Sentence, o: VisitOutput): void {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  for (let i = s.from + 1; i < s.to - 3; i++) {
    if (!/^(took|takes|take|taken|taking|brought|brings)$/.test(toks[i]!.low)) continue;
    const trip = toks.slice(Math.max(s.from, i - 4), i).findIndex((t) => TRIP_NOUNS.test(t.low));
    if (trip < 0 || modality(ctx, s, i)) continue;
    const pm = ms.find((m) => m.from === i + 1);
    if (!pm || toks[pm.to]?.low !== 'to') continue;
    // "X's regional tour, which has taken him to …": a pronoun stands for the trip's owner, named before the trip noun.
    if (pm.kind === 'pronoun' && tripOwner(ctx, s, Math.max(s.from, i - 4) + trip)?.person !== pm.person) continue;
    const pl = ctx.m.placeAt.get(pm.to + 1);
    if (!pl || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none' || !pl.iso3) continue;
    const date = dateNear(ctx, s, i) ?? null;
    const p = pm.person;
    for (const w of [pl.iso3, ...coordinatedPlaces(ctx, pl.to, s.to)].filter((w, k, a) => a.indexOf(w) === k)) {
      o.visitors.push({ person: p, where: w, kind: 'move' });
      if (o.markOnly || !p.country || p.country === w) continue;
      o.out.push(visitedFinding(p, w, s.index, date ?? o.state.eventDate ?? null, 0.8, 'visited.trip'));
    }
  }
}

/** "X's three-nation tour": the person whose possessive opens the trip noun's phrase at `trip`. */
function tripOwner(ctx: StoryContext, s: Sentence, trip: number): PersonMention | undefined {
  const toks = ctx.parsed.toks;
  return ctx.m.persons[s.index]!.find((m) => m.kind !== 'pronoun' && m.to < trip && trip - m.to <= 5 && /^['’]s$/.test(toks[m.to]?.low ?? ''));
}

/** "the 2031 state visit of X": a year after the story's own in the few words before the visit noun. */
function laterYearBefore(ctx: StoryContext, s: Sentence, i: number): boolean {
  const year = Number(ctx.articleDate?.slice(0, 4));
  if (!year) return false;
  return ctx.parsed.toks.slice(Math.max(s.from, i - 3), i).some((t) => /^(19|20)\d\d$/.test(t.low) && Number(t.low) > year);
}

/** "the visit of the Foreign Minister, X, to Abu Dhabi and Doha last month": a visit named by a noun. */
export function visitOfPerson(ctx: StoryContext, s: Sentence, o: VisitOutput): void {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  for (let i = s.from + 1; i < s.to - 3; i++) {
    if (toks[i + 1]?.low !== 'of' || !(toks[i]!.mask & MASK.visit) || !/^(visit|visits|trip|tour)$/.test(toks[i]!.low) || modality(ctx, s, i, { noun: true, cueEnd: i + 1 })) continue;
    const pm = ms.find((m) => m.from > i + 1 && m.from - i <= 4);
    if (!pm || laterYearBefore(ctx, s, i)) continue;
    let q = pm.to;
    if (toks[q]?.low === ',') q++;
    if (toks[q]?.low !== 'to') continue;
    q++;
    const date = dateNear(ctx, s, i) ?? null;
    // Each destination of the list after "to".
    for (;;) {
      const pl = ctx.m.placeAt.get(q);
      if (!pl || pl.kind === 'demonym') break;
      const p = pm.person;
      o.visitors.push({ person: p, where: pl.iso3, kind: 'move' });
      if (!o.markOnly && p.country && p.country !== pl.iso3) {
        o.out.push(visitedFinding(p, pl.iso3, s.index, date, 0.75, 'visited.noun'));
      }
      q = pl.to;
      if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
      else if (toks[q]?.low === 'and' || toks[q]?.low === ',') q++;
      else break;
    }
  }
}

/** "in Seoul on a three-day trip": a visit or trip noun after "on" within a few words after the place. */
function onTripAfter(ctx: StoryContext, s: Sentence, placeEnd: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = placeEnd; q < s.to && q - placeEnd < 7; q++) {
    const low = toks[q]!.low;
    if (/^(visit|trip|tour|mission)$/.test(low) && toks.slice(placeEnd, q).some((t) => t.low === 'on')) return true;
    if (low === ',' || low === ';') break;
  }
  return false;
}

const STAY_COPULAS = /^(is|was|are|were|been|remains|remained)$/;
const STAY_EXTENT = /^(for|from|since|until|till|as|to|ahead)$/;
const STAY_ADVERBS = /^(also|currently|now|already|still)$/;

/**
 * The person a stay's copula at `cop` is said of: the mention right before it ("X is in Lusaka",
 * "X has been in Dodoma", "X, who was in Seoul"), and whether nothing but an auxiliary or an
 * adverb stands between them.
 */
function staySubject(ctx: StoryContext, s: Sentence, cop: number): { mention: PersonMention; tight: boolean } | undefined {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  let q = cop;
  while (q - 1 > s.from && (STAY_ADVERBS.test(toks[q - 1]!.low) || (toks[q]!.low === 'been' && /^(has|have|had)$/.test(toks[q - 1]!.low)))) q--;
  // "…, who was in Seoul": the relative pronoun's antecedent.
  const who = toks[q - 1]?.low === 'who';
  const end = who ? q - 2 : q;
  const before = ms.filter((m) => m.to <= end);
  const last = before[before.length - 1];
  if (!last) return undefined;
  return { mention: last, tight: last.kind !== 'pronoun' && (last.to === end || (who && toks[last.to]?.low === ',' && last.to + 1 === end) || apposition(ctx, last, end)) };
}

/** ", Ghana's deputy trade minister," after a name: a verbless phrase set off by commas (the mention may hold its start). */
function apposition(ctx: StoryContext, m: PersonMention, to: number): boolean {
  const toks = ctx.parsed.toks;
  const opens = toks.slice(m.from, m.to + 1).findIndex((t) => t.low === ',');
  if (opens < 0 || to - m.to < 1 || toks[to - 1]?.low !== ',') return false;
  return toks.slice(m.from + opens + 1, to - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !BOUNDARY.has(t.low));
}

/**
 * "X, who was in Seoul on a three-day trip", "X is also in Lusaka for the talks", "X has been in
 * Dodoma since Friday": being in a place away from home. A stay said of a person named right
 * before it needs no trip noun, only its length or purpose; a looser one needs a trip noun.
 */
export function stayOnTrip(ctx: StoryContext, s: Sentence, o: VisitOutput): void {
  const toks = ctx.parsed.toks;
  if (!/ (?:is|was|are|were|been|remains|remained) (?:\w+ )?in /.test(s.text)) return;
  for (let i = s.from + 1; i < s.to - 1; i++) {
    if (toks[i]!.low !== 'in') continue;
    const cop = STAY_ADVERBS.test(toks[i - 1]!.low) ? i - 2 : i - 1;
    if (!STAY_COPULAS.test(toks[cop]?.low ?? '')) continue;
    const pl = ctx.m.placeAt.get(i + 1);
    if (!pl || !pl.iso3 || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none') continue;
    const subj = staySubject(ctx, s, cop);
    // (A tight stay still says how long or what for: "in Lusaka for the talks", "since Friday", "from June 3 to June 5".)
    const tight = !!subj?.tight && STAY_EXTENT.test(toks[pl.to]?.low ?? '');
    if (!subj || (!tight && !onTripAfter(ctx, s, pl.to)) || modality(ctx, s, cop) || isModalAround(ctx, s, cop)) continue;
    const p = subj.mention.person;
    // An ongoing stay ("is in Tokyo") is current news: the article's date.
    const date = dateNear(ctx, s, i) ?? (/^(is|are|remains)$/.test(toks[cop]!.low) ? ctx.articleDate || null : o.state.eventDate ?? null);
    o.visitors.push({ person: p, where: pl.iso3, kind: 'move' });
    if (o.markOnly || !p.country || p.country === pl.iso3 || isResident(p)) continue;
    o.out.push(visitedFinding(p, pl.iso3, s.index, date, 0.8, 'visited.stay'));
  }
}
