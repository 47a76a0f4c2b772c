import type { ManagedTransaction } from 'neo4j-driver';
import { planResolution, type ResolutionPlan } from './cluster.js';
import { claimsOfPeople, moveClaims } from './apply.js';
import { logText } from './log.js';
import type { Office, PersonRecord } from './people.js';
import { mergeMove } from './rewrite.js';
import { DELETE_PEOPLE, MOVE_MENTIONS, READ_PEOPLE, UPDATE_PEOPLE } from './statements.js';

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
  if (dryRun || plan.merges.length === 0) return { plan, counts };

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
