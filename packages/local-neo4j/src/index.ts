// A real Neo4j 5.26 Community server for development and tests, assembled from Maven Central
// and run as a plain Java process (no Docker): one instance per WIREGRAPH_HOME.
export {
  localNeo4jSettings,
  instancePaths,
  NEO4J_VERSION,
  APOC_VERSION,
  BROWSER_VERSION,
  type LocalNeo4jSettings,
  type InstancePaths,
} from './internal/settings.js';
export { renderNeo4jConf, type Neo4jConfInput } from './internal/neo4j-conf.js';
export { ensureDistribution, distributionDir, POM_PATH, type Distribution } from './internal/distribution.js';
export { failureReason, logMarks, type LogMarks } from './internal/failure-reason.js';
export {
  startLocalNeo4j,
  stopLocalNeo4j,
  localNeo4jStatus,
  resetLocalNeo4j,
  javaArgs,
  type LocalNeo4jStatus,
  type StartResult,
} from './internal/local-server.js';
export {
  runAdminTool,
  prepareInstance,
  checkDatabaseName,
  localDatabaseExists,
  localNeo4jRunning,
  type AdminToolOptions,
  type AdminToolResult,
} from './internal/admin-tool.js';
