// The clause helpers cooperation.ts reads, at the path it imports them from. (cooperation.ts
// is being reworked on another branch; once merged, it imports from clauses/ and this file goes.)
export { clauseBlocked } from './clauses/modality.js';
export { dateNear } from './clauses/dates-near.js';
export { resolveGroup } from './clauses/people.js';
export type { StoryContext, Finding, MeetingState } from './types.js';
