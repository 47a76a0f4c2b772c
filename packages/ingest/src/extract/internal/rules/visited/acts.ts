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

let acts: Set<string> | undefined;
/** The in-person act verbs of cues.yaml (visit.acts), loaded once. */
function actVerbs(): Set<string> {
  acts ??= new Set(loadData<{ visit: { acts: string[] } }>('cues.yaml').visit.acts);
  return acts;
}

/** The country of "in <place>" a few words after the verb at `v`, in its clause. */
function actPlace(ctx: StoryContext, s: Sentence, v: number): string | undefined {
  const toks = ctx.parsed.toks;
  for (let q = v + 1; q < s.to && q - v <= 8; q++) {
    const low = toks[q]!.low;
    if (BOUNDARY.has(low) || low === ',') return undefined;
    if (low !== 'in') continue;
    const pl = ctx.m.placeAt.get(q + 1);
    if (pl && pl.iso3 && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none') return pl.iso3;
  }
  return undefined;
}

/** "A and B signed the accords in Lima": the act's subjects visited the place's country. */
export function actVisits(ctx: StoryContext, s: Sentence, o: VisitOutput): void {
  const toks = ctx.parsed.toks;
  const verbs = actVerbs();
  const ms = ctx.m.persons[s.index]!;
  for (let v = s.from + 1; v < s.to; v++) {
    if (!verbs.has(toks[v]!.low) || toks[v]!.pos !== 'VERB') continue;
    const where = actPlace(ctx, s, v);
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
