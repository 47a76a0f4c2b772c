// Scoring extraction against gold triples (docs/triples.md, "Scoring").
export { scoreTriples, personKeysMatch, type EvalReport, type Figures } from './score.js';
export { formatReport, reportJson } from './report.js';
export { readTriplesFile } from './gold.js';
