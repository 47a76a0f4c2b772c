// Bulk import: triples → CSV → `neo4j-admin database import full` → a database equal to what the loader builds.
export { importGraph, checkTarget, IMPORT_PHASES, type ImportOptions, type ImportReport, type ImportPhase } from './run-import.js';
export { articleRuns, type ArticleRun } from './article-runs.js';
export { writeImportFiles, type WrittenImport, type WriteProgress } from './write-import-files.js';
export { ImportError } from './import-error.js';
export { planTriplesInWorkers, type TriplesFile, type PlanOptions } from './plan-pool.js';
export { plannedRuns } from './spool.js';
export type { PlannedChunk } from './planned-chunk.js';
