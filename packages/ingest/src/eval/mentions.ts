// Recall of the mention stage: of the people, countries and sectors the gold triples name, how
// many the mention finders found in the same story. A fact the rules missed whose entities were
// all found is the rules' loss; one whose entity was not found is the mentions' loss.
import type { Triple } from '@wiregraph/core';
import { personKeysMatch } from './score.js';

/** What the mention stage found in one article (see extract's mentionSummary). */
export interface FoundMentions {
  persons: readonly string[];
  countries: readonly string[];
  sectors: readonly string[];
}

export type MentionKind = 'people' | 'countries' | 'sectors';
export const MENTION_KINDS: readonly MentionKind[] = ['people', 'countries', 'sectors'];

export interface MentionRecall {
  gold: number;
  found: number;
  recall: number;
}

export interface MentionReport {
  byKind: Record<MentionKind, MentionRecall>;
  /** Gold entities the mention stage did not find, by article. */
  missed: { article: string; kind: MentionKind; key: string }[];
}

/** The entities of each kind that an article's gold triples name (partners count as countries). */
function goldEntities(gold: readonly Triple[]): Map<string, Record<MentionKind, Set<string>>> {
  const by = new Map<string, Record<MentionKind, Set<string>>>();
  const kindOf = { Person: 'people', Country: 'countries', Sector: 'sectors' } as const;
  for (const t of gold) {
    let e = by.get(t.article);
    if (!e) by.set(t.article, (e = { people: new Set(), countries: new Set(), sectors: new Set() }));
    for (const ref of [t.subject, t.object]) e[kindOf[ref.type as keyof typeof kindOf]]?.add(ref.key);
    for (const c of t.partners ?? []) e.countries.add(c);
  }
  return by;
}

/** Mention recall per kind over the articles in `found` (gold of other articles is not counted). */
export function mentionRecall(gold: readonly Triple[], found: ReadonlyMap<string, FoundMentions>): MentionReport {
  const byKind = { people: { gold: 0, found: 0, recall: 1 }, countries: { gold: 0, found: 0, recall: 1 }, sectors: { gold: 0, found: 0, recall: 1 } };
  const missed: MentionReport['missed'] = [];
  for (const [article, want] of goldEntities(gold)) {
    const got = found.get(article);
    if (!got) continue;
    const has: Record<MentionKind, (key: string) => boolean> = {
      people: (k) => got.persons.some((p) => personKeysMatch(k, p)),
      countries: (k) => got.countries.includes(k),
      sectors: (k) => got.sectors.includes(k),
    };
    for (const kind of MENTION_KINDS) {
      for (const key of want[kind]) {
        byKind[kind].gold++;
        if (has[kind](key)) byKind[kind].found++;
        else missed.push({ article, kind, key });
      }
    }
  }
  for (const f of Object.values(byKind)) f.recall = f.gold === 0 ? 1 : f.found / f.gold;
  return { byKind, missed };
}

/** The mention report as a plain-text table, with up to `errors` missed entities. */
export function formatMentionReport(r: MentionReport, errors = 0): string {
  const out = ['mention stage: gold entities found in the story', `${'kind'.padEnd(16)} ${'gold'.padStart(5)} ${'found'.padStart(5)}  recall`];
  for (const kind of MENTION_KINDS) {
    const f = r.byKind[kind];
    out.push(`${kind.padEnd(16)} ${String(f.gold).padStart(5)} ${String(f.found).padStart(5)}  ${f.recall.toFixed(3)}`);
  }
  if (errors > 0) {
    out.push('', `entities not found (${r.missed.length}, first ${Math.min(errors, r.missed.length)}):`);
    for (const m of r.missed.slice(0, errors)) out.push(`  ${m.article}  ${m.kind}  ${m.key}`);
  }
  return out.join('\n');
}
