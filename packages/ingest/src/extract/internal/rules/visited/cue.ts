// Visit cues: "arrived in X", "on a three-day visit to X", "travelled to X", "hosted P in X", presence at a summit.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { StoryContext, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, isModalAround, modality } from '../../clauses/modality.js';
import { coordinated, isResident, resolveGroup, sentenceHas, uniqPersons } from '../../clauses/people.js';
import { SUMMIT_WORDS, coordinatedPlaces, meetingPlace, referredCountry, venueIn } from '../../clauses/places.js';
import { visitedFinding } from './finding.js';
import { hostedGuests } from './host.js';
import type { VisitOutput } from './visitor.js';

const ARRIVAL = /^(arrived|arrives|arriving|arrive|landed|flew in|flew into)\b/;
const COUNTRY_COUNT = /^(countries|nations|states)$/;
const MISSION_NOUNS = /^(embassy|embassies|consulate|consulates|mission|pavilion)$/;
const DELEGATION_LEAD = /^(led|leads|leading|headed|heads|heading)$/;
const VISIT_END = /^(end|ends|ending|conclude|concludes|concluding|wrap|wraps|wrapping|wind|winds|winding)$/;

/** Who moves or is present: the person (and those coordinated with them) or people group before the cue. */
function travellersBefore(ctx: StoryContext, s: Sentence, i: number, state: MeetingState): Person[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const before = ms.filter((m) => m.to <= i);
  if (before.length) return uniqPersons(coordinated(toks, ms, ms.indexOf(before[before.length - 1]!), -1));
  const g = ctx.m.groups[s.index]!.find((x) => x.to <= i && x.kind === 'people');
  if (g) return resolveGroup(ctx, s, g.from, g.to, state);
  // "During his (two-day official) visit to Brazil, X met …": the possessive points to the clause's subject after it.
  if (/^(his|her)$/.test(toks[nounStart(toks, s, i) - 1]?.low ?? '')) {
    const comma = toks.findIndex((t, q) => q > i && q < s.to && t.low === ',');
    const subj = comma > 0 ? ms.find((m) => m.from > comma && m.from - comma <= 10 && m.kind !== 'pronoun') : undefined;
    if (subj) return [subj.person];
  }
  return [];
}

/** "a visit to Y by X", "a state visit to Y by X and Z": the people after the noun's "by", a few words on. */
function visitAgent(ctx: StoryContext, s: Sentence, end: number): Person[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  for (let q = end; q < s.to && q - end <= 8; q++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || low === ',') return [];
    if (low !== 'by') continue;
    const idx = ms.findIndex((m) => m.from > q && m.from - q <= 4 && m.kind !== 'pronoun');
    return idx < 0 ? [] : uniqPersons(coordinated(toks, ms, idx, 1));
  }
  return [];
}

/** Where the noun phrase of a visit noun at i starts, past its modifiers ("his two-day official visit"). */
function nounStart(toks: StoryContext['parsed']['toks'], s: Sentence, i: number): number {
  let q = i;
  const modifier = (t: StoryContext['parsed']['toks'][number]) => !t.cap && (/^(ADJ|NUM|NOUN)$/.test(t.pos) || (t.pos === 'VERB' && t.low.endsWith('ing')));
  while (q - 1 > s.from && i - q < 4 && modifier(toks[q - 1]!)) q--;
  return q;
}

/** "will end his six-day visit to China today", "wrapping up her visit": a visit under way, whatever the tense of its end. */
function visitUnderWay(toks: StoryContext['parsed']['toks'], s: Sentence, i: number): boolean {
  const q = nounStart(toks, s, i);
  return /^(his|her|their)$/.test(toks[q - 1]?.low ?? '') && VISIT_END.test(toks[q - 2]?.low ?? '') || (toks[q - 2]?.low === 'up' && VISIT_END.test(toks[q - 3]?.low ?? ''));
}

/** Words of a visit noun's phrase between a light verb and the noun ("pay an official visit", "undertake his State Visit"). */
const VISIT_DETERMINERS = /^(a|an|the|his|her|their|its)$/;

/**
 * "asked her to make a working visit to X", "unable to carry out his State Visit": a visit
 * noun whose light verb is an infinitive names a visit not (yet) made, as "to visit X" does.
 */
function infinitiveVisit(toks: StoryContext['parsed']['toks'], s: Sentence, i: number): boolean {
  // (Past the noun's modifiers, capitalised ones too: "his State Visit", "a three-day Official Visit".)
  let q = i - 1;
  while (q > s.from && i - q <= 4 && /^(ADJ|NUM|NOUN|PROPN)$/.test(toks[q]!.pos) && !VISIT_DETERMINERS.test(toks[q]!.low)) q--;
  if (VISIT_DETERMINERS.test(toks[q]?.low ?? '')) q--;
  const verb = toks[q];
  if (!verb || q - 1 < s.from || verb.pos !== 'VERB' || toks[q - 1]!.low !== 'to') return false;
  return !/^(due|according|ahead|next)$/.test(toks[q - 2]?.low ?? '');
}

