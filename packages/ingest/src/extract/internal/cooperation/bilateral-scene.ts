// The story's bilateral scene: the two countries whose meeting or visit the story reports.
// A cooperation sentence that names no party ("Agreements on trade were also signed") or only
// one ("the government will work on X") is about them, when the story has exactly two sides.
import type { Parsed } from '../nlp.js';
import type { StoryContext } from '../types.js';
import { cooperationWords } from './words.js';

const pairs = new WeakMap<Parsed, string[] | null>();

/**
 * The countries a story is about when its people do not give both sides: the `n` countries it
 * names most (at least twice each), when each is named at least twice as often as the next. A
 * country that only names a currency ("75 billion U.S. dollars") is a unit of money, not a side.
 */
function dominantNamed(ctx: StoryContext, sides: readonly string[], n: number): string[] {
  const { currencyUnits } = cooperationWords();
  const toks = ctx.parsed.toks;
  const counts = new Map<string, number>();
  for (const ps of ctx.m.places) {
    for (const p of ps) {
      if (sides.includes(p.iso3) || currencyUnits.has(toks[p.to]?.low ?? '')) continue;
      counts.set(p.iso3, (counts.get(p.iso3) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const next = ranked[n]?.[1] ?? 0;
  const top = ranked.slice(0, n);
  return top.length === n && top.every(([, k]) => k >= 2 && k >= 2 * next) ? top.map(([c]) => c) : [];
}

/**
 * The two sides of the story's scene: the countries of its people in national office (not former
 * holders) and the countries its visitors travel to, else the countries it names most. Undefined
 * unless there are exactly two: a summit or a story of three governments has no pair to lend.
 */
export function bilateralScene(ctx: StoryContext): string[] | undefined {
  const known = pairs.get(ctx.parsed);
  if (known !== undefined) return known ?? undefined;
  const sides: string[] = [];
  const add = (c: string | undefined) => {
    if (c && !sides.includes(c)) sides.push(c);
  };
  for (const p of ctx.m.registry.persons) if (p.national && !ctx.m.formerTitled.has(p)) add(p.country);
  for (const [p, where] of ctx.away ?? []) if (p.country) for (const c of where) add(c);
  if (sides.length < 2) for (const c of dominantNamed(ctx, sides, 2 - sides.length)) add(c);
  const pair = sides.length === 2 ? sides : null;
  pairs.set(ctx.parsed, pair);
  return pair ?? undefined;
}
