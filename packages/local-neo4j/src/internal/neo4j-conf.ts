import type { InstancePaths } from './settings.js';

export interface Neo4jConfInput {
  paths: InstancePaths;
  pluginsDir: string;
  boltPort: number;
  httpPort: number;
  pageCache: string;
}

/**
 * The instance's neo4j.conf. Loopback only (a dev/test database has no business on the
 * network), auth on, no HTTPS, APOC allowed, and logs kept small for test runs.
 */
export function renderNeo4jConf(input: Neo4jConfInput): string {
  const { paths, pluginsDir, boltPort, httpPort, pageCache } = input;
  const lines = [
    '# Written by wiregraph (packages/local-neo4j) on every start; edit the code, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    'server.https.enabled=false',
    'server.bolt.tls_level=DISABLED',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.import=${paths.import}`,
    `server.directories.plugins=${pluginsDir}`,
    // Heap is set on the java command line (the server reads it only through its launcher).
    `server.memory.pagecache.size=${pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.usage_report.enabled=false',
    // Only slow queries go to query.log: tests run thousands of small ones.
    'db.logs.query.enabled=INFO',
    'db.logs.query.threshold=2s',
    'db.tx_log.rotation.retention_policy=100M size',
    '',
  ];
  return lines.join('\n');
}
