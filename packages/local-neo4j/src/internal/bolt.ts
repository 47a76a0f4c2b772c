import neo4j, { type Driver } from 'neo4j-driver';
import { DatabaseError } from '@wiregraph/core';
import { sleep } from './server-process.js';

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export function localDriver(port: number, username: string, password: string): Driver {
  return neo4j.driver(boltUri(port), neo4j.auth.basic(username, password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 2,
    connectionAcquisitionTimeout: 5000,
    // Callers wait and retry themselves; the driver's own retries would hide a dead server for 30 s.
    maxTransactionRetryTime: 0,
  });
}

const isAuthError = (err: unknown) => /Security\.(Unauthorized|AuthenticationRateLimit)/.test(String((err as { code?: string }).code ?? ''));

/**
 * Waits until the server answers a query over Bolt. Gives up early when `alive` says the process
 * is gone, and at once on a rejected password (waiting would not change it).
 */
export async function waitForBolt(
  port: number,
  username: string,
  password: string,
  options: { timeoutMs: number; alive: () => boolean },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (!options.alive()) throw new DatabaseError('NEO4J_EXITED', 'the Neo4j process exited during start', {});
    const driver = localDriver(port, username, password);
    const session = driver.session();
    try {
      await session.run('RETURN 1');
      return;
    } catch (err) {
      last = err;
      if (isAuthError(err)) {
        throw new DatabaseError(
          'NEO4J_AUTH',
          `the server on port ${port} rejected the password for "${username}": its data was created with another NEO4J_PASSWORD (use that one, or wipe it with \`pnpm wiregraph db reset\`)`,
          { port },
          { cause: err },
        );
      }
    } finally {
      await session.close();
      await driver.close();
    }
    await sleep(500);
  }
  throw new DatabaseError('NEO4J_START_TIMEOUT', `Bolt on port ${port} did not answer within ${Math.round(options.timeoutMs / 1000)} s: ${String((last as Error)?.message ?? last)}`, { port });
}

export interface ServerComponents {
  name: string;
  version: string;
  edition: string;
}

/** `CALL dbms.components()`: the product, version and edition the server reports. */
export async function serverComponents(driver: Driver): Promise<ServerComponents> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
  const r = records[0];
  if (!r) throw new DatabaseError('NEO4J_COMPONENTS', 'dbms.components() returned nothing', {});
  return { name: r.get('name') as string, version: (r.get('versions') as string[])[0] ?? 'unknown', edition: r.get('edition') as string };
}
