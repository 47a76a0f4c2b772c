import { cleanPersonName, nameWords, isInitial, parseName, sameSpelling, type NameRelationKind } from '@wiregraph/core';
import { fusedNodes, relatedPairs, type RelatedPair } from './candidates.js';
import { contestedOffices, formsOf, nearInTime, officeId, type Office, type PersonRecord } from './people.js';
import { planStoryMoves, type GroupView, type StoryMove } from './story-moves.js';

/** One pair of nodes whose names relate, and what resolution decided about it. */
export interface PairFinding {
  shorter: string;
  longer: string;
  relation: NameRelationKind;
  /** The two name forms that relate (a node answers to its key and the keys merged into it). */
  forms: [string, string];
  decision: 'merge' | 'apart';
  reason: string;
}

export interface MergePlan {
  /** The node that stays: the fullest name of the group. */
  into: string;
  merged: { key: string; evidence: string[] }[];
}

export interface ResolutionPlan {
  merges: MergePlan[];
  pairs: PairFinding[];
  /** Keys that run two people's names together: never merged, listed for a person to fix. */
  fused: string[];
  /** Stories of a bare name that two people share, each moved to the one person it means. */
  storyMoves: StoryMove[];
}

/** How far apart (in years) two spells of one office may be for a given name alone to join: about one term. */
const GIVEN_NAME_YEARS = 5;

/** Weak links join a node to the one candidate left; each round may leave fewer candidates for the next. */
const WEAK_ROUNDS = 4;

/** Groups of nodes as merges join them, with each group's countries, offices, keys and keep-apart keys. */
class Groups implements GroupView {
  private parent: number[];
  private countries: Set<string>[];
  private offices: Set<string>[];
  private spells: Office[][];
  private keys: Set<string>[];
  private apart: Set<string>[];

  constructor(people: readonly PersonRecord[]) {
    this.parent = people.map((_, i) => i);
    const contested = contestedOffices(people);
    this.countries = people.map((p) => new Set(p.offices.filter((o) => !contested.has(o)).map((o) => o.country)));
    this.offices = people.map((p) => new Set(p.offices.map(officeId)));
    this.spells = people.map((p) => [...p.offices]);
    this.keys = people.map((p) => new Set(formsOf(p)));
    this.apart = people.map((p) => new Set(p.keepApart));
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }

  keptApart(a: number, b: number): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    return [...this.keys[ra]!].some((k) => this.apart[rb]!.has(k)) || [...this.keys[rb]!].some((k) => this.apart[ra]!.has(k));
  }

  spellsOf = (a: number): readonly Office[] => this.spells[this.find(a)]!;

  /** Why two groups cannot be one person, or null when nothing keeps them apart. */
  conflict(a: number, b: number): string | null {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (this.keptApart(ra, rb)) return 'kept apart by a split';
    const ca = this.countries[ra]!;
    const cb = this.countries[rb]!;
    if (ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c))) return `different countries (${[...ca].sort().join(',')} / ${[...cb].sort().join(',')})`;
    return null;
  }

  sharesCountry(a: number, b: number): boolean {
    const cb = this.countries[this.find(b)]!;
    return [...this.countries[this.find(a)]!].some((c) => cb.has(c));
  }

  hasCountry = (a: number) => this.countries[this.find(a)]!.size > 0;

  /** Whether a's countries are all b's (and a has some). */
  countriesWithin(a: number, b: number): boolean {
    const ca = this.countries[this.find(a)]!;
    const cb = this.countries[this.find(b)]!;
    return ca.size > 0 && [...ca].every((c) => cb.has(c));
  }

  /** Whether some name of b's group writes `word` as a father's name ("salman" in "mohammed bin salman"). */
  namesFather(b: number, word: string): boolean {
    return [...this.keys[this.find(b)]!].some((k) => parseName(k).fathers.some((f) => sameSpelling(f, word)));
  }

  sharedOffice(a: number, b: number): string | undefined {
    const ob = this.offices[this.find(b)]!;
    return [...this.offices[this.find(a)]!].find((o) => ob.has(o));
  }

  /** Whether a story of a's group names b's group (under any of its keys). */
  namedBeside(a: number, b: number, people: readonly PersonRecord[]): boolean {
    const keys = this.keys[this.find(b)]!;
    return people.some((p, i) => this.find(i) === this.find(a) && (p.storyPeople ?? []).some((k) => keys.has(k)));
  }

  /** Whether a's and b's groups hold one office within a few years of each other. */
  sharedOfficeNear(a: number, b: number, years: number): boolean {
    const sb = this.spells[this.find(b)]!;
    return this.spells[this.find(a)]!.some((x) => sb.some((y) => officeId(x) === officeId(y) && nearInTime(x, y, years)));
  }

  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[gone] = keep;
    for (const field of [this.countries, this.offices, this.keys, this.apart]) for (const x of field[gone]!) field[keep]!.add(x);
    this.spells[keep]!.push(...this.spells[gone]!);
  }
}

