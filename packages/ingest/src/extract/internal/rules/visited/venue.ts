// Rule visited.venue: "the summit was held in Tashkent", "talks took place in San Jose",
// "leaders convened in Sanya": the people the story has meet there visited the venue's country.
import type { Sentence } from '../../nlp.js';
import type { Person } from '../../people.js';
import type { Finding, StoryContext } from '../../types.js';
import { loadData } from '../../lexicon.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, modality } from '../../clauses/modality.js';
import { isResident } from '../../clauses/people.js';
import { visitedFinding } from './finding.js';

let events: Set<string> | undefined;
/** The gathering nouns of cues.yaml (visit.events), loaded once. */
function eventNouns(): Set<string> {
  events ??= new Set(loadData<{ visit: { events: string[] } }>('cues.yaml').visit.events);
  return events;
}

const HELD = /^(held|convened|took)$/;

interface Venue {
  where: string;
  sent: number;
  date: string | null;
}

/**
 * "<gathering> was held (on Monday) in <place>", "<gathering> took place … in <place>", "<people>
 * convened in <place>": the place a gathering noun's clause gives it.
 */
function venueIn(ctx: StoryContext, s: Sentence): Venue | undefined {
  const toks = ctx.parsed.toks;
  const nouns = eventNouns();
  for (let k = s.from + 1; k < s.to; k++) {
    const low = toks[k]!.low;
    if (!HELD.test(low) || (low === 'took' && toks[k + 1]?.low !== 'place')) continue;
    // The gathering is the clause's subject, a few words before the verb.
    let gathering = false;
    for (let q = k - 1; q >= s.from && k - q <= 12 && !BOUNDARY.has(toks[q]!.low); q--) if (nouns.has(toks[q]!.low)) gathering = true;
    if (!gathering && low !== 'convened') continue;
    // ("the first session, to be held in Rome": a gathering still to come.)
    if (toks[k - 1]?.low === 'be' || modality(ctx, s, k)) continue;
    for (let q = k + 1; q < s.to && q - k <= 12; q++) {
      const t = toks[q]!.low;
      if (t === ';' || (BOUNDARY.has(t) && t !== 'in')) break;
      const pl = ctx.m.placeAt.get(q);
      if (!pl || !pl.iso3 || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none') continue;
      const prev = toks[q - 1]!.low === 'the' ? toks[q - 2]?.low : toks[q - 1]!.low;
      if (prev !== 'in' && prev !== 'at' && prev !== 'of') break;
      return { where: pl.iso3, sent: s.index, date: dateNear(ctx, s, k) ?? null };
    }
  }
  return undefined;
}

/**
 * The one venue the story names for its gathering; everyone the story has meet someone in
 * person, of another country and with no visit elsewhere, visited it.
 */
export function venueVisits(ctx: StoryContext, findings: Finding[]): void {
  const venues = ctx.parsed.sentences.map((s) => venueIn(ctx, s)).filter((v): v is Venue => !!v);
  const where = new Set(venues.map((v) => v.where));
  if (where.size !== 1) return;
  const venue = venues[0]!;
  const byKey = new Map<string, Person>(ctx.m.registry.persons.map((p) => [p.key, p]));
  const visitedElsewhere = new Set(findings.filter((f) => f.predicate === 'VISITED' && f.object.key !== venue.where).map((f) => f.subject.key));
  const visited = new Set(findings.filter((f) => f.predicate === 'VISITED' && f.object.key === venue.where).map((f) => f.subject.key));
  // (A call places nobody.)
  const met = findings.filter((f) => f.predicate === 'MET' && f.rule !== 'met.remote').flatMap((f) => [[f.subject.key, f.date] as const, [f.object.key, f.date] as const]);
  for (const [key, date] of met) {
    const p = byKey.get(key);
    if (!p || !p.country || p.country === venue.where || isResident(p) || visited.has(key) || visitedElsewhere.has(key)) continue;
    visited.add(key);
    findings.push(visitedFinding(p, venue.where, venue.sent, venue.date ?? date, 0.6, 'visited.venue'));
  }
}
