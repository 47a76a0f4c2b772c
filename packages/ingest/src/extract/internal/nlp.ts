import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldText } from '@wiregraph/core';
import { wordMask } from './lexicons.js';
import { anyOfWords, loadData } from './lexicon.js';

/** One word of the story as our rules see it: wink tokens, with split letter runs re-joined ("Phạm", "Jean-Noël"). */
export interface Tok {
  text: string;
  /** Folded lower case ("chinh"), for lexicon look-ups. */
  low: string;
  start: number;
  end: number;
  pos: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Sentence index. */
  sent: number;
  /** Which lexicons have a phrase starting with this word (bits of MASK). */
  mask: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  text: string;
}

export interface Parsed {
  text: string;
  toks: Tok[];
  sentences: Sentence[];
}

type WinkNlp = ReturnType<typeof winkNLP>;
let nlp: WinkNlp | undefined;

/**
 * The annotations our rules read: sentences and part-of-speech tags. wink's default pipe also
 * runs its entity recogniser, negation and sentiment, which nothing here reads and which cost
 * about a third of readDoc; tokens, tags and sentences are the same without them.
 */
export const WINK_PIPE = ['sbd', 'pos'];

/** The wink-nlp instance: its English model ships as an npm package and is loaded once per thread. */
export function wink(): WinkNlp {
  nlp ??= winkNLP(model, WINK_PIPE);
  return nlp;
}

const LETTER = /^[\p{L}\p{M}]/u;
const CAP = /^\p{Lu}/u;

/** A word's folded form and its lexicon bits (see Tok). */
interface WordForm {
  low: string;
  mask: number;
}

// Folding and the lexicon bits are per distinct word: news vocabulary repeats, so one cache
// look-up per token serves both.
const formCache = new Map<string, WordForm>();
function wordForm(v: string): WordForm {
  let f = formCache.get(v);
  if (f === undefined) {
    // A curly apostrophe is the same mark as a straight one ("Kenya’s", "d’Ivoire").
    const low = /^[\x00-\x7f]*$/.test(v) ? v.toLowerCase() : foldText(v).replace(/’/g, "'");
    f = { low, mask: wordMask(low) };
    if (formCache.size > 100_000) formCache.clear();
    formCache.set(v, f);
  }
  return f;
}

function isCap(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(v);
}

/** The abbreviations of data/abbreviations.yaml, written without their final period. */
interface Abbreviations {
  styles: string[];
  dotted_styles: string[];
  name_suffixes: string[];
  other_abbreviations: string[];
}

/**
 * Initials and short styles never end a sentence; other abbreviations only before a lower-case
 * word; the period after a style or a name suffix stays with it ("Ma" "." → "Ma.").
 */
function abbreviationPatterns(): { initial: RegExp; other: RegExp; short: RegExp } {
  const a = loadData<Abbreviations>('abbreviations.yaml');
  return {
    initial: new RegExp(`^(?:\\p{Lu}\\.|${anyOfWords(a.styles, '\\.')}|${anyOfWords(a.dotted_styles)})$`, 'u'),
    other: new RegExp(`^(?:[\\p{L}-]*(?:\\p{Lu}\\.){2,}|${anyOfWords([...a.name_suffixes, ...a.other_abbreviations], '\\.')})$`, 'u'),
    short: new RegExp(`^(?:\\p{Lu}|${anyOfWords([...new Set([...a.styles, ...a.name_suffixes])])}|[\\p{L}]+-\\p{Lu})$`, 'u'),
  };
}
const { initial: INITIAL_ABBR, other: ABBR, short: SHORT_ABBR } = abbreviationPatterns();

// A short initial written against the name it abbreviates for ("Kh.Varanbat", "Ts.Dorj"): a
// name, never a sentence end, since a new sentence always follows a space.
const GLUED_INITIAL = /^\p{Lu}\p{Ll}{0,2}\.$/u;

/** Whether the period at `i` sits between a short capitalised word and a capitalised word, with no space either side. */
function gluedInitialAt(values: string[], spaces: string[], i: number): boolean {
  const prev = values[i - 1] ?? '';
  const next = values[i + 1] ?? '';
  return spaces[i] === '' && spaces[i + 1] === '' && /^\p{Lu}\p{Ll}{0,2}$/u.test(prev) && isCap(next) && LETTER.test(next);
}

