import type { ManagedTransaction } from 'neo4j-driver';
import { UsageError } from '@wiregraph/core';
import { claimsOf, moveClaims, type MoveCounts } from './apply.js';
import { logText, parseLog } from './log.js';
import { splitMove } from './rewrite.js';
import { CLAIMS_WRITTEN_AS, CREATE_PERSON, FIND_PERSON, FORGET_STORY_KEY, SPLIT_MENTIONS, UPDATE_PEOPLE } from './statements.js';

export interface SplitResult extends MoveCounts {
  /** The node the key was merged into. */
  from: string;
  /** The restored key. */
  key: string;
}

/**
 * Undoes a merge: the person a story wrote as `key` gets its own node back, with the claims that
 * story wrote (and their facts, recomputed), its names and mentions. Both nodes are marked to be
 * kept apart, so later resolution does not merge them again.
 */
export async function splitPerson(tx: ManagedTransaction, key: string): Promise<SplitResult> {
  const found = await tx.run(FIND_PERSON, { key });
  // The node it was merged into, or the one some of its stories moved to.
  const answers = (r: (typeof found.records)[number]) => [...(r.get('aliasKeys') as string[]), ...(r.get('storyKeys') as string[])].includes(key);
  const owner = found.records.find((r) => r.get('key') !== key && answers(r));
  if (!owner) {
    const own = found.records.some((r) => r.get('key') === key);
    throw new UsageError(own ? `"${key}" is a person's own key, not one merged into another: nothing to split` : `no person answers to "${key}"`, { key });
  }
  const into = owner.get('key') as string;
  const log = owner.get('log') as string[];
  const entry = parseLog(log).find((e) => e.action === 'merged' && e.key === key);
  const names = entry?.action === 'merged' ? entry.names : [key];
  const name = entry?.action === 'merged' ? entry.name : key;

  await tx.run(CREATE_PERSON, { key, name, aliases: names.filter((n) => n !== name), keepApart: [into], log: [logText({ action: 'split', key: into, names: [] })] });
  const claims = await claimsOf(tx, CLAIMS_WRITTEN_AS, { into, alias: key });
  const counts = await moveClaims(tx, claims, splitMove(key), true);
  await tx.run(FORGET_STORY_KEY, { into, alias: key });
  await tx.run(SPLIT_MENTIONS, { articles: [...new Set(claims.map((c) => c.article))].sort(), alias: key, into });
  await tx.run(UPDATE_PEOPLE, {
    rows: [{
      key: into,
      aliases: (owner.get('aliases') as string[]).filter((n) => !names.includes(n) || n === owner.get('name')),
      aliasKeys: (owner.get('aliasKeys') as string[]).filter((k) => k !== key),
      keepApart: [...new Set([...(owner.get('keepApart') as string[]), key])].sort(),
      log: [logText({ action: 'split', key, names })],
    }],
  });
  return { from: into, key, ...counts };
}
