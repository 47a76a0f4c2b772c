import type { Command } from 'commander';
import { UsageError, createLogger, loadConfig } from '@wiregraph/core';
import { connect } from '@wiregraph/loader';
import { NEIGHBOURHOOD_LIMIT, createQueries, queryFiles, type GraphQueries } from '@wiregraph/query';
import { perHopLimit } from '../internal/per-hop-limit.js';
import { ROW_FORMATS, formatRows, parseParams, type RowFormat } from '../internal/row-format.js';
import type { RegisterCommand } from './index.js';

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const int = (name: string, v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new UsageError(`${name} must be a whole number, got "${v}"`);
  return n;
};

/** Runs one traversal against the configured database and prints its rows in the chosen format. */
async function withQueries(opts: { pretty?: boolean; format?: string }, run: (q: GraphQueries) => Promise<unknown>): Promise<void> {
  const format = (opts.pretty ? 'json' : (opts.format ?? 'jsonl')) as RowFormat;
  if (!(ROW_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${ROW_FORMATS.join(', ')}, got "${format}"`, { setting: '--format' });
  const config = loadConfig();
  const { driver, database } = await connect(config);
  try {
    const result = await run(createQueries({ driver, database }));
    process.stdout.write(formatRows(result, format));
  } finally {
    await driver.close();
  }
}

export const registerQuery: RegisterCommand = (program: Command) => {
  const query = program
    .command('query')
    .description('Ask the graph: typed traversals that run the Cypher of cypher/queries/ (the same text you can paste into Neo4j Browser). Entities by key or name.')
    .addHelpText(
      'after',
      `
Examples:
  $ pnpm wiregraph query meetings --person "Keir Starmer"
  $ pnpm wiregraph query office-holders GBR --as-of 2026-02-01
  $ pnpm wiregraph query path "keir starmer" "narendra modi" --max-hops 4 --pretty
  $ pnpm wiregraph query search erdogan
  $ pnpm wiregraph query cooperation JPN --format table
  $ pnpm wiregraph query file partners-on --param sector=critical-minerals --format csv

Rows go to stdout as JSON Lines, or --format json | table | csv. An unknown entity exits 1
with the closest names the graph knows; an unknown query name exits 2 with the list.`,
    );
  const pretty = (c: Command) =>
    c.option('--format <format>', `${ROW_FORMATS.join(' | ')} (table and csv flatten entities to names, lists to "a; b")`, 'jsonl').option('--pretty', 'the same as --format json');

  pretty(query.command('meetings').description('meetings of a person or of a country\'s office holders, with dates and places'))
    .option('--person <person>', 'person key or name')
    .option('--country <country>', 'ISO alpha-3 or name')
    .option('--from <date>', 'YYYY[-MM[-DD]]')
    .option('--to <date>', 'YYYY[-MM[-DD]]')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query meetings --person "keir starmer" --from 2026-01-01')
    .action((o) => withQueries(o, (q) => q.meetings({ person: o.person, country: o.country, from: o.from, to: o.to })));

  pretty(query.command('counterparts').description('the people someone met, how often and when last'))
    .argument('<person>', 'person key or name')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query counterparts "Narendra Modi"')
    .action((person, o) => withQueries(o, (q) => q.counterparts(person)));

  pretty(query.command('office-holders').description("who holds a country's offices (as of a date)"))
    .argument('<country>', 'ISO alpha-3 or name')
    .option('--as-of <date>', 'YYYY[-MM[-DD]]')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query office-holders GBR --as-of 2026-02-01')
    .action((country, o) => withQueries(o, (q) => q.officeHolders({ country, asOf: o.asOf })));

  pretty(query.command('offices-of').description('the dated offices of a person'))
    .argument('<person>', 'person key or name')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query offices-of "sanae takaichi"')
    .action((person, o) => withQueries(o, (q) => q.officesOf(person)));

  pretty(query.command('cooperation').description("a country's partners and sectors, strongest first"))
    .argument('<country>', 'ISO alpha-3 or name')
    .option('--sector <sector>', 'only partners on this sector key')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query cooperation JPN --sector critical-minerals')
    .action((country, o) => withQueries(o, (q) => q.cooperation({ country, sector: o.sector })));

  pretty(query.command('partners-on').description('countries cooperating on a sector, and with whom'))
    .argument('<sector>', 'sector key or name')
    .option('--from <date>', 'YYYY[-MM[-DD]]')
    .option('--to <date>', 'YYYY[-MM[-DD]]')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query partners-on critical-minerals --from 2026-01-01')
    .action((sector, o) => withQueries(o, (q) => q.partnersOn(sector, { from: o.from, to: o.to })));

  pretty(query.command('shared-sectors').description('sectors two countries both cooperate on'))
    .argument('<countryA>', 'ISO alpha-3 or name')
    .argument('<countryB>', 'ISO alpha-3 or name')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query shared-sectors JPN GBR')
    .action((a, b, o) => withQueries(o, (q) => q.sharedSectors(a, b)));

  pretty(query.command('path').description('shortest connections between two entities through facts'))
    .argument('<source>', 'entity key or name')
    .argument('<target>', 'entity key or name')
    .option('--max-hops <n>', '1 to 6', '4')
    .option('--types <types>', 'comma-separated fact types, e.g. MET,HOLDS_OFFICE')
    .option('--limit <n>', 'most paths', '25')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query path "keir starmer" "xi jinping" --types MET')
    .action((s, t, o) => withQueries(o, (q) => q.path(s, t, { maxHops: int('--max-hops', o.maxHops, 4), types: list(o.types), limit: int('--limit', o.limit, 25) })));

  pretty(query.command('neighbourhood').description('the subgraph around an entity'))
    .argument('<entity>', 'entity key or name')
    .option('--depth <n>', '1 to 3', '1')
    .option('--types <types>', 'comma-separated fact types')
    .option('--from <date>', 'YYYY[-MM[-DD]]')
    .option('--to <date>', 'YYYY[-MM[-DD]]')
    .option('--limit <n>', `the strongest facts kept at each hop (default ${NEIGHBOURHOOD_LIMIT}); none for every fact`)
    .addHelpText(
      'after',
      '\nExamples:\n  $ pnpm wiregraph query neighbourhood "Keir Starmer" --depth 2 --pretty\n  $ pnpm wiregraph query neighbourhood JPN --depth 2 --limit none > japan.json' +
        '\n\nThe result says whether a hop was cut (truncated) and how many facts the walk found (foundFacts).',
    )
    .action((e, o) => withQueries(o, (q) => q.neighbourhood(e, { depth: int('--depth', o.depth, 1), types: list(o.types), from: o.from, to: o.to, limit: perHopLimit(o.limit) })));

  pretty(query.command('timeline').description('every dated fact about an entity, in order'))
    .argument('<entity>', 'entity key or name')
    .option('--from <date>', 'YYYY[-MM[-DD]]')
    .option('--to <date>', 'YYYY[-MM[-DD]]')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query timeline JPN --from 2026-01')
    .action((e, o) => withQueries(o, (q) => q.timeline(e, { from: o.from, to: o.to })));

  pretty(query.command('evidence').description('the stories and sentences behind one fact'))
    .argument('<predicate>', 'MET, VISITED, HOLDS_OFFICE, COOPERATES_WITH or COOPERATES_ON')
    .argument('<subject>', 'subject key or name')
    .argument('<object>', 'object key or name')
    .option('--title <title>', 'HOLDS_OFFICE: the office')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query evidence MET "keir starmer" "sanae takaichi"')
    .action((predicate, subject, object, o) => withQueries(o, (q) => q.evidence({ predicate, subject, object, title: o.title })));

  pretty(query.command('search').description('entities by name or alias (case, accents and surname-only tolerant)'))
    .argument('<text...>', 'words to look for')
    .option('--limit <n>', 'most entities', '10')
    .addHelpText('after', '\nExample:\n  $ pnpm wiregraph query search erdogan')
    .action((text: string[], o) => withQueries(o, (q) => q.search(text.join(' '), { limit: int('--limit', o.limit, 10) })));

  pretty(query.command('file').description('run any file of cypher/queries/ with parameters (--param k=v, or --params as JSON)'))
    .argument('<name>', `one of: ${[...queryFiles().keys()].join(', ')}`)
    .option('--params <json>', 'parameters as a JSON object', '{}')
    .option('--param <name=value>', 'one parameter (repeatable); the value is JSON where it parses, else a string', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addHelpText('after', `\nExamples:\n  $ pnpm wiregraph query file cooperation --param country=JPN --format table\n  $ pnpm wiregraph query file cooperation --params '{"country": "JPN"}'`)
    .action((name: string, o) => {
      let params: Record<string, unknown>;
      try {
        params = { ...JSON.parse(o.params), ...parseParams(o.param) };
      } catch (err) {
        throw new UsageError(`bad parameters: ${(err as Error).message}`, { setting: '--params/--param' });
      }
      if (!queryFiles().has(name)) throw new UsageError(`no query file cypher/queries/${name}.cypher — one of: ${[...queryFiles().keys()].join(', ')}`);
      createLogger({ bindings: { cmd: 'query file' } }).debug('running', { name });
      return withQueries(o, (q) => q.run(name, params));
    });
};
