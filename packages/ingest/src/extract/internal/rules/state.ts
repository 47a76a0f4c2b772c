import type { Person } from '../people.js';
import type { RuleState } from '../types.js';

/** A fresh reading state: what the sentence rules carry from one sentence to the next. */
export function newRuleState(eventDate?: string): RuleState {
  return { lastGroup: [] as Person[], history: [] as Person[][], parties: [] as string[], eventDate, lastMeetingDate: undefined, meetings: [] };
}
