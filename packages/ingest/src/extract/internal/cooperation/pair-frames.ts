// Frames that name exactly their two sides, and one side's deals with several partners.
import type { Sentence } from '../nlp.js';
import type { StoryContext } from '../types.js';
import type { Frame } from './frames.js';

/** The country that owns "X's deals" / "her government's deals": a possessive country or the subject person's. */
export function dealOwner(ctx: StoryContext, s: Sentence, i: number): string | undefined {
  const toks = ctx.parsed.toks;
  for (let q = i - 1; q >= s.from && i - q <= 5; q--) {
    const low = toks[q]!.low;
    if (low === ',' || low === ';') return undefined;
    if (low !== "'s") continue;
    const pl = [...ctx.m.places[s.index]!].find((p) => p.to === q && p.kind !== 'city');
    if (pl) return pl.iso3;
    // "her government's", "the government's": the country of the person the sentence is about.
    if (toks[q - 1]?.low === 'government' && /^(his|her|its|their|the)$/.test(toks[q - 2]?.low ?? '')) {
      const subj = ctx.m.persons[s.index]!.find((m) => m.to <= q && m.person.country && m.person.national);
      return subj?.person.country;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The countries of a list that starts at `at` ("Japan, the United States and South Korea"), in
 * order; none when an item is a city or a nationality, or the list names fewer than two countries.
 */
function countryList(ctx: StoryContext, at: number): string[] {
  const toks = ctx.parsed.toks;
  const out: string[] = [];
  for (let q = at; ; ) {
    if (toks[q]?.low === 'the') q++;
    const pl = ctx.m.placeAt.get(q);
    // (The list ends at the first item that is no country: "between A and B, including …".)
    if (!pl) return out.length >= 2 ? out : [];
    if (pl.kind === 'city' || pl.kind === 'demonym' || pl.possessive) return [];
    if (!out.includes(pl.iso3)) out.push(pl.iso3);
    const next = toks[pl.to]?.low;
    if (next === ',' && toks[pl.to + 1]?.low === 'and') q = pl.to + 2;
    else if (next === ',' || next === 'and') q = pl.to + 1;
    else return out.length >= 2 ? out : [];
  }
}

/**
 * "the deepening military cooperation between North Korea and Russia", "North Korea's military
 * cooperation with Russia": a noun frame that names exactly its two sides (an existing
 * cooperation). Also the hub of "cooperation between Mongolia and their respective countries".
 */
export function namedPair(ctx: StoryContext, s: Sentence, live: readonly Frame[]): { parties?: string[]; hub?: string } {
  const toks = ctx.parsed.toks;
  let parties: string[] | undefined;
  let hub: string | undefined;
  for (const f of live) {
    if (!f.noun) continue;
    if (toks[f.to]?.low === 'between' || toks[f.to]?.low === 'among') {
      // ("cooperation among Japan, the United States and South Korea": its members, not the sentence's other countries.)
      const members = countryList(ctx, f.to + 1);
      if (members.length >= 3 || (members.length === 2 && toks[f.to]!.low === 'among')) return { parties: members, hub };
      const a = ctx.m.placeAt.get(f.to + 1);
      const b = a && toks[a.to]?.low === 'and' ? ctx.m.placeAt.get(a.to + 1) : undefined;
      if (a && b && a.iso3 !== b.iso3 && a.kind !== 'city' && b.kind !== 'city') return { parties: [a.iso3, b.iso3], hub };
      // (one side and each of the others)
      if (a && !b && a.kind !== 'city' && toks[a.to]?.low === 'and' && /^(their|its|his|her)$/.test(toks[a.to + 1]?.low ?? '') && /^(respective|own)$/.test(toks[a.to + 2]?.low ?? '')) hub = a.iso3;
    }
    const withTok = toks[f.to]?.low === 'with' ? f.to : -1;
    const pw = withTok >= 0 ? ctx.m.placeAt.get(withTok + 1) : undefined;
    if (!pw) continue;
    for (let q = f.from - 1; q >= s.from && f.from - q <= 5; q--) {
      const pl = ctx.m.placeAt.get(q);
      if (pl && pl.possessive) {
        parties = [pl.iso3, pw.iso3];
        break;
      }
    }
  }
  return { parties, hub };
}

/**
 * "Ghana will work to enhance bilateral relations with Togo and Benin": one side building ties
 * with each partner of a "with" list is the hub; the partners are not paired with each other.
 * The hub is the one party of the sentence outside the list.
 */
export function withListHub(ctx: StoryContext, s: Sentence, live: readonly Frame[], parties: readonly string[]): string | undefined {
  const toks = ctx.parsed.toks;
  for (let q = live[0]!.from; q < s.to - 1; q++) {
    if (toks[q]!.low !== 'with') continue;
    const members = countryList(ctx, q + 1);
    if (members.length < 2) continue;
    const others = parties.filter((c) => !members.includes(c));
    return others.length === 1 ? others[0] : undefined;
  }
  return undefined;
}