/**
 * The node a group keeps: a key with no style left in it (a database loaded before the person
 * guard may hold "md touhid hossain"), then most full words, fewest initials, most words, and the
 * smallest key. Every rule reads the key alone, so the same group keeps the same node whatever
 * order its stories came in.
 */
function fullest(people: readonly PersonRecord[], members: number[]): number {
  const rank = (i: number) => {
    const key = people[i]!.key;
    const words = nameWords(key);
    const cleaned = cleanPersonName(key);
    return [cleaned.ok && cleaned.key === key ? 0 : 1, -words.filter((w) => !isInitial(w)).length, words.filter(isInitial).length, -words.length] as const;
  };
  return [...members].sort((x, y) => {
    const [a, b] = [rank(x), rank(y)];
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
    return people[x]!.key < people[y]!.key ? -1 : 1;
  })[0]!;
}

type Decide = (p: RelatedPair, decision: PairFinding['decision'], reason: string) => void;

/** Why a weak link cannot join its node to the candidate's group, or null. */
function weakObstacle(p: RelatedPair, node: number, people: readonly PersonRecord[], groups: Groups): string | null {
  const conflict = groups.conflict(node, p.longer);
  if (conflict) return conflict;
  // A bare given name beside a regnal name ("Abdullah", "Abdullah II") joins only when all its countries are the king's.
  if (p.relation.kind === 'regnal-name' && !groups.countriesWithin(node, p.longer)) return 'a bare name in countries the regnal name is not';
  // A misspelling joins only people of one country.
  if (p.relation.kind === 'misspelling' && !groups.sharesCountry(node, p.longer)) return 'a letter off, and no country in common';
  // A given name alone names too many people: it joins only someone holding the same office at a
  // near date, or someone its own story names in another way ("Ramon" beside "Tolentino").
  if (p.relation.kind === 'given-name' && !groups.sharedOfficeNear(node, p.longer, GIVEN_NAME_YEARS) && !groups.namedBeside(node, p.longer, people))
    return 'a given name alone, no office held at a near date, and not named in its story';
  // A surname-only mention never joins a group that writes that word as a father's name ("… bin Salman").
  if (p.relation.kind === 'surname' && groups.namesFather(p.longer, parseName(people[node]!.key).core[0]!)) return 'a father’s name in the other’s name, not a surname';
  return null;
}

/**
 * Weak links join a node to the one candidate group left, preferring the one of the node's
 * country, then the one holding the same office; each round may leave fewer candidates.
 */
function joinWeakLinks(weak: readonly RelatedPair[], people: readonly PersonRecord[], groups: Groups, decide: Decide): void {
  for (let round = 0; round < WEAK_ROUNDS; round++) {
    let joined = false;
    const byShorter = new Map<number, RelatedPair[]>();
    for (const p of weak) {
      if (groups.find(p.shorter) === groups.find(p.longer)) continue;
      let list = byShorter.get(p.shorter);
      if (!list) byShorter.set(p.shorter, (list = []));
      list.push(p);
    }
    for (const [node, pairs] of byShorter) {
      // A node already joined to one candidate stays there: the others are different people.
      const placed = weak.find((p) => p.shorter === node && groups.find(p.longer) === groups.find(node));
      if (placed) {
        for (const p of pairs) decide(p, 'apart', `joined ${people[placed.longer]!.key} instead`);
        continue;
      }
      const open = pairs.filter((p) => groups.find(p.longer) !== groups.find(node));
      const allowed = open.filter((p) => !weakObstacle(p, node, people, groups));
      for (const p of open) if (!allowed.includes(p)) decide(p, 'apart', weakObstacle(p, node, people, groups)!);
      const roots = (list: RelatedPair[]) => [...new Set(list.map((p) => groups.find(p.longer)))];
      let chosen = roots(allowed);
      let because = 'the only candidate';
      if (chosen.length > 1 && groups.hasCountry(node)) {
        const same = roots(allowed.filter((p) => groups.sharesCountry(node, p.longer)));
        if (same.length === 1) [chosen, because] = [same, 'the only candidate of that country'];
      }
      if (chosen.length > 1) {
        const office = roots(allowed.filter((p) => groups.sharedOffice(node, p.longer)));
        if (office.length === 1) [chosen, because] = [office, `the only candidate holding the same office`];
      }
      if (chosen.length > 1) {
        const beside = roots(allowed.filter((p) => groups.namedBeside(node, p.longer, people)));
        if (beside.length === 1) [chosen, because] = [beside, 'the only candidate its story names'];
      }
      if (chosen.length !== 1) {
        for (const p of allowed) decide(p, 'apart', `ambiguous: ${chosen.length} candidates`);
        continue;
      }
      const target = allowed.find((p) => groups.find(p.longer) === chosen[0])!;
      const office = groups.sharedOffice(node, target.longer);
      const country = groups.sharesCountry(node, target.longer) ? ', same country' : '';
      groups.union(node, target.longer);
      decide(target, 'merge', `${target.relation.kind}${country}${office ? `, same office (${office})` : ''}, ${because}`);
      joined = true;
    }
    if (!joined) break;
  }
}

