import { foldText } from '../keys.js';
import { COMPOUND_NAME_HEADS, DROPPABLE_PARTICLES, GENERATIONAL } from './vocabulary.js';
import { isPatronymicLink, nasabOf, type Nasab } from './nasab.js';

/**
 * A person name as words: folded, lower case, dots and hyphens read as word breaks
 * ("Kim Jong-un" → kim jong un, "D.Tsogtbaatar" → d tsogtbaatar), apostrophes and other marks
 * dropped ("Mata'afa" → mataafa).
 */
export function nameWords(name: string): string[] {
  return foldText(name)
    .replace(/[’'`ʼ]/g, '')
    .replace(/[.\-‐–—_,;:()"/]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

const DROPPABLE = new Set(DROPPABLE_PARTICLES);
const GENERATION = new Set(GENERATIONAL);
const HEADS = new Set(COMPOUND_NAME_HEADS);

/** What a name is compared on: its words without "al"/"el" articles, a leading "Sheikh" or a generational suffix. */
export interface ParsedName {
  /** The key's own words (particles and all). */
  words: string[];
  /** Words compared: articles, a leading "sheikh" and a generational suffix dropped. */
  core: string[];
  /** Index in `core` of the first word after the last patronymic link ("bin"), or 0. */
  familyStart: number;
  /** A generational or regnal suffix ("ii", "jr"), or null: "Mohammed VI" is not "Mohammed V". */
  generation: string | null;
  /** Words right after a patronymic link ("salman" in "mohammed bin salman"): fathers' names, never the surname. */
  fathers: string[];
  /**
   * The same name with each Arabic compound written as one word ("abdul karim" → "abdulkarim"), or
   * null when it has none: "Salim bin Abdul Karim" and "Salim bin Abdulkarim" compare word for word.
   */
  joined: ParsedName | null;
  /** The name read as a nasab (given name, then each father's segment), or null when it has no link. */
  nasab: Nasab | null;
}

// Resolution compares each name with many others: parse each key once.
const parsed = new Map<string, ParsedName>();

export function parseName(key: string): ParsedName {
  const known = parsed.get(key);
  if (known) return known;
  const words = nameWords(key);
  let core = words.filter((w) => !DROPPABLE.has(w));
  if (core.length > 1 && core[0] === 'sheikh') core = core.slice(1);
  let generation: string | null = null;
  if (core.length > 1 && GENERATION.has(core[core.length - 1]!)) {
    generation = core[core.length - 1]!;
    core = core.slice(0, -1);
  }
  const compounds = joinCompounds(core);
  const joined = compounds && readCore(words, compounds, generation, null);
  const out = readCore(words, core, generation, joined);
  // A father's name is one whichever way its compound is written ("bin abdul karim", "bin abdulkarim").
  if (joined) out.fathers = [...new Set([...out.fathers, ...joined.fathers])];
  if (parsed.size > 100_000) parsed.clear();
  parsed.set(key, out);
  return out;
}

function readCore(words: string[], core: string[], generation: string | null, joined: ParsedName | null): ParsedName {
  let familyStart = 0;
  core.forEach((w, i) => {
    if (i > 0 && isPatronymicLink(w)) familyStart = i + 1;
  });
  const fathers = core.filter((_, i) => i > 0 && isPatronymicLink(core[i - 1]!));
  return { words, core, familyStart, generation, fathers, joined, nasab: nasabOf(core) };
}

/**
 * Arabic compounds as one word: a head ("abd", "abdul", "abdel"…) joined to the word after it. The
 * article of "Abd al-Karim" is dropped before, so a bare "abd" is written "abdul" ("abdulkarim").
 */
function joinCompounds(core: string[]): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < core.length; i++) {
    const next = core[i + 1];
    if (HEADS.has(core[i]!) && next !== undefined && !isPatronymicLink(next) && !HEADS.has(next)) {
      out.push((core[i] === 'abd' ? 'abdul' : core[i]!) + next);
      i++;
    } else out.push(core[i]!);
  }
  return out.length < core.length ? out : null;
}

/** True for a one-letter word: an initial ("S. Jaishankar"). */
export const isInitial = (w: string) => w.length === 1 && /\p{L}/u.test(w);
