// Types the extraction stages share: the story context the rules read, what a rule finds, and
// the rule itself. Type-only: this module runs no code and imports only the types of the stages'
// data (parsed text, mentions, lexicons, people, dates).
import type { Predicate } from '@wiregraph/core';
import type { Parsed, Sentence } from './nlp.js';
import type { Lexicons } from './lexicons.js';
import type { StoryMentions } from './mentions.js';
import type { Person } from './people.js';
import type { DateMention } from './dates.js';

/** Where the story is set, computed once (scene/scene.ts) and frozen. */
export interface Scene {
  /** Country of the dateline place, or of the place the story is set in ("the climate summit in Belém"). */
  readonly sceneCountry?: string;
  readonly datelineCountry?: string;
  /** Country of the summit or conference the lede places ("on the sidelines of the ASEAN Summit in Kuala Lumpur"). */
  readonly summitCountry?: string;
  /** The story reports a summit or conference held at the dateline place ("leaders attending the summit here"). */
  readonly summitHere?: boolean;
}

/** Everything the relation rules need about one story. */
export interface StoryContext extends Scene {
  articleId: string;
  articleDate: string;
  /** The day the story's lead gives its news, when that is a few days before the article date. */
  newsDay?: string;
  parsed: Parsed;
  m: StoryMentions;
  lex: Lexicons;
  dates: DateMention[][];
  /** Relative day phrases per sentence ("a day earlier"), resolved by dateNear against relBase. */
  relDates?: DateMention[][];
  /** The day relative phrases count from while the relation rules read a sentence. */
  relBase?: string;
  /** The last arrival day reported before the sentence being read ("two days after his arrival"). */
  arrivalBase?: string;
  /** Countries each person is reported travelling to in this story. */
  readonly away?: Map<Person, Set<string>>;
}

/** A candidate fact before it becomes a Triple: found in one sentence by one rule. */
export interface Finding {
  predicate: Predicate;
  subject: { type: 'Person' | 'Country' | 'Sector'; key: string; name: string };
  object: { type: 'Person' | 'Country' | 'Sector'; key: string; name: string };
  sent: number;
  date: string | null;
  confidence: number;
  rule: string;
  title?: string;
  partners?: string[];
}


export interface MeetingState {
  lastGroup: Person[];
  history: Person[][];
  eventDate?: string;
  /** Date of the last meeting reported so far: later sentences about it carry it. */
  lastMeetingDate?: string;
  /** Meetings seen so far, with the place the sentence gives for them. */
  meetings?: { people: Person[]; where?: string; sent: number }[];
  /** Where the last meeting reported so far was held, when the rules could place it. */
  lastMeetingPlace?: string;
  /** The last cooperation that its own sentence dated: what a follow-up sentence about it carries. */
  lastCoop?: { parties: string[]; date: string };
}

/** What one sentence rule shares with the rules after it in the story (dates, groups, parties). */
export type RuleState = MeetingState & { parties: string[] };

/**
 * One extraction rule. A sentence rule reads one sentence at a time, in priority order (lower
 * first); a story rule reads the whole story once the sentence rules are done. Rules that share an
 * `exclusive` group are alternatives: in a sentence, the first of them (by priority) that finds
 * anything wins and the rest do not run. A rule may emit findings under several ids (`emits`:
 * "met.verb", "met.noun", …); every finding, and the triple it becomes, keeps its id.
 */
interface RuleBase {
  id: string;
  /** The predicate the rule is about (a rule may also emit the visits its meetings imply). */
  predicate: Predicate;
  priority: number;
  /** The ids its findings carry. */
  emits: readonly string[];
  /** What the rule reads, in a few words, for `eval --by-rule` and the README. */
  summary: string;
}
export interface SentenceRule extends RuleBase {
  scope: 'sentence';
  exclusive?: string;
  apply(ctx: StoryContext, s: Sentence, state: RuleState, out: Finding[]): void;
}
export interface StoryRule extends RuleBase {
  scope: 'story';
  apply(ctx: StoryContext, findings: Finding[]): void;
}
export type Rule = SentenceRule | StoryRule;
