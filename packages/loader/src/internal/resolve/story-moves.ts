import { parseName } from '@wiregraph/core';
import type { RelatedPair } from './candidates.js';
import { nearInTime, officeId, type Office, type PersonRecord } from './people.js';

/** The claims one story wrote about a bare name, moved to the one person that story means. */
export interface StoryMove {
  /** The bare name's key (its node stays, with the stories no one else explains). */
  key: string;
  /** The node the story's claims move to. */
  into: string;
  articles: string[];
  evidence: string;
}

/** What the story reading needs of the groups resolution has made. */
export interface GroupView {
  find(i: number): number;
  /** The offices of i's group. */
  spellsOf(i: number): readonly Office[];
  /** Whether a split keeps the two groups apart. */
  keptApart(a: number, b: number): boolean;
}

/** Articles of a node's offices, each with the spells that article gives it. */
function officesByArticle(offices: readonly Office[]): Map<string, Office[]> {
  const out = new Map<string, Office[]>();
  for (const o of offices) for (const a of o.articles ?? []) out.set(a, [...(out.get(a) ?? []), o]);
  return out;
}

/**
 * A one-word name whose stories mean two people ("King Rashid" of two kingdoms: its offices lie
 * in two countries) can join no one whole. Each of its stories can still be read alone: a story
 * that gives it one office of one country, which exactly one person its name relates to holds at
 * a near date, means that person, and its claims move there. The stories no one explains stay on
 * the bare name, and nothing moves when the name's offices agree (a whole merge decides then).
 */
export function planStoryMoves(people: readonly PersonRecord[], weak: readonly RelatedPair[], groups: GroupView, intoOf: (root: number) => string, years: number): StoryMove[] {
  const moves: StoryMove[] = [];
  people.forEach((p, node) => {
    if (parseName(p.key).core.length !== 1 || groups.find(node) !== node) return;
    if (new Set(p.offices.map((o) => o.country)).size < 2 || people.some((_, j) => j !== node && groups.find(j) === node)) return;
    const candidates = weak.filter((x) => x.shorter === node && groups.find(x.longer) !== node && !groups.keptApart(node, x.longer));
    const byTarget = new Map<number, { articles: string[]; offices: Set<string>; kind: string }>();
    for (const [article, spells] of officesByArticle(p.offices)) {
      if (new Set(spells.map((o) => o.country)).size !== 1) continue;
      const holding = candidates.filter((x) => groups.spellsOf(x.longer).some((y) => spells.some((s) => officeId(s) === officeId(y) && nearInTime(s, y, years))));
      const roots = [...new Set(holding.map((x) => groups.find(x.longer)))];
      if (roots.length !== 1) continue;
      const target = byTarget.get(roots[0]!) ?? { articles: [], offices: new Set<string>(), kind: holding[0]!.relation.kind };
      target.articles.push(article);
      for (const s of spells) target.offices.add(officeId(s));
      byTarget.set(roots[0]!, target);
    }
    for (const [root, t] of byTarget) {
      const articles = t.articles.sort();
      moves.push({ key: p.key, into: intoOf(root), articles, evidence: `${t.kind}: its story holds the office of the only candidate (${[...t.offices].sort().join(', ')}) at a near date; its offices elsewhere are another person's` });
    }
  });
  return moves.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.into < b.into ? -1 : 1));
}
