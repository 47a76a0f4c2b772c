// Every extraction rule, in the order it runs. Priority decides order; an `exclusive` group
// makes alternatives explicit (the first that finds anything in a sentence wins).
import type { Sentence } from '../nlp.js';
import type { Finding, Rule, RuleState, SentenceRule, StoryContext, StoryRule } from '../types.js';
import { meetingFindings } from './met/meeting.js';
import { joinedMeetingFindings } from './met/joined.js';
import { signingMeetingFindings } from './met/signing.js';
import { attendanceFindings } from './visited/attended.js';
import { visitFindings } from './visited/frames.js';
import { cooperationFindings } from '../cooperation.js';
import { jointActionMeeting } from './met/joint-action.js';
import { accompaniedVisits } from './visited/accompanied.js';
import { venueVisits } from './visited/venue.js';
import { officeFindings } from './office/title.js';

const VISIT_IDS = ['visited.move', 'visited.arrival', 'visited.hosted', 'visited.presence', 'visited.trip', 'visited.noun', 'visited.stay', 'visited.act'] as const;

const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    id: 'met.cue', scope: 'sentence', predicate: 'MET', priority: 10, exclusive: 'meeting',
    emits: ['met.verb', 'met.noun', 'met.remote', 'visited.meeting-place', 'visited.dateline', 'visited.guest'],
    summary: 'a meeting verb or noun ("met", "held talks with", "a phone call") and the people on its two sides',
    apply: meetingFindings,
  },
  {
    id: 'met.joint-action', scope: 'sentence', predicate: 'MET', priority: 20, exclusive: 'meeting',
    emits: ['met.joint-action', 'met.group-agreement', 'visited.joint-action'],
    summary: '"A and B agreed/signed …": two leaders of different countries acting together',
    apply: jointActionMeeting,
  },
  {
    id: 'met.signing', scope: 'sentence', predicate: 'MET', priority: 25, exclusive: 'meeting',
    emits: ['met.signing'],
    summary: '"A and B signed …", "signed by A and B", "A signed … with B": who signed together met',
    apply: signingMeetingFindings,
  },
  {
    id: 'met.joined', scope: 'sentence', predicate: 'MET', priority: 30, exclusive: 'meeting',
    emits: ['met.joined'],
    summary: '"X joined the talks", "was joined by Y": who joined a meeting met its parties',
    apply: joinedMeetingFindings,
  },
  {
    id: 'visited.attended', scope: 'sentence', predicate: 'VISITED', priority: 40,
    emits: ['visited.attended'],
    summary: 'attending talks or an audience where the story is set',
    apply: attendanceFindings,
  },
  {
    id: 'visited.frame', scope: 'sentence', predicate: 'VISITED', priority: 50,
    emits: VISIT_IDS,
    summary: 'visit frames: "arrived in X", "a visit to X", "hosted P in X", presence at a summit, trips and stays',
    apply: (ctx, s, state, out) => void visitFindings(ctx, s, state, out),
  },
  {
    id: 'coop', scope: 'sentence', predicate: 'COOPERATES_ON', priority: 60,
    emits: ['coop.with', 'coop.on', 'coop.with-hub', 'coop.on-hub'],
    summary: 'cooperation frames ("agreed to cooperate in X and Y", MoUs on X) between countries',
    apply: cooperationFindings,
  },
];

const STORY_RULES: readonly StoryRule[] = [
  {
    id: 'visited.venue', scope: 'story', predicate: 'VISITED', priority: 90,
    emits: ['visited.venue'],
    summary: '"the summit was held in X", "talks took place in X": who met someone there visited X',
    apply: venueVisits,
  },
  {
    id: 'visited.accompanied', scope: 'story', predicate: 'VISITED', priority: 100,
    emits: ['visited.accompanied', 'visited.delegation'],
    summary: '"X accompanied Y", "the delegation accompanying Y, including X": X made Y\'s visits',
    apply: accompaniedVisits,
  },
  {
    id: 'office.title', scope: 'story', predicate: 'HOLDS_OFFICE', priority: 110,
    emits: ['office.title'],
    summary: 'a national office title on a person whose country the story gives',
    apply: officeFindings,
  },
];

const byPriority = <R extends Rule>(rs: readonly R[]) => [...rs].sort((a, b) => a.priority - b.priority);

/** Every rule, sentence rules first, each list by priority. */
export const RULES: readonly Rule[] = [...byPriority(SENTENCE_RULES), ...byPriority(STORY_RULES)];
const SENTENCE_ORDER = byPriority(SENTENCE_RULES);
const STORY_ORDER = byPriority(STORY_RULES);

/** Every id a rule or a finding can carry: what `--without-rule` accepts. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.flatMap((r) => [r.id, ...r.emits]));

/**
 * Rule or finding ids switched off (for scoring without them). A rule whose id is off does not
 * run; a finding whose id is off is dropped as soon as its rule returns, before the next rule
 * looks, so an alternative of lower priority gets the sentence as if the finding had never been.
 */
export type RulesOff = ReadonlySet<string>;
const NONE: RulesOff = new Set();

function dropOff(out: Finding[], from: number, off: RulesOff): void {
  if (off.size === 0) return;
  for (let i = out.length - 1; i >= from; i--) if (off.has(out[i]!.rule)) out.splice(i, 1);
}

/** Runs the sentence rules on one sentence, appending their findings to `out`. */
export function runSentenceRules(ctx: StoryContext, s: Sentence, state: RuleState, out: Finding[], off: RulesOff = NONE): void {
  const won = new Set<string>();
  for (const rule of SENTENCE_ORDER) {
    if (off.has(rule.id) || (rule.exclusive && won.has(rule.exclusive))) continue;
    const before = out.length;
    rule.apply(ctx, s, state, out);
    dropOff(out, before, off);
    if (rule.exclusive && out.length > before) won.add(rule.exclusive);
  }
}

/** Runs the story rules once the sentence rules have read every sentence. */
export function runStoryRules(ctx: StoryContext, findings: Finding[], off: RulesOff = NONE): void {
  for (const rule of STORY_ORDER) {
    if (off.has(rule.id)) continue;
    const before = findings.length;
    rule.apply(ctx, findings);
    dropOff(findings, before, off);
  }
}
