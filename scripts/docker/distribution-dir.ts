/**
 * Prints the folder of the Neo4j + APOC + Browser distribution that `wiregraph db start` runs,
 * assembling it from Maven Central first when it is not cached (for build-neo4j-image.sh).
 */
import { createLogger, loadConfig } from '@wiregraph/core';
import { ensureDistribution, localNeo4jSettings } from '@wiregraph/local-neo4j';

const log = createLogger({ bindings: { component: 'neo4j-image' } });
const dist = await ensureDistribution(localNeo4jSettings(loadConfig()), log);
console.log(dist.dir);