/**
 * "with the visiting Prime Minister of Y, X", "the visiting Trade Minister":
 * "visiting" before a person or a title names the guest after it (the guest references read it),
 * not a trip by the person before it.
 */
function visitingAttribute(ctx: StoryContext, s: Sentence, i: number): boolean {
  const toks = ctx.parsed.toks;
  if (ctx.m.persons[s.index]!.some((m) => m.from <= i + 2 && m.to > i + 1)) return true;
  const pl = ctx.m.placeAt.get(i + 1);
  if (pl && pl.kind !== 'demonym') return false;
  // ("visiting Japanese Prime Minister", "visiting Foreign Minister": a capitalised title, past a demonym.)
  const next = toks[pl ? pl.to : i + 1];
  return !!next && next.cap && !ctx.m.placeAt.has(pl ? pl.to : i + 1);
}

/** Where someone is present ("attending the summit"): the meeting's place or venue, the summit the lede places, else the scene. */
function presencePlace(ctx: StoryContext, s: Sentence, i: number): string | undefined {
  // ("who is also attending the summit": the summit the lede places, not the dateline.)
  return meetingPlace(ctx, s, i) ?? venueIn(ctx, s) ?? (ctx.summitCountry && SUMMIT_WORDS.some((w) => sentenceHas(ctx, s, w)) ? ctx.summitCountry : ctx.sceneCountry);
}

/** The destination after a movement cue ("to X", "here", "the national capital") and any destinations listed with it. */
function destinationAfter(ctx: StoryContext, s: Sentence, end: number): { where: string | undefined; alsoWhere: string[] } {
  const toks = ctx.parsed.toks;
  const listed = countedDestinations(ctx, s, end);
  if (listed.length) return { where: listed[0], alsoWhere: listed.slice(1) };
  for (let q = end; q < s.to && q - end < 14; q++) {
    const t = toks[q]!;
    // (", which is negotiating a pact with India": a relative clause names other places.)
    if (t.low === ';' || (t.low === ',' && q - end > 8) || (BOUNDARY.has(t.low) && q > end)) break;
    if (t.low === 'here') return { where: ctx.datelineCountry, alsoWhere: [] };
    // "arrived in the national capital": the dateline's capital, unless a place or "of" follows.
    if (t.low === 'capital' && /^(the|national|federal)$/.test(toks[q - 1]!.low) && toks[q + 1]?.low !== 'of' && !ctx.m.placeAt.has(q + 1) && ctx.datelineCountry) return { where: ctx.datelineCountry, alsoWhere: [] };
    const pl = ctx.m.placeAt.get(q);
    // ("to New Zealand," is the country even where the name can be an adjective: nothing follows it.)
    const bare = pl?.kind === 'demonym' && toks[pl.from - 1]?.low === 'to' && !/^(NOUN|PROPN|ADJ)$/.test(toks[pl.to]?.pos ?? '');
    // ("visited Y's embassy in Z": a country's mission stands where the clause goes on to place it.)
    if (pl && MISSION_NOUNS.test(toks[toks[pl.to]?.low === "'s" || toks[pl.to]?.low === '’s' ? pl.to + 1 : pl.to]?.low ?? '')) {
      q = pl.to;
      continue;
    }
    if (pl && (pl.kind !== 'demonym' || bare || /^(capital|city)$/.test(toks[pl.to]?.low ?? ''))) {
      // "took him to Gambia and Senegal", "travelled to Oman, Qatar and Kuwait": every destination.
      return { where: pl.iso3, alsoWhere: pl.kind !== 'demonym' ? coordinatedPlaces(ctx, pl.to, s.to) : [] };
    }
  }
  return { where: undefined, alsoWhere: [] };
}

/**
 * "visits to eight countries with close ties to China, including Fiji, Samoa and Tonga": a count
 * of countries after the cue, then the places listed after "including" or a colon.
 */
function countedDestinations(ctx: StoryContext, s: Sentence, end: number): string[] {
  const toks = ctx.parsed.toks;
  let q = end;
  while (q < s.to && q - end < 4 && !COUNTRY_COUNT.test(toks[q]!.low)) q++;
  if (!COUNTRY_COUNT.test(toks[q]?.low ?? '') || !toks.slice(end, q).some((t) => t.pos === 'NUM' || /^(several|multiple)$/.test(t.low))) return [];
  for (let k = q + 1; k < s.to && k - q < 14; k++) {
    if (toks[k]!.low !== 'including' && toks[k]!.low !== ':') continue;
    const pl = ctx.m.placeAt.get(k + 1);
    if (!pl || pl.kind === 'org' || pl.kind === 'none' || !pl.iso3) return [];
    return [pl.iso3, ...coordinatedPlaces(ctx, pl.to, s.to)];
  }
  return [];
}

