import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, createLogger, type Article, type Triple } from '@wiregraph/core';
import { formatReport, readArticles, readTriplesFile, reportJson, scoreTriples } from '@wiregraph/ingest';
import type { RegisterCommand } from './index.js';
import { parseWorkers, triplesOf } from './extract.js';
import { byRule, checkRuleIds, extractWithout, mentionReport, withoutRuleLine } from '../internal/eval-extras.js';

interface EvalFlags {
  gold: string;
  json?: boolean;
  errors: string;
  predictions?: boolean;
  workers: string;
  byRule?: boolean;
  withoutRule: string[];
  mentions?: boolean;
}

const collect = (v: string, prev: string[]) => [...prev, v];

export const registerEval: RegisterCommand = (program: Command) => {
  program
    .command('eval')
    .description('Score extraction against gold triples: precision, recall and F1 overall and per predicate, date accuracy, false positives and misses.')
    .argument('<inputs...>', 'stories to extract from (any format `read` accepts), or with --predictions triples JSON Lines files')
    .requiredOption('--gold <file>', 'gold triples, JSON Lines in the shape of docs/triples.md')
    .option('--json', 'print the report as one JSON object')
    .option('--errors <n>', 'list up to n false positives, misses and date errors', '0')
    .option('--predictions', 'the inputs are already-extracted triples, not stories')
    .option('--workers <n>', 'worker threads to extract on', '1')
    .option('--by-rule', 'also print TP, FP and precision per rule id (the rule each triple carries)')
    .option('--without-rule <id>', 'score with this rule (or finding id) switched off, against all rules; repeatable', collect, [])
    .option('--mentions', 'also print the recall of the people, countries and sectors gold names, as the mention stage found them')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph eval --gold fixtures/dev-corpus/gold.jsonl fixtures/dev-corpus/articles.jsonl
  $ pnpm wiregraph eval --gold gold.jsonl stories.jsonl --errors 20
  $ pnpm wiregraph eval --gold gold.jsonl --predictions triples.jsonl --json
  $ pnpm wiregraph eval --gold gold.jsonl stories.jsonl --by-rule --mentions
  $ pnpm wiregraph eval --gold gold.jsonl stories.jsonl --without-rule met.joint-action

Scoring follows docs/triples.md: a triple matches gold on article, predicate, subject
key and object key (symmetric predicates in either order; a person key also matches its own
last name or names but not through a patronymic, the same names in another order, and a
shorter form with the same first name). Only gold triples of the articles read are scored.

--without-rule and --mentions read stories (not --predictions) and extract in this thread.
Rule ids: the ids triples carry ("met.verb", "coop.on") and the rules' own ids; an unknown id
is refused with the list of known ones.`,
    )
    .action(async (inputs: string[], flags: EvalFlags) => {
      const errors = Number(flags.errors);
      if (!Number.isInteger(errors) || errors < 0) throw new UsageError(`--errors must be a non-negative integer, got "${flags.errors}"`);
      if (!existsSync(flags.gold)) throw new UsageError(`gold file not found: ${flags.gold}`);
      const workers = parseWorkers(flags.workers);
      const rulesOff = flags.withoutRule;
      const needsStories = rulesOff.length > 0 || !!flags.mentions;
      if (needsStories && flags.predictions) throw new UsageError('--without-rule and --mentions need stories to extract from, not --predictions');
      checkRuleIds(rulesOff);
      const logger = createLogger({ bindings: { cmd: 'eval' } });
      const gold = readTriplesFile(flags.gold);
      let predicted: Triple[] = [];
      const articles = new Set<string>();
      const stories: Article[] = [];
      let skipped = 0;
      if (flags.predictions) {
        for (const f of inputs) {
          if (!existsSync(f)) throw new UsageError(`predictions file not found: ${f}`);
          predicted.push(...readTriplesFile(f));
        }
        for (const g of gold) articles.add(g.article);
      } else {
        const run = readArticles(inputs, { logger });
        const ids = (async function* () {
          for await (const a of run) {
            articles.add(a.id);
            if (needsStories) stories.push(a);
            yield a;
          }
        })();
        for await (const batch of triplesOf(ids, workers)) predicted.push(...batch);
        skipped = run.summary().skippedTotal;
      }
      const scoredGold = gold.filter((g) => articles.has(g.article));
      if (scoredGold.length < gold.length) logger.warn('gold triples of articles not read are not scored', { notScored: gold.length - scoredGold.length });
      const extra: { text: string[]; json: Record<string, unknown> } = { text: [], json: {} };
      if (rulesOff.length) {
        const without = extractWithout(stories, rulesOff);
        const cmp = withoutRuleLine(scoredGold, predicted, without, rulesOff);
        predicted = without;
        extra.text.push(cmp.text);
        extra.json.withoutRule = cmp.json;
      }
      if (flags.byRule) {
        const r = byRule(scoredGold, predicted);
        extra.text.push(r.text);
        extra.json.byRule = r.json;
      }
      if (flags.mentions) {
        const r = mentionReport(scoredGold, stories, flags.json ? (errors > 0 ? errors : -1) : errors);
        extra.text.push(r.text);
        extra.json.mentions = r.json;
      }
      const report = scoreTriples(scoredGold, predicted);
      if (flags.json) process.stdout.write(JSON.stringify({ ...(reportJson(report, errors > 0 ? errors : -1) as object), ...extra.json }) + '\n');
      else process.stdout.write([formatReport(report, errors), ...extra.text].join('\n\n') + '\n');
      if (skipped > 0) process.exitCode = 1;
    });
};
