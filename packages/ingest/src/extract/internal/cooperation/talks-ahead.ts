// Cooperation that is only the topic of talks still to come ("the two sides will discuss ways
// to expand cooperation in X"): the talks have not happened, so neither has the cooperation.
import type { Sentence, Tok } from '../nlp.js';
import type { Frame } from './frames.js';
import { cooperationWords } from './words.js';

/** True when a word that puts talks ahead stands just before the talk word at q ("will discuss", "the upcoming talks"; not "will meet X to discuss"). */
function aheadBefore(toks: readonly Tok[], s: Sentence, q: number): boolean {
  const ahead = cooperationWords().talksAhead;
  // (No comma between: "who will attend the summit, discussed …" puts only the summit ahead.)
  for (let k = q - 1; k >= s.from && q - k <= 3; k--) {
    const low = toks[k]!.low;
    if (low === ',' || low === ';' || low === ':') return false;
    if (ahead.has(low)) return true;
  }
  return false;
}

/** "the talks will focus on …", "other topics will also include …": a talk noun with a future verb. */
function aheadAfter(toks: readonly Tok[], q: number): boolean {
  const next = toks[q + 1]?.low === 'also' ? toks[q + 2] : toks[q + 1];
  return !!next && (next.low === 'will' || next.low === 'shall');
}

/** "… cooperation on energy and health would be discussed": the frame as the subject of talks ahead. */
function discussedLater(toks: readonly Tok[], s: Sentence, f: Frame): boolean {
  for (let q = f.to; q < s.to - 2 && q - f.to <= 10; q++) {
    const low = toks[q]!.low;
    if (low === ';' || low === ':') return false;
    if ((low === 'will' || low === 'would') && toks[q + 1]!.low === 'be' && /^discuss/.test(toks[q + 2]!.low)) return true;
  }
  return false;
}

/** True when the frame is a topic of talks that have not happened yet. */
export function topicOfTalksAhead(toks: readonly Tok[], s: Sentence, f: Frame): boolean {
  const talk = cooperationWords().talkWords;
  for (let q = f.from - 1; q >= s.from; q--) {
    if (talk.has(toks[q]!.low) && (aheadBefore(toks, s, q) || aheadAfter(toks, q))) return true;
  }
  return discussedLater(toks, s, f);
}
