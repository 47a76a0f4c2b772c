// Who a clause is about: coordinated names, groups ("the two leaders"), residents.
import type { Sentence, Tok } from '../nlp.js';
import type { Person, PersonMention } from '../people.js';
import type { StoryContext, MeetingState } from '../types.js';
import { loadData } from '../lexicon.js';
import { BOUNDARY } from './modality.js';
import { MONTH_WORDS, WEEKDAY_NAMES } from '../../../internal/calendar.js';

const DATE_WORDS = new Set([...MONTH_WORDS, ...WEEKDAY_NAMES]);

const COORD = new Set([',', 'and', 'as', 'well']);

/** The person mentions coordinated with the mention at index idx ("A, B and C"). */
export function coordinated(toks: Tok[], ms: PersonMention[], idx: number, dir: -1 | 1): PersonMention[] {
  const out = [ms[idx]!];
  for (let j = idx + dir; j >= 0 && j < ms.length; j += dir) {
    const a = dir < 0 ? ms[j]! : out[out.length - 1]!;
    const b = dir < 0 ? out[out.length - 1]! : ms[j]!;
    const gap = toks.slice(a.to, b.from);
    if ((gap.length <= 3 && gap.every((t) => COORD.has(t.low))) || possessiveConjunct(gap) || titledConjunct(gap) || datedConjunct(gap)) out.push(ms[j]!);
    else break;
  }
  return out;
}

/** "and Australia's newly elected": a conjunction, then a country's possessive and modifiers before the next name's title. */
function possessiveConjunct(gap: Tok[]): boolean {
  if (gap.length < 3 || gap.length > 7 || !COORD.has(gap[0]!.low)) return false;
  let q = 0;
  while (q < gap.length && COORD.has(gap[q]!.low)) q++;
  const own = gap.findIndex((t) => t.low === "'s" || t.low === '’s');
  if (own <= q || gap.slice(q, own).some((t) => !t.cap)) return false;
  // (The tagger reads "newly-elected" as an adverb.)
  return gap.slice(own + 1).every((t) => (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'VERB' || t.low === '-') && !t.cap);
}

/**
 * "and the European Council President", "and the Chinese Minister of Foreign Affairs,", "and
 * their Australian counterparts,": a conjunction, then the next name's office written out (an
 * article or possessive, capitalised words, "of", a possessive, "counterpart", a closing comma)
 * and no verb.
 */
function titledConjunct(gap: Tok[]): boolean {
  if (gap.length < 2 || gap.length > 10) return false;
  let q = gap[0]!.low === ',' ? 1 : 0;
  if (gap[q]?.low !== 'and') return false;
  q++;
  const possessive = /^(his|her|their)$/.test(gap[q]?.low ?? '');
  if (possessive || gap[q]?.low === 'the') q++;
  const rest = gap.slice(q, gap[gap.length - 1]!.low === ',' ? -1 : undefined);
  const counterpart = (t: Tok) => /^counterparts?$/.test(t.low);
  return rest.length > 0 && (rest[0]!.cap || counterpart(rest[0]!)) && rest.every((t) => t.cap || counterpart(t) || t.low === 'of' || t.low === "'s" || t.low === '’s');
}

/** "on Thursday and", "on 12 May and": each name of a list with its own day ("met A on Thursday and B on Wednesday"). */
function datedConjunct(gap: Tok[]): boolean {
  if (gap.length < 3 || gap.length > 5 || gap[0]!.low !== 'on' || gap[gap.length - 1]!.low !== 'and') return false;
  return gap.slice(1, -1).every((t) => DATE_WORDS.has(t.low) || t.pos === 'NUM' || t.low === ',');
}

export function uniqPersons(ms: PersonMention[]): Person[] {
  const seen = new Set<number>();
  const out: Person[] = [];
  for (const m of ms) if (!seen.has(m.person.id)) {
    seen.add(m.person.id);
    out.push(m.person);
  }
  return out;
}

/** ", who arrived in Colombo on Wednesday," between a subject and its verb. */
export function relativeSkip(toks: Tok[], from: number, to: number): boolean {
  return toks[from]?.low === ',' && (toks[from + 1]?.low === 'who' || toks[from + 1]?.low === 'whose') && toks[to - 1]?.low === ',';
}

const NUMBER_WORDS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

/** Plural office heads of a group reference ("the two ministers"), from data/group-nouns.yaml. */
const OFFICE_PLURALS = new Set(loadData<{ office_plurals: string[] }>('group-nouns.yaml').office_plurals);

/**
 * The people "the two leaders", "both sides" or "their" refer to: the people named earlier in
 * the same sentence when there are enough of them, else the last meeting group of that size.
 */
export function resolveGroup(ctx: StoryContext, s: Sentence, from: number, to: number, state: MeetingState): Person[] {
  const toks = ctx.parsed.toks;
  const size = toks.slice(from, Math.max(to, from + 1)).map((t) => NUMBER_WORDS[t.low]).find((x) => x !== undefined);
  const inSentence = uniqPersons(ctx.m.persons[s.index]!.filter((m) => m.to <= from));
  if (inSentence.length >= 2 && (!size || inSentence.length === size)) return inSentence;
  // "the two ministers", "the two presidents": the people just named with that office.
  const noun = toks[Math.max(to, from + 1) - 1]?.low ?? '';
  const head = OFFICE_PLURALS.has(noun) ? noun.slice(0, -1) : undefined;
  if (size && head) {
    for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
      const ps = uniqPersons(ctx.m.persons[k]!).filter((p) => p.titles.some((t) => t.toLowerCase().includes(head)));
      if (ps.length === size) return ps;
      if (ps.length) break;
    }
  }
  if (size) {
    for (let i = state.history.length - 1; i >= 0; i--) if (state.history[i]!.length === size) return [...state.history[i]!];
  }
  if (state.lastGroup.length) return [...state.lastGroup];
  // No meeting yet: the people of the last sentence that names enough of them.
  for (let k = s.index - 1; k >= 0 && k >= s.index - 3; k--) {
    const ps = uniqPersons(ctx.m.persons[k]!);
    if (ps.length >= (size ?? 2)) return size ? ps.slice(0, size) : ps;
  }
  return [];
}

export function sentenceHas(ctx: StoryContext, s: Sentence, word: string): boolean {
  for (let k = s.from; k < s.to; k++) if (ctx.parsed.toks[k]!.low === word) return true;
  return false;
}

/** Ambassadors and high commissioners live where they are posted: meeting there is no visit. */
export function isResident(p: Person): boolean {
  return p.titles.length > 0 && p.titles.every((t) => /ambassador|high commissioner|envoy/i.test(t));
}

/**
 * The person mention that ends before token `i` in its clause: the subject of a verb at `i`.
 * The clause ends at a boundary word or at `stop`; `maxGap` bounds the words between, and
 * `pronouns: false` skips pronoun mentions.
 */
export function subjectEndingBefore(ctx: StoryContext, s: Sentence, i: number, opts: { stop: string; maxGap?: number; pronouns?: boolean }): PersonMention | undefined {
  const toks = ctx.parsed.toks;
  const m = [...ctx.m.persons[s.index]!].reverse().find((x) => x.to <= i && (opts.pronouns !== false || x.kind !== 'pronoun'));
  if (!m || (opts.maxGap !== undefined && i - m.to > opts.maxGap)) return undefined;
  return toks.slice(m.to, i).some((t) => BOUNDARY.has(t.low) || t.low === opts.stop) ? undefined : m;
}
