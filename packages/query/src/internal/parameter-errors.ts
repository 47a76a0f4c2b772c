import { Neo4jError } from 'neo4j-driver';
import { UsageError } from '@wiregraph/core';

/**
 * Parameters come from the command line (`--param`, `--params`): a value of the wrong type, a
 * negative LIMIT or a missing parameter is the user's mistake, so Neo4j's statement errors for
 * them become a one-line UsageError naming the query file. Neo4j files a parameter of the wrong
 * type under SyntaxError, with the GQL status of a data exception (class 22); a real syntax
 * error is ours and stays as it is.
 */
export function parameterError(queryName: string, err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const dataException = typeof err.gqlStatus === 'string' && err.gqlStatus.startsWith('22');
  if (!dataException && !/^Neo\.ClientError\.Statement\.(?!SyntaxError)/.test(err.code)) return err;
  const reason = err.message.split('\n')[0]!.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '');
  return new UsageError(`cypher/queries/${queryName}.cypher: bad parameter: ${reason}`, { query: queryName, neo4jCode: err.code });
}
