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
import { atGathering, summitIn } from './gathering.js';

let events: Set<string> | undefined;
/** The gathering nouns of cues.yaml (visit.events), loaded once. */
function eventNouns(): Set<string> {
  events ??= new Set(loadData<{ visit: { events: string[] } }>('cues.yaml').visit.events);
  return events;
}

const HELD = /^(held|convened|took)$/;

interface Venue {
  where: string;
  /** Named by a summit noun ("the G20 summit in Bali") rather than by a clause that holds a gathering there. */
  bySummitNoun?: boolean;
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
  const summit = summitIn(ctx, s);
  if (summit) return { where: summit.where, sent: s.index, date: dateNear(ctx, s, summit.at) ?? null, bySummitNoun: true };
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
 * The one venue the story names for its gathering. Who was at it visited its country: those a
 * sentence about the gathering names or has meet ("A and B also attended the summit", "on the
 * sidelines of the summit, A met B") and, for a gathering the text holds somewhere ("the talks were held in
 * X"), everyone it has meet in person with no visit elsewhere.
 */
export function venueVisits(ctx: StoryContext, findings: Finding[]): void {
  summitAbroad(ctx, findings);
  const venues = ctx.parsed.sentences.map((s) => venueIn(ctx, s)).filter((v): v is Venue => !!v);
  const where = new Set(venues.map((v) => v.where));
  if (where.size !== 1) return;
  const venue = venues[0]!;
  const byKey = new Map<string, Person>(ctx.m.registry.persons.map((p) => [p.key, p]));
  const visitedElsewhere = new Set(findings.filter((f) => f.predicate === 'VISITED' && f.object.key !== venue.where).map((f) => f.subject.key));
  const visited = new Set(findings.filter((f) => f.predicate === 'VISITED' && f.object.key === venue.where).map((f) => f.subject.key));
  const sentence = (i: number) => ctx.parsed.sentences[i]!;
  // (A summit noun names a gathering, not where the story's other meetings were.)
  const held = !venues.every((v) => v.bySummitNoun);
  const atIt = (i: number) => atGathering(ctx, sentence(i), venue.where) >= 0;
  const attendees: { key: string; date: string | null; anyMeeting: boolean }[] = [];
  // (A call places nobody.)
  for (const f of findings) {
    if (f.predicate !== 'MET' || f.rule === 'met.remote') continue;
    const at = atIt(f.sent);
    if (!at && !held) continue;
    for (const key of [f.subject.key, f.object.key]) attendees.push({ key, date: f.date, anyMeeting: !at });
  }
  for (const s of ctx.parsed.sentences) {
    const k = atGathering(ctx, s, venue.where);
    if (k < 0) continue;
    for (const m of ctx.m.persons[s.index]!) if (m.kind !== 'pronoun') attendees.push({ key: m.person.key, date: dateNear(ctx, s, k) ?? null, anyMeeting: false });
  }
  for (const { key, date, anyMeeting } of attendees) {
    const p = byKey.get(key);
    if (!p || !p.country || p.country === venue.where || isResident(p) || visited.has(key) || (anyMeeting && visitedElsewhere.has(key))) continue;
    visited.add(key);
    findings.push(visitedFinding(p, venue.where, venue.sent, venue.date ?? date, 0.6, 'visited.venue'));
  }
}

/**
 * A story whose lede places it at a summit abroad ("At the ASEAN Summit in Bali today, the Prime
 * Minister held talks with …", datelined at home): the meetings the rules could only place by
 * the dateline were held at the summit, so their guests visited the summit's country.
 */
function summitAbroad(ctx: StoryContext, findings: Finding[]): void {
  const summit = ctx.summitCountry;
  const scene = ctx.sceneCountry;
  if (!summit || !scene || summit === scene) return;
  const byKey = new Map<string, Person>(ctx.m.registry.persons.map((p) => [p.key, p]));
  const have = new Set(findings.filter((f) => f.predicate === 'VISITED' && f.object.key === summit).map((f) => f.subject.key));
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i]!;
    if (f.predicate !== 'VISITED' || f.rule !== 'visited.dateline' || f.object.key !== scene) continue;
    const p = byKey.get(f.subject.key);
    if (!p || p.country === summit || have.has(f.subject.key)) findings.splice(i, 1);
    else {
      findings[i] = { ...f, object: { type: 'Country', key: summit, name: summit }, rule: 'visited.venue' };
      have.add(f.subject.key);
    }
  }
}
