import neo4j, { Neo4jError } from 'neo4j-driver';
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

/** Whole JS numbers go to Cypher as integers (LIMIT, ranges want INTEGER, not FLOAT). */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const conv = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isInteger(v)) {
      if (!Number.isSafeInteger(v)) throw new UsageError(`parameter ${v} is too large a whole number (beyond ±2^53)`);
      return neo4j.int(v);
    }
    if (Array.isArray(v)) return v.map(conv);
    if (v && typeof v === 'object' && !neo4j.isInt(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, conv(x)]));
    return v;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, conv(v)]));
}
