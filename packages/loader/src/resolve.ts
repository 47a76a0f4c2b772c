import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cleanPersonName, silentLogger, type Logger } from '@wiregraph/core';
import type { PairFinding, ResolutionPlan } from './internal/resolve/cluster.js';
import { parseLog, type ResolutionLogEntry } from './internal/resolve/log.js';
import { resolutionPass, type PassCounts } from './internal/resolve/pass.js';
import { splitPerson as split, type SplitResult } from './internal/resolve/split.js';
import { PERSON_KEYS, READ_RESOLUTION_LOGS } from './internal/resolve/statements.js';

export type { PairFinding, MergePlan, ResolutionPlan } from './internal/resolve/cluster.js';
export type { ResolutionLogEntry } from './internal/resolve/log.js';
export type { SplitResult } from './internal/resolve/split.js';

export interface ResolveOptions {
  driver: Driver;
  database?: string;
  logger?: Logger;
}

export interface ResolutionResult extends PassCounts {
  plan: ResolutionPlan;
  elapsedMs: number;
}

/**
 * Entity resolution over the whole graph: every group of Person nodes that name one person is
 * merged in place into its fullest name (see docs/entity-resolution.md). One transaction;
 * running it again changes nothing. With `dryRun`, only the plan.
 */
export async function resolvePeople(options: ResolveOptions & { dryRun?: boolean }): Promise<ResolutionResult> {
  const started = Date.now();
  const log = options.logger ?? silentLogger;
  const s = options.driver.session({ database: options.database });
  try {
    const { plan, counts } = await s.executeWrite((tx) => passesUntilSettled(tx, options.dryRun === true));
    if (counts.peopleMerged) log.info('people resolved', { merged: counts.peopleMerged, claimsMoved: counts.claimsMoved, claimsDropped: counts.claimsDropped });
    return { plan, ...counts, elapsedMs: Date.now() - started };
  } finally {
    await s.close();
  }
}

/** Passes run until one finds nothing to do; a bound keeps a cycle from running forever. */
const MAX_PASSES = 5;

/**
 * A merge can make a new name relation visible: a bare name joined to a longer form now shares
 * its words with a third node that no relation reached before. So passes repeat until one
 * finds nothing to merge or move; the plan returned holds every pass's merges and moves.
 */
async function passesUntilSettled(tx: ManagedTransaction, dryRun: boolean): Promise<{ plan: ResolutionPlan; counts: PassCounts }> {
  const first = await resolutionPass(tx, dryRun);
  const plan = { ...first.plan, merges: [...first.plan.merges], storyMoves: [...first.plan.storyMoves] };
  const counts = { ...first.counts };
  let last = first.plan;
  for (let pass = 1; !dryRun && pass < MAX_PASSES && (last.merges.length || last.storyMoves.length); pass++) {
    const next = await resolutionPass(tx, false);
    plan.merges.push(...next.plan.merges);
    plan.storyMoves.push(...next.plan.storyMoves);
    counts.peopleMerged += next.counts.peopleMerged;
    counts.claimsMoved += next.counts.claimsMoved;
    counts.claimsDropped += next.counts.claimsDropped;
    last = next.plan;
  }
  return { plan, counts };
}

/** Undoes the merge of `key` into another person (see splitPerson in internal/resolve/split.ts). */
export async function splitPerson(options: ResolveOptions & { key: string }): Promise<SplitResult> {
  const s = options.driver.session({ database: options.database });
  try {
    return await s.executeWrite((tx) => split(tx, options.key));
  } finally {
    await s.close();
  }
}

export interface ResolutionReport {
  /** Merges recorded on nodes, with their evidence. */
  merged: { key: string; name: string; entries: ResolutionLogEntry[] }[];
  /** Pairs whose names relate, with what resolution decides now. */
  pairs: PairFinding[];
  /** Merges a pass would make now (none after a load: the loader resolves as it goes). */
  pending: ResolutionPlan['merges'];
  /** Stories of a bare name a pass would move now (none after a load). */
  pendingStories: ResolutionPlan['storyMoves'];
  fused: string[];
  /** Person keys that name no person (a database loaded before the person guard): listed, never deleted. */
  notPersons: { key: string; why: string }[];
}

/** What `resolve --report` prints: recorded merges and splits, and the candidate pairs with the evidence. Changes nothing. */
export async function resolutionReport(options: ResolveOptions): Promise<ResolutionReport> {
  const { plan } = await resolvePeople({ ...options, dryRun: true });
  const s = options.driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    const result = await s.run(READ_RESOLUTION_LOGS);
    const merged = result.records.map((r) => ({ key: r.get('key') as string, name: r.get('name') as string, entries: parseLog(r.get('log') as string[]) }));
    const keys = (await s.run(PERSON_KEYS)).records.map((r) => r.get('key') as string);
    const notPersons = keys.flatMap((key) => {
      const c = cleanPersonName(key);
      return c.ok ? [] : [{ key, why: c.reason }];
    });
    return { merged, pairs: plan.pairs, pending: plan.merges, pendingStories: plan.storyMoves, fused: plan.fused, notPersons };
  } finally {
    await s.close();
  }
}

/** The report as text a person reads. */
export function formatResolutionReport(r: ResolutionReport): string {
  const lines: string[] = [];
  const recorded = r.merged.flatMap((m) => m.entries.map((e) => ({ node: m.key, e })));
  lines.push(`merged (${recorded.filter((x) => x.e.action === 'merged').length}):`);
  for (const { node, e } of recorded) {
    if (e.action === 'merged') lines.push(`  ${e.key}  →  ${node}`, ...e.evidence.map((ev) => `      ${ev}`));
    else if (e.action === 'moved') lines.push(`  stories ${e.articles.join(', ')} of ${e.key}  →  ${node}`, ...e.evidence.map((ev) => `      ${ev}`));
    else lines.push(`  split: ${e.key} kept apart from ${node}`);
  }
  const apart = r.pairs.filter((p) => p.decision === 'apart');
  lines.push(`kept apart (${apart.length}):`);
  for (const p of apart) lines.push(`  ${p.shorter}  /  ${p.longer}   ${p.relation}: ${p.reason}`);
  if (r.pending.length) {
    lines.push(`pending merges (${r.pending.length}; run \`wiregraph resolve\` to apply):`);
    for (const m of r.pending) for (const x of m.merged) lines.push(`  ${x.key}  →  ${m.into}`, ...x.evidence.map((ev) => `      ${ev}`));
  }
  if (r.pendingStories.length) {
    lines.push(`pending story moves (${r.pendingStories.length}; run \`wiregraph resolve\` to apply):`);
    for (const m of r.pendingStories) lines.push(`  stories ${m.articles.join(', ')} of ${m.key}  →  ${m.into}`, `      ${m.evidence}`);
  }
  if (r.notPersons.length) lines.push(`not a person (${r.notPersons.length}; loaded before the person guard):`, ...r.notPersons.map((x) => `  ${x.key}   ${x.why}`));
  if (r.fused.length) lines.push(`two names in one key (${r.fused.length}; never merged):`, ...r.fused.map((k) => `  ${k}`));
  return lines.join('\n');
}
