// Public surface of @wiregraph/loader: an idempotent, batched, provenance-keeping writer of triples into Neo4j.
export { createLoader, DEFAULT_BATCH_SIZE, type Loader, type LoaderOptions, type LoadInput } from './loader.js';
export { connect, connectionError, type Connection, type ConnectOptions } from './connect.js';
export { formatReport, emptyReport, mergeReport, type LoadReport, type Tally, type Counters } from './report.js';
export { readTriples, parseTripleLine, validateTriple } from './parse-triples.js';
export { SCHEMA_FILE, schemaStatements, splitCypherScript } from './internal/schema.js';
export { resolvePeople, splitPerson, resolutionReport, formatResolutionReport, type ResolveOptions, type ResolutionResult, type ResolutionReport, type PairFinding, type MergePlan, type ResolutionPlan, type ResolutionLogEntry, type SplitResult } from './resolve.js';
export { graphFingerprint, type GraphFingerprint } from './fingerprint.js';
export * from './import/index.js';