/** The visit cue at token i, if any: its visits recorded; returns the token the caller's scan resumes after. */
export function readVisitCue(ctx: StoryContext, s: Sentence, i: number, o: VisitOutput): number {
  const toks = ctx.parsed.toks;
  const mv = ctx.lex.visitMove.matchToks(toks, i, s.to);
  const pr = mv ? undefined : ctx.lex.presence.matchToks(toks, i, s.to);
  const host = !mv && !pr && ctx.lex.visitHost.has(toks[i]!.low) ? toks[i]!.low : undefined;
  if (!mv && !pr && !host) return i;
  const len = mv?.length ?? pr?.length ?? 1;
  // "X's visit to Washington was postponed": a visit noun with its own predicate.
  // ("X's visits to A and B will be rescheduled": a plural after a possessive is the noun too.)
  const noun = !!mv && (/^(visit|trip|tour)\b/.test(mv.value) || (mv.value === 'visits' && /^(['’]s|his|her|their|the)$/.test(toks[i - 1]?.low ?? '')));
  if (noun && infinitiveVisit(toks, s, i)) return i + len - 1;
  if (mv?.value === 'visiting' && visitingAttribute(ctx, s, i)) return i;
  // "X headed a trade delegation to Y": a delegation travels with the one who leads it, not one who receives it.
  if (mv?.value === 'delegation to' && !toks.slice(Math.max(s.from, i - 3), i).some((t) => DELEGATION_LEAD.test(t.low))) return i + len - 1;
  if (!(noun && visitUnderWay(toks, s, i)) && (modality(ctx, s, i, noun ? { noun, cueEnd: i + len } : {}) || isModalAround(ctx, s, i))) return i + len - 1;
  let who: Person[];
  let where: string | undefined;
  let alsoWhere: string[] = [];
  let end = i + len;
  if (host) {
    const guests = hostedGuests(ctx, s, i, end);
    if (!guests) return i;
    ({ who, where, end } = guests);
  } else {
    who = travellersBefore(ctx, s, i, o.state);
    // "X said he and Y spoke by phone after his trip to Z": one traveller for a singular possessive, the clause's first.
    if (noun && who.length > 1 && /^(his|her)$/.test(toks[nounStart(toks, s, i) - 1]?.low ?? '')) {
      const first = ctx.m.persons[s.index]!.find((m) => who.includes(m.person));
      if (first) who = [first.person];
    }
    // "during a visit to Y by the President of Z, X": the visitor is the noun's agent after "by".
    if (!who.length && noun) who = visitAgent(ctx, s, end);
    if (pr) where = presencePlace(ctx, s, i);
    else ({ where, alsoWhere } = destinationAfter(ctx, s, end));
  }
  // "signed agreements with Peru during his visit to the Latin American nation": a descriptive
  // reference to a country stands for the one country named before it in the sentence.
  if (!where && mv && !host) where = referredCountry(ctx, s, i, end, who);
  const next = end - 1;
  // "Kast … arrived late Monday", "flew in on Monday night": no place, but the one country the
  // story has them visit; this dates that visit by its arrival.
  if (!where && mv && who.length === 1 && /^(arrived|arrives|arriving|flew in|landed)\b/.test(mv.value)) {
    const away = ctx.away?.get(who[0]!);
    if (away && away.size === 1) where = [...away][0];
  }
  if (!where || !who.length) return next;
  const date = dateNear(ctx, s, next) ?? null;
  const dests = [where, ...alsoWhere].filter((w, k, a) => a.indexOf(w) === k);
  const rule = host ? 'visited.hosted' : pr ? 'visited.presence' : mv && (ARRIVAL.test(mv.value) || (!!date && ctx.dates[s.index]!.some((d) => d.range && d.value === date))) ? 'visited.arrival' : 'visited.move';
  for (const [p, dest] of who.flatMap((x) => dests.map((w) => [x, w] as const))) {
    o.visitors.push({ person: p, where: dest, kind: host ? 'host' : pr ? 'presence' : 'move' });
    if (o.markOnly || (p.country && p.country === dest)) continue;
    // (An envoy a host receives is posted there.)
    if (host && (!p.country || isResident(p))) continue;
    o.out.push(visitedFinding(p, dest, s.index, date ?? o.state.eventDate ?? null, pr ? 0.6 : 0.85, rule));
  }
  return next;
}
