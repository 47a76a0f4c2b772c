// Hosting: "X hosted P in Adelaide", "X received P at the presidential palace", "P was welcomed
// by X": the guests, and where they were hosted. With no place in the clause, a national leader
// or minister hosting in person does so in their own country.
import type { Sentence } from '../../nlp.js';
import type { Person, PersonMention } from '../../people.js';
import type { StoryContext } from '../../types.js';
import { coordinated, subjectEndingBefore, uniqPersons } from '../../clauses/people.js';

export interface Hosting {
  who: Person[];
  where: string | undefined;
  /** The token after the guests. */
  end: number;
}

const PASSIVE = /^(was|were|is|are|been|being)$/;
/** Words between the verb and a name that make the name no guest ("received a call from X", "welcomed the visit of X"). */
const NOT_A_GUEST = /^(from|of|by|with|call|calls|phone|telephone|letter|message|visit|proposal|decision|offer)$/;

/** "in Adelaide", "to London", "at the Kremlin": a place the clause after `from` hosts its guests in. */
function hostedIn(ctx: StoryContext, s: Sentence, from: number): string | undefined {
  const toks = ctx.parsed.toks;
  for (let q = from; q < s.to && q - from < 12; q++) {
    if (toks[q]!.low === ';') break;
    const pl = ctx.m.placeAt.get(q);
    if (pl && (toks[q - 1]?.low === 'in' || toks[q - 1]?.low === 'to' || (toks[q - 1]?.low === 'the' && toks[q - 2]?.low === 'at')) && pl.kind !== 'demonym') return pl.iso3;
  }
  return undefined;
}

/**
 * The host's own country, for a hosting the clause does not place: the host is a national
 * office-holder with a country, not reported abroad in the story, and no guest is from there.
 */
function hostHome(ctx: StoryContext, host: PersonMention | undefined, guests: Person[]): string | undefined {
  const p = host?.person;
  if (!p || !p.national || !p.country || guests.some((g) => g.country === p.country)) return undefined;
  if ([...(ctx.away?.get(p) ?? [])].some((c) => c !== p.country)) return undefined;
  return p.country;
}

/** The host before a verb at `i`: a named person a few words away at most, in the same clause. */
const subjectBefore = (ctx: StoryContext, s: Sentence, i: number) => subjectEndingBefore(ctx, s, i, { stop: ',', maxGap: 5, pronouns: false });

/** The guests of a host verb at `cue` (ending at `cueEnd`) and where the clause hosts them. */
export function hostedGuests(ctx: StoryContext, s: Sentence, cue: number, cueEnd: number): Hosting | undefined {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  // "P was received by X": the guests before, the host after "by".
  if (PASSIVE.test(toks[cue - 1]?.low ?? '') && toks[cueEnd]?.low === 'by') {
    const host = ms.find((m) => m.from > cueEnd && m.from - cueEnd <= 3);
    const last = [...ms].reverse().find((m) => m.to < cue);
    if (!host || !last) return undefined;
    const who = uniqPersons(coordinated(toks, ms, ms.indexOf(last), -1));
    return { who, where: hostedIn(ctx, s, host.to) ?? hostHome(ctx, host, who), end: host.to };
  }
  const idx = ms.findIndex((m) => m.from >= cueEnd && m.from - cueEnd <= 3);
  // ("welcomed Hu's attendance": the guest is a possessive's thing, not the person.)
  if (idx < 0 || /^['’]s$/.test(toks[ms[idx]!.to]?.low ?? '')) return undefined;
  const who = uniqPersons(coordinated(toks, ms, idx, 1));
  const end = ms[idx]!.to;
  const where = hostedIn(ctx, s, end);
  if (where) return { who, where, end };
  if (toks.slice(cueEnd, ms[idx]!.from).some((t) => NOT_A_GUEST.test(t.low))) return { who, where: undefined, end };
  return { who, where: hostHome(ctx, subjectBefore(ctx, s, cue), who), end };
}
