// Acts done in person somewhere: "A and B witnessed the signing of the accords in Lima", "X
// addressed a rally in Accra": the subjects were in the place the clause gives.
import type { Sentence } from '../../nlp.js';
import type { StoryContext } from '../../types.js';
import { loadData } from '../../lexicon.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, isModalAround, modality } from '../../clauses/modality.js';
import { coordinated, isResident, subjectEndingBefore, uniqPersons } from '../../clauses/people.js';
import { visitedFinding } from './finding.js';
import type { VisitOutput } from './visitor.js';

let words: { acts: Set<string>; departures: Set<string> } | undefined;
/** The in-person act and departure verbs of cues.yaml (visit.acts, visit.departures), loaded once. */
function actWords(): { acts: Set<string>; departures: Set<string> } {
  if (words) return words;
  const visit = loadData<{ visit: { acts: string[]; departures: string[] } }>('cues.yaml').visit;
  words = { acts: new Set(visit.acts), departures: new Set(visit.departures) };
  return words;
}

/** A city or country at token q (not a demonym or an organisation). */
function placeCountry(ctx: StoryContext, q: number): string | undefined {
  const pl = ctx.m.placeAt.get(q);
  return pl && pl.iso3 && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' ? pl.iso3 : undefined;
}

/** The country of "in <place>" a few words after the verb at `v`, in its clause. */
function actPlace(ctx: StoryContext, s: Sentence, v: number): string | undefined {
  const toks = ctx.parsed.toks;
  for (let q = v + 1; q < s.to && q - v <= 8; q++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || low === ',') return undefined;
    if (low !== 'in') continue;
    const where = placeCountry(ctx, q + 1);
    if (where) return where;
  }
  return undefined;
}

/** "A and B signed the accords in Lima", "after X left Geneva": the subjects visited the place's country. */
export function actVisits(ctx: StoryContext, s: Sentence, o: VisitOutput): void {
  const toks = ctx.parsed.toks;
  const { acts, departures } = actWords();
  const ms = ctx.m.persons[s.index]!;
  for (let v = s.from + 1; v < s.to; v++) {
    const low = toks[v]!.low;
    if (!(acts.has(low) && toks[v]!.pos === 'VERB') && !departures.has(low)) continue;
    const where = acts.has(low) ? actPlace(ctx, s, v) : placeCountry(ctx, v + 1);
    if (!where || modality(ctx, s, v) || isModalAround(ctx, s, v)) continue;
    const subj = subjectEndingBefore(ctx, s, v, { stop: ',', maxGap: 3, pronouns: false });
    if (!subj) continue;
    const date = dateNear(ctx, s, v) ?? null;
    for (const p of uniqPersons(coordinated(toks, ms, ms.indexOf(subj), -1))) {
      o.visitors.push({ person: p, where, kind: 'presence' });
      if (o.markOnly || !p.country || p.country === where || isResident(p)) continue;
      o.out.push(visitedFinding(p, where, s.index, date ?? o.state.eventDate ?? null, 0.6, 'visited.act'));
    }
  }
}
