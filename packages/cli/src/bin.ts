#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { WiregraphError, UsageError } from '@wiregraph/core';
import { commands } from './commands/index.js';

const program = new Command('wiregraph')
  .description('Turn news wire stories into a Neo4j graph of who met whom, who holds which office, and which countries cooperate on what.')
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; every other commander error is a usage error.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof UsageError) {
    process.stderr.write(`wiregraph: ${err.message}\n`);
    process.exitCode = 2;
  } else if (err instanceof WiregraphError) {
    process.stderr.write(`wiregraph: ${err.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`wiregraph: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
}
