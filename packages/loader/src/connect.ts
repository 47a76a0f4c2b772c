import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { DatabaseError, UsageError, loadConfig, redactUri, type Config } from '@wiregraph/core';

export interface Connection {
  driver: Driver;
  database: string;
  /** The URI, for messages. */
  target: string;
}

export interface ConnectOptions {
  /** How long executeWrite keeps retrying transient errors before giving up (driver default 30 s). */
  maxTransactionRetryTimeMs?: number;
  connectionTimeoutMs?: number;
}

/** The error a user can act on, for a failure to open a session. */
export function connectionError(err: unknown, config: Pick<Config, 'neo4jUri' | 'neo4jUsername'>): DatabaseError {
  const uri = redactUri(config.neo4jUri);
  const code = err instanceof Neo4jError ? err.code : undefined;
  // The driver's own message may repeat the URI as given, credentials and all.
  const message = (err instanceof Error ? err.message : String(err)).split(config.neo4jUri).join(uri);
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseError(
      'DB_LOCKED_OUT',
      `Neo4j at ${uri} has locked user "${config.neo4jUsername}" out after too many failed logins — wait for the lock to pass (5 s by default, dbms.security.auth_lock_time), then check NEO4J_USERNAME and NEO4J_PASSWORD`,
      { uri, neo4jCode: code },
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseError(
      'DB_AUTH',
      `Neo4j at ${uri} refused user "${config.neo4jUsername}": wrong user name or password — set NEO4J_USERNAME and NEO4J_PASSWORD (in the environment or .env)`,
      { uri, neo4jCode: code },
      { cause: err },
    );
  }
  if (code === 'ServiceUnavailable' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|connect|timed out/i.test(message)) {
    return new DatabaseError(
      'DB_UNREACHABLE',
      `cannot reach Neo4j at ${uri} — start it with \`pnpm wiregraph db start\` or \`docker compose up -d\``,
      { uri, neo4jCode: code },
      { cause: err },
    );
  }
  return new DatabaseError('DB_CONNECT', `cannot open a session on Neo4j at ${uri}: ${message}`, { uri, neo4jCode: code }, { cause: err });
}

/** A driver for the configured server, checked: fails with a clear DatabaseError when the server is down or the password is wrong. */
export async function connect(config: Config = loadConfig(), options: ConnectOptions = {}): Promise<Connection> {
  if (config.neo4jUriConfigured && !config.neo4jPasswordConfigured) {
    throw new UsageError(
      `NEO4J_URI is set (${redactUri(config.neo4jUri)}) but NEO4J_PASSWORD is not: the development password is only for the local server that \`wiregraph db start\` runs — set NEO4J_PASSWORD (environment, .env or --neo4j-password)`,
      { setting: 'NEO4J_PASSWORD', uri: redactUri(config.neo4jUri) },
    );
  }
  const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.neo4jUsername, config.neo4jPassword), {
    // Counts and offsets come back as JS numbers; none of ours comes near 2^53.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 30_000,
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    userAgent: 'wiregraph-loader',
  });
  try {
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
  } catch (err) {
    await driver.close().catch(() => {});
    throw connectionError(err, config);
  }
  return { driver, database: config.neo4jDatabase, target: redactUri(config.neo4jUri) };
}
