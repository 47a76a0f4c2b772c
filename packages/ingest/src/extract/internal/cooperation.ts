// The cooperation rule: COOPERATES_WITH and COOPERATES_ON from a sentence's cooperation frames.
// Its parts live in cooperation/: frames, parties, sector scope, hubs and dating.
import type { Sentence } from './nlp.js';
import { clauseBlocked, type Finding, type StoryContext } from './relations.js';
import type { RuleState } from './types.js';
import { cooperationDate, reportedAsOngoing } from './cooperation/dating.js';
import { isStrongFrame, sentenceFrames } from './cooperation/frames.js';
import { namedPair, withListHub } from './cooperation/pair-frames.js';
import { sentenceParties } from './cooperation/parties.js';
import { sectorsInScope } from './cooperation/sector-scope.js';
import { presenceFindings, starFindings } from './cooperation/star.js';
import { topicOfTalksAhead } from './cooperation/talks-ahead.js';
import { tradeFrameSectors } from './cooperation/trade-figures.js';

/** One COOPERATES_WITH per pair of parties, one COOPERATES_ON per party and sector in its scope. */
function pairFindings(s: Sentence, out: Finding[], parties: string[], sectors: { key: string; from: number }[], scoped: Map<string, [number, number]>, date: string | null): void {
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      out.push({
        predicate: 'COOPERATES_WITH',
        subject: { type: 'Country', key: parties[i]!, name: parties[i]! },
        object: { type: 'Country', key: parties[j]!, name: parties[j]! },
        sent: s.index, date, confidence: 0.8, rule: 'coop.with',
      });
    }
  }
  for (const sm of sectors) {
    const inScope = (c: string) => {
      const r = scoped.get(c);
      return !r || (sm.from >= r[0] && sm.from < r[1]);
    };
    const these = parties.filter(inScope);
    if (these.length < 2) continue;
    for (const c of these) {
      out.push({
        predicate: 'COOPERATES_ON',
        subject: { type: 'Country', key: c, name: c },
        object: { type: 'Sector', key: sm.key, name: sm.key },
        partners: these.filter((x) => x !== c),
        sent: s.index, date, confidence: 0.75, rule: 'coop.on',
      });
    }
  }
}

/**
 * Cooperation frames: "agreed to deepen cooperation in X, Y and Z", "signed an MoU on X",
 * "X's military cooperation with Y", "is willing to work with Y". Parties are the countries the
 * sentence names as actors (not as locations), the countries of the people in it, or the
 * story's current pair for "the two sides"; sectors are the cues of the sentence that no
 * denial or hypothesis covers.
 */
export function cooperationFindings(ctx: StoryContext, s: Sentence, state: RuleState, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  if (presenceFindings(ctx, s, out)) return;
  const { frames, hub: dealHub } = sentenceFrames(ctx, s);
  if (!frames.length) return;
  const live = frames.filter((f) => !clauseBlocked(ctx, s, f.from) && !topicOfTalksAhead(toks, s, f));
  if (!live.length) return;
  const strongFrame = live.some((f) => isStrongFrame(toks, s, f));
  const sectors = tradeFrameSectors(live, sectorsInScope(ctx, s, live));
  const pair = namedPair(ctx, s, live);
  const hub = pair.hub ?? dealHub;
  const existing = !!pair.parties || reportedAsOngoing(ctx, s, live);
  const found = pair.parties ? { parties: pair.parties, scoped: new Map<string, [number, number]>(), continuing: false } : sentenceParties(ctx, s, state, live, strongFrame);
  const { parties, scoped, continuing } = found;
  // A hub's deals pair the hub with each partner, not the partners with each other.
  const star = hub ?? (parties.length > 2 ? withListHub(ctx, s, live, parties) : undefined);
  if (star && parties.includes(star) && parties.length > 2) {
    return starFindings(ctx, s, out, star, parties.filter((c) => c !== star), sectors, live[0]!.from);
  }
  if (parties.length < 2) return;
  if (!strongFrame && sectors.length === 0) return;
  // A third country that joins one conjunct ("… and to work with Britain on X") is not one of
  // the story's main parties: later sentences about "the partnership" stay with the pair.
  const core = parties.filter((c) => !scoped.has(c));
  const sameSet = core.length === state.parties.length && core.every((c) => state.parties.includes(c));
  state.parties = core.length >= 2 && scoped.size > 0 && sameSet ? core : parties;
  const date = cooperationDate(ctx, s, state, live, parties, continuing, existing);
  pairFindings(s, out, parties, sectors, scoped, date);
}
