import type { Command } from 'commander';
import { createLogger, loadConfig } from '@wiregraph/core';
import { connect, formatResolutionReport, resolutionReport, resolvePeople, splitPerson } from '@wiregraph/loader';
import type { RegisterCommand } from './index.js';

interface ResolveOptions {
  report?: boolean;
  split?: string;
  json?: boolean;
}

export const registerResolve: RegisterCommand = (program: Command) => {
  program
    .command('resolve')
    .description(
      'Merge Person nodes that name one person (name variants, same country, same office), in place; ' +
        'ingest and load already do this after each load. --report lists merges and candidate pairs with their evidence; --split undoes a merge.',
    )
    .option('--report', 'list recorded merges, pairs kept apart and pending merges, with the evidence; change nothing')
    .option('--split <key>', 'undo the merge of this person key into another node, and keep the two apart from now on')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph resolve              # merge the duplicates of a database loaded earlier
  $ pnpm wiregraph resolve --report     # what was merged and why, and what was kept apart
  $ pnpm wiregraph resolve --split "abdullah"

See docs/entity-resolution.md.`,
    )
    .action(async (opts: ResolveOptions) => {
      const log = createLogger({ bindings: { cmd: 'resolve' } });
      const { driver, database } = await connect(loadConfig());
      const out = (json: unknown, text: string) => process.stdout.write((opts.json ? JSON.stringify(json) : text) + '\n');
      try {
        if (opts.split !== undefined) {
          const r = await splitPerson({ driver, database, logger: log, key: opts.split });
          out(r, `split "${r.key}" out of "${r.from}": ${r.claimsMoved} claims moved back; the two are kept apart from now on`);
        } else if (opts.report) {
          const r = await resolutionReport({ driver, database, logger: log });
          out(r, formatResolutionReport(r));
        } else {
          const r = await resolvePeople({ driver, database, logger: log });
          const lines = [
            ...r.plan.merges.flatMap((m) => m.merged.map((x) => `  ${x.key}  →  ${m.into}   (${x.evidence.join('; ')})`)),
            ...r.plan.storyMoves.map((m) => `  stories ${m.articles.join(', ')} of ${m.key}  →  ${m.into}   (${m.evidence})`),
          ];
          const summary = `${r.peopleMerged} people merged, ${r.plan.storyMoves.length} bare names' stories moved, ${r.claimsMoved} claims moved, ${r.claimsDropped} duplicate claims dropped`;
          out({ merged: r.peopleMerged, claimsMoved: r.claimsMoved, claimsDropped: r.claimsDropped, merges: r.plan.merges, storyMoves: r.plan.storyMoves }, [summary, ...lines].join('\n'));
        }
      } finally {
        await driver.close();
      }
    });
};
