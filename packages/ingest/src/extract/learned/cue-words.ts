import { foldText } from '@wiregraph/core';
import { loadData } from '../internal/lexicon.js';

/**
 * The words a learned scorer may see by identity: the team's own cue lexicon (cues.yaml, written
 * from general news English) and closed-class words. Every other word is seen only as its part
 * of speech, so no name or open-class word of a training story can become a feature.
 */
export interface CueWords {
  /** Word → its cue classes ("meet", "meet-noun", "remote", "move", "modal", "neg"). */
  classOf: Map<string, string[]>;
  /** "class:word" for the content words of each class's cues (not the glue inside phrases). */
  heads: Set<string>;
}

const CLOSED_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PRON', 'AUX', 'PART', 'PUNCT']);
// Function words inside multi-word cues ("meeting with", "sat down together") carry no class of their own.
const GLUE = new Set(['a', 'an', 'the', 'and', 'or', 'with', 'on', 'at', 'in', 'of', 'to', 'by', 'for', 'over', 'into', 'from', 'down', 'up', 'together', 'separately', 'was', 'be', 'been', 'him', 'her', 'it', 'their', 'his']);

interface CueFile {
  meeting: { verb: string[]; noun: string[]; remote: string[] };
  visit: { move: string[]; host: string[]; presence: string[] };
  modal: string[];
  negation: string[];
}

let cached: CueWords | undefined;

/** Loaded once per thread. */
export function cueWords(): CueWords {
  if (cached) return cached;
  const cues = loadData<CueFile>('cues.yaml');
  const classOf = new Map<string, string[]>();
  const heads = new Set<string>();
  const add = (phrases: readonly string[], cls: string) => {
    for (const p of phrases) {
      const words = foldText(p).toLowerCase().split(/\s+/);
      for (const w of words) {
        if (w.length < 2) continue;
        if (words.length === 1 || !GLUE.has(w)) heads.add(`${cls}:${w}`);
        const l = classOf.get(w) ?? [];
        if (!l.includes(cls)) l.push(cls);
        classOf.set(w, l);
      }
    }
  };
  add(cues.meeting.verb, 'meet');
  add(cues.meeting.noun, 'meet-noun');
  add(cues.meeting.remote, 'remote');
  add(cues.visit.move, 'move');
  add(cues.visit.host, 'host');
  add(cues.visit.presence, 'presence');
  add(cues.modal, 'modal');
  add(cues.negation, 'neg');
  cached = { classOf, heads };
  return cached;
}

/** How a scorer sees one word: itself when it is a cue or closed-class word, else its tag. */
export function wordShape(cw: CueWords, low: string, pos: string): string {
  if (cw.classOf.has(low) || CLOSED_POS.has(pos)) return low;
  return pos;
}