function continuesAfter(prev: string, next: string): boolean {
  if (INITIAL_ABBR.test(prev)) return true;
  if (!ABBR.test(prev)) return false;
  // "Canada-U.S. Trade": an abbreviation inside a compound modifies the next word.
  if (/-/.test(prev)) return true;
  return !isCap(next) || /^\d/.test(next);
}

/**
 * Parses text with wink-nlp and returns our token and sentence layer. Character offsets come
 * from wink's preceding-space record, which reproduces the text exactly. Sentences are also cut
 * at line breaks (list items, paragraphs), since wire copy puts one idea per line.
 */
export function parse(text: string): Parsed {
  const w = wink();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentOfTok = new Int32Array(values.length);
  for (let s = 0; s < spans.length; s++) for (let i = spans[s]![0]; i <= spans[s]![1]; i++) sentOfTok[i] = s;

  const toks: Tok[] = [];
  const breaks: boolean[] = [];
  let offset = 0;
  let lastWinkSent = -1;
  let pendingBreak = false;
  for (let i = 0; i < values.length; i++) {
    const sp = spaces[i]!;
    const v = values[i]!;
    const start = offset + sp.length;
    const end = start + v.length;
    offset = end;
    if (sp.includes('\n')) pendingBreak = true;
    if (v.trim() === '') {
      if (v.includes('\n')) pendingBreak = true;
      continue;
    }
    const prev = toks[toks.length - 1];
    // Re-join letters wink split apart (combining or rare letters, hyphenated names).
    if (prev && sp === '' && !pendingBreak && prev.end === start) {
      const joinLetters = (v.charCodeAt(0) > 127 || prev.text.charCodeAt(prev.text.length - 1) > 127) && LETTER.test(v) && /[\p{L}\p{M}]$/u.test(prev.text) && !/^'/.test(v);
      const joinHyphen = prev.text.endsWith('-') && LETTER.test(v) && prev.text.length > 1;
      const startHyphen = v === '-' && /[\p{L}]$/u.test(prev.text) && i + 1 < values.length && spaces[i + 1] === '' && LETTER.test(values[i + 1]!);
      // "Ma" "." → "Ma.", "Canada-U" "." "S." → "Canada-U.S.": abbreviations stay one word.
      const joinAbbr = (v === '.' && prev.text.length <= 12 && (SHORT_ABBR.test(prev.text) || gluedInitialAt(values, spaces, i))) || (v.length === 2 && v[1] === '.' && prev.text.endsWith('.') && /^\p{Lu}\.$/u.test(v) && /(?:^|[-.])\p{Lu}\.$/u.test(prev.text));
      if (joinLetters || joinHyphen || startHyphen || joinAbbr) {
        prev.text += v;
        prev.end = end;
        const form = wordForm(prev.text);
        prev.low = form.low;
        prev.mask = form.mask;
        continue;
      }
    }
    const ws = sentOfTok[i]!;
    // wink ends a sentence at some abbreviations ("Ferdinand R. Marcos Jr. on", "Ma. Theresa", "Canada-U.S. Trade").
    const glued = !!prev && prev.end === start && GLUED_INITIAL.test(prev.text) && isCap(v);
    const winkBreak = ws !== lastWinkSent && !(prev && !pendingBreak && (glued || continuesAfter(prev.text, v)));
    breaks.push(pendingBreak || winkBreak);
    lastWinkSent = ws;
    pendingBreak = false;
    const form = wordForm(v);
    toks.push({ text: v, low: form.low, start, end, pos: pos[i]!, cap: isCap(v), sent: 0, mask: form.mask });
  }

  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i === toks.length || breaks[i]) {
      if (i > from) {
        const index = sentences.length;
        for (let k = from; k < i; k++) toks[k]!.sent = index;
        const start = toks[from]!.start;
        const end = toks[i - 1]!.end;
        sentences.push({ index, start, end, from, to: i, text: text.slice(start, end) });
      }
      from = i;
    }
  }
  return { text, toks, sentences };
}
