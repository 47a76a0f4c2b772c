import type { Person } from '../../people.js';
import type { Finding, MeetingState } from '../../types.js';

/** Someone a sentence places in a country: by moving there, hosting there, or being present at an event there. */
export interface Visitor {
  person: Person;
  where: string;
  kind: 'move' | 'host' | 'presence';
}

/** What the visit readers of one sentence share: the story's state, the findings and the visitors they add to. */
export interface VisitOutput {
  state: MeetingState;
  out: Finding[];
  visitors: Visitor[];
  /** Only list the visitors (the scene's travel pass), add no findings. */
  markOnly: boolean;
}