/**
 * Decides which Person nodes are one person. Strong name evidence (the same full name spelt,
 * hyphenated or ordered differently) joins unless the countries differ or a split forbids it.
 * Weak evidence (a surname only, initials, a shorter form) joins a node only to the single
 * candidate group left, preferring the one of the same country, then the one holding the same
 * office; two or more candidates keep it apart. Pure: the same people give the same plan, in
 * whatever order they came.
 */
export function planResolution(input: readonly PersonRecord[]): ResolutionPlan {
  const people = [...input].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const fused = fusedNodes(people);
  const groups = new Groups(people);
  const findings = new Map<RelatedPair, PairFinding>();
  const decide = (p: RelatedPair, decision: PairFinding['decision'], reason: string) =>
    findings.set(p, {
      shorter: people[p.shorter]!.key,
      longer: people[p.longer]!.key,
      relation: p.relation.kind,
      forms: [p.relation.shorter, p.relation.longer],
      decision,
      reason,
    });

  const weak: RelatedPair[] = [];
  for (const p of relatedPairs(people)) {
    if (fused.has(p.shorter) || fused.has(p.longer)) {
      decide(p, 'apart', 'one key runs two names together');
      continue;
    }
    if (!p.relation.strong) {
      weak.push(p);
      continue;
    }
    const conflict = groups.conflict(p.shorter, p.longer);
    if (conflict) decide(p, 'apart', conflict);
    else {
      groups.union(p.shorter, p.longer);
      decide(p, 'merge', `${p.relation.kind}${groups.sharesCountry(p.shorter, p.longer) ? ', same country' : ''}`);
    }
  }

  // Short forms of two or more words join first, so a one-word name meets the groups they make.
  const oneWord = (p: RelatedPair) => parseName(people[p.shorter]!.key).core.length === 1;
  joinWeakLinks(weak.filter((p) => !oneWord(p)), people, groups, decide);
  joinWeakLinks(weak, people, groups, decide);

  const members = new Map<number, number[]>();
  people.forEach((_, i) => {
    const r = groups.find(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  });
  // A pair kept apart in an early round may have been joined through another link since.
  for (const [p, f] of findings) if (f.decision === 'apart' && groups.find(p.shorter) === groups.find(p.longer)) Object.assign(f, { decision: 'merge', reason: `joined through another link (${f.reason} on its own)` });
  const pairs = [...findings.values()];
  const merges: MergePlan[] = [];
  const intoOf = (root: number) => people[fullest(people, members.get(root)!)]!.key;
  for (const [root, list] of members) {
    if (list.length < 2) continue;
    const into = intoOf(root);
    const merged = list
      .map((i) => people[i]!.key)
      .filter((k) => k !== into)
      .map((key) => ({
        key,
        evidence: pairs.filter((f) => f.decision === 'merge' && (f.shorter === key || f.longer === key)).map((f) => `${f.forms[0]} ~ ${f.forms[1]}: ${f.reason}`),
      }));
    merges.push({ into, merged });
  }
  merges.sort((a, b) => (a.into < b.into ? -1 : 1));
  const storyMoves = planStoryMoves(people, weak, groups, intoOf, GIVEN_NAME_YEARS);
  return { merges, pairs, fused: [...fused].map((i) => people[i]!.key).sort(), storyMoves };
}
