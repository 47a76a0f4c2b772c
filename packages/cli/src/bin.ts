#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { WiregraphError, UsageError } from '@wiregraph/core';
import { commands } from './commands/index.js';

// `wiregraph extract … | head`: a reader that stops early is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const program = new Command('wiregraph')
  .description('Turn news wire stories into a Neo4j graph of who met whom, who holds which office, and which countries cooperate on what.')
  .option('--neo4j-uri <uri>', 'Neo4j URI (bolt://, neo4j://, neo4j+s://); overrides NEO4J_URI')
  .option('--neo4j-user <name>', 'overrides NEO4J_USERNAME')
  .option('--neo4j-password <password>', 'overrides NEO4J_PASSWORD')
  .option('--neo4j-database <name>', 'overrides NEO4J_DATABASE')
  .option('--home <dir>', 'where the local server keeps data and logs; overrides WIREGRAPH_HOME')
  .option('--log-level <level>', 'debug | info | warn | error; debug also prints the stack of a failure; overrides WIREGRAPH_LOG_LEVEL')
  .showHelpAfterError()
  .exitOverride()
  .addHelpText('after', '\nConfiguration: flags over environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE, WIREGRAPH_HOME) over a .env file over defaults.\nRun `pnpm wiregraph <command> --help` for a command\'s options and an example.');

// Flags over environment: the global flags are written into the environment every command's
// loadConfig() reads, so one mechanism serves all commands.
const FLAG_ENV: Record<string, string> = {
  neo4jUri: 'NEO4J_URI',
  neo4jUser: 'NEO4J_USERNAME',
  neo4jPassword: 'NEO4J_PASSWORD',
  neo4jDatabase: 'NEO4J_DATABASE',
  home: 'WIREGRAPH_HOME',
  logLevel: 'WIREGRAPH_LOG_LEVEL',
};
program.hook('preAction', (thisCommand) => {
  const opts = thisCommand.opts<Record<string, string | undefined>>();
  for (const [flag, env] of Object.entries(FLAG_ENV)) if (opts[flag]) process.env[env] = opts[flag];
});

for (const register of commands) register(program);

// Stacks are for developers: a user sees one line, and `--log-level debug` shows the rest.
const debugging = () => process.env.WIREGRAPH_LOG_LEVEL === 'debug';
const stackOf = (err: unknown) => (debugging() && err instanceof Error && err.stack ? `\n${err.stack}` : '');

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; every other commander error is a usage error.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof UsageError) {
    process.stderr.write(`wiregraph: ${err.message}${stackOf(err)}\n`);
    process.exitCode = 2;
  } else if (err instanceof WiregraphError) {
    process.stderr.write(`wiregraph: ${err.message}${stackOf(err)}\n`);
    process.exitCode = 1;
  } else {
    // Not one of ours: still one line (its first), with the stack on request.
    const message = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
    process.stderr.write(`wiregraph: ${message}${debugging() ? stackOf(err) : ' (--log-level debug shows the stack)'}\n`);
    process.exitCode = 1;
  }
}
