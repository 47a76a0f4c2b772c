import type { ManagedTransaction } from 'neo4j-driver';
import { planResolution, type ResolutionPlan } from './cluster.js';
import { claimsOfPeople, moveClaims } from './apply.js';
import { logText } from './log.js';
import type { Office, PersonRecord } from './people.js';
import { mergeMove } from './rewrite.js';
import { DELETE_EMPTY_PEOPLE, DELETE_PEOPLE, MOVE_MENTIONS, MOVE_STORY_MENTIONS, READ_PEOPLE, RECORD_STORY_MOVES, UPDATE_PEOPLE } from './statements.js';
import type { StoryMove } from './story-moves.js';

export interface PassCounts {
  peopleMerged: number;
  claimsMoved: number;
  claimsDropped: number;
}

export async function readPeople(tx: ManagedTransaction): Promise<PersonRecord[]> {
  const result = await tx.run(READ_PEOPLE, { wordBreak: ' ' });
  return result.records.map((r) => ({
    key: r.get('key') as string,
    name: (r.get('name') as string | null) ?? (r.get('key') as string),
    aliases: r.get('aliases') as string[],
    aliasKeys: r.get('aliasKeys') as string[],
    keepApart: r.get('keepApart') as string[],
    storyKeys: r.get('storyKeys') as string[],
    log: r.get('log') as string[],
    offices: r.get('offices') as Office[],
    storyPeople: r.get('storyPeople') as string[],
  }));
}

const unique = (xs: Iterable<string>) => [...new Set(xs)];

/**
 * One resolution pass in one transaction: read every person, plan, and merge each group into
 * the node that stays (claims, mentions and facts move; names, keys and the evidence are kept on
 * it; the merged nodes go). With `dryRun`, only the plan.
 */
export async function resolutionPass(tx: ManagedTransaction, dryRun: boolean): Promise<{ plan: ResolutionPlan; counts: PassCounts }> {
  const people = await readPeople(tx);
  const plan = planResolution(people);
  const counts: PassCounts = { peopleMerged: 0, claimsMoved: 0, claimsDropped: 0 };
  if (dryRun) return { plan, counts };
  await applyStoryMoves(tx, plan.storyMoves, counts);
  if (plan.merges.length === 0) return { plan, counts };

  const byKey = new Map(people.map((p) => [p.key, p]));
  const into = new Map<string, string>();
  for (const m of plan.merges) for (const x of m.merged) into.set(x.key, m.into);
  const mergedKeys = [...into.keys()].sort();

  const moved = await moveClaims(tx, await claimsOfPeople(tx, mergedKeys), mergeMove(into), true);
  await tx.run(MOVE_MENTIONS, { rows: mergedKeys.map((from) => ({ from, to: into.get(from)! })) });

  const rows = plan.merges.map((m) => {
    const stays = byKey.get(m.into)!;
    const gone = m.merged.map((x) => byKey.get(x.key)!);
    const names = unique([...stays.aliases, ...gone.flatMap((g) => [g.name, ...g.aliases])]).filter((n) => n !== stays.name);
    return {
      key: m.into,
      aliases: names,
      aliasKeys: unique([...stays.aliasKeys, ...gone.flatMap((g) => [g.key, ...g.aliasKeys])]).sort(),
      keepApart: unique([...stays.keepApart, ...gone.flatMap((g) => g.keepApart)]).sort(),
      // A bare name's stories moved to a node that merges now: the node that stays answers to it.
      storyKeys: unique([...(stays.storyKeys ?? []), ...gone.flatMap((g) => g.storyKeys ?? [])]).sort(),
      log: m.merged.flatMap((x) => {
        const g = byKey.get(x.key)!;
        // A key merged before and written again by a later story is logged once.
        const again = stays.aliasKeys.includes(g.key);
        return [...(g.log ?? []), ...(again ? [] : [logText({ action: 'merged', key: g.key, name: g.name, names: unique([g.name, ...g.aliases]), evidence: x.evidence })])];
      }),
    };
  });
  await tx.run(UPDATE_PEOPLE, { rows });
  await tx.run(DELETE_PEOPLE, { keys: mergedKeys });
  counts.peopleMerged = mergedKeys.length;
  counts.claimsMoved = moved.claimsMoved;
  counts.claimsDropped = moved.claimsDropped;
  return { plan, counts };
}

/**
 * Moves the claims and mentions of the stories each move names from the bare name to the person
 * they mean (the key the story wrote is kept on each claim, so a split can move them back), and
 * records the move on that person. A bare name left with nothing goes.
 */
async function applyStoryMoves(tx: ManagedTransaction, moves: readonly StoryMove[], counts: PassCounts): Promise<void> {
  if (moves.length === 0) return;
  const keys = unique(moves.map((m) => m.key));
  const claims = await claimsOfPeople(tx, keys);
  for (const m of moves) {
    const articles = new Set(m.articles);
    const moved = await moveClaims(tx, claims.filter((c) => articles.has(c.article) && (c.subjectKey === m.key || c.objectKey === m.key)), mergeMove(new Map([[m.key, m.into]])), true);
    counts.claimsMoved += moved.claimsMoved;
    counts.claimsDropped += moved.claimsDropped;
  }
  const rows = moves.map((m) => ({ from: m.key, to: m.into, articles: m.articles, log: [logText({ action: 'moved', key: m.key, articles: m.articles, evidence: [m.evidence] })] }));
  await tx.run(MOVE_STORY_MENTIONS, { rows });
  await tx.run(RECORD_STORY_MOVES, { rows });
  await tx.run(DELETE_EMPTY_PEOPLE, { keys });
}
