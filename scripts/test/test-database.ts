/** Where the integration tier's Neo4j is, as the global setup hands it to every test file. */
export interface TestDatabase {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** How it was found: NEO4J_URI, a Testcontainers container, or the local server. */
  source: 'env' | 'testcontainers' | 'local';
  /** HTTP address (Neo4j Browser at /browser/), when known. */
  httpUrl?: string;
  /** The local server's instance (source 'local'): what an offline import into it needs. */
  local?: { home: string; boltPort: number; httpPort: number };
}

declare module 'vitest' {
  export interface ProvidedContext {
    wiregraphNeo4j: TestDatabase;
  }
}
