// Scoring extraction against gold triples (docs/triples.md, "Scoring").
export { scoreTriples, personKeysMatch, type EvalReport, type Figures } from './score.js';
export { formatReport, reportJson } from './report.js';
export { readTriplesFile } from './gold.js';
export { scoreByRule, formatByRule, type RuleFigures } from './by-rule.js';
export { mentionRecall, formatMentionReport, MENTION_KINDS, type FoundMentions, type MentionKind, type MentionReport } from './mentions.js';
