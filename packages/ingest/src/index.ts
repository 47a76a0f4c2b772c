// Public surface of @wiregraph/ingest: reading stories (read/), extracting triples (extract/), scoring (eval/).
export * from './read/index.js';
export * from './extract/index.js';
export * from './eval/index.js';
