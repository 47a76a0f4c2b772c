// Cooperation frames of a sentence: the cue nouns and verbs, lists of areas, and one side's deals.
import type { Sentence, Tok } from '../nlp.js';
import { MASK } from '../lexicons.js';
import { areaListOpeners } from '../sector-list.js';
import { COLLECTIVE } from '../party-scope.js';
import type { StoryContext } from '../types.js';
import { dealOwner } from './pair-frames.js';
import { tradeFrames } from './trade-figures.js';
import { cooperationWords } from './words.js';

export interface Frame {
  from: number;
  to: number;
  /** A noun frame ("cooperation", "MoU") rather than a verb ("cooperate", "work with"). */
  noun: boolean;
  value: string;
}

/** The cue frames of a sentence ("cooperation in", "work with", "MoUs"), in order. */
function cueFrames(ctx: StoryContext, s: Sentence): Frame[] {
  const toks = ctx.parsed.toks;
  const frames: Frame[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (!(toks[i]!.mask & MASK.coop)) continue;
    const n = ctx.lex.coopNoun.matchToks(toks, i, s.to);
    const v = n ? undefined : ctx.lex.coopVerb.matchToks(toks, i, s.to);
    const m = n ?? v;
    if (!m) continue;
    // Capitalised frame words inside names ("Shanghai Cooperation Organization", "Comprehensive Strategic Partnership").
    // (But a headline-style capital between lower-case words is no name: "a number of Agreements covering …".)
    const lowerAround = !toks[i - 1]?.cap && /^[a-z]/.test(toks[i - 1]?.text ?? '') && /^[a-z]/.test(toks[i + m.length]?.text ?? '');
    if (toks[i]!.cap && i > s.from && !/^(MoU|MoUs|MOU|MOUs)$/.test(toks[i]!.text) && !lowerAround) continue;
    // "economic ties are substantial" describes; "expanding ties in X" cooperates.
    if (m.value === 'ties' && !toks.slice(Math.max(s.from, i - 3), i).some((t) => cooperationWords().tiesBuilders.test(t.low))) continue;
    if (COLLECTIVE.has(toks[i - 1]?.low ?? '') && !/^(with|between)$/.test(toks[i + m.length]?.low ?? '')) {
      i += m.length - 1;
      continue;
    }
    frames.push({ from: i, to: i + m.length, noun: !!n, value: m.value });
    i += m.length - 1;
  }
  return frames;
}

/**
 * All frames of a sentence, and the hub of "her government's migration deals with A, B and C"
 * (one side's deals with each of several partners) when there is one.
 */
export function sentenceFrames(ctx: StoryContext, s: Sentence): { frames: Frame[]; hub?: string } {
  const toks = ctx.parsed.toks;
  const frames = cueFrames(ctx, s);
  // "in the fields of X, Y and Z", "areas such as X": a list of areas frames the sentence too.
  for (const a of areaListOpeners(toks, s)) if (!frames.some((f) => a.from < f.to && f.from < a.to)) frames.push({ ...a, noun: true, value: 'areas of cooperation' });
  for (const c of [...pactContents(ctx, s), ...tradeFrames(toks, s), ...builtRelations(toks, s)]) if (!frames.some((f) => c.from < f.to && f.from < c.to)) frames.push(c);
  frames.sort((a, b) => a.from - b.from);
  let hub: string | undefined;
  const possessive = s.text.includes("'s") || s.text.includes('’s');
  for (let i = s.from + 1; possessive && i < s.to; i++) {
    if (!cooperationWords().dealNouns.has(toks[i]!.low) || toks[i + 1]?.low !== 'with' || !ctx.m.placeAt.has(i + 2)) continue;
    const owner = dealOwner(ctx, s, i);
    if (!owner) continue;
    hub = owner;
    if (!frames.some((f) => f.from === i)) frames.push({ from: i, to: i + 1, noun: true, value: toks[i]!.low });
    frames.sort((a, b) => a.from - b.from);
    break;
  }
  return { frames, hub };
}

const isPact = (low: string) => cooperationWords().pactWords.has(low) || low.startsWith('memorand');

/**
 * "These agreements relate to X, Y and Z", "The deals inked span …", "They cover …" (after a
 * sentence naming pacts): what signed documents are about is the area of their cooperation. A
 * pact noun (maybe with "signed"/"inked" after it), or a pronoun that opens the sentence, then
 * a content verb.
 */
function pactContents(ctx: StoryContext, s: Sentence): Frame[] {
  const toks = ctx.parsed.toks;
  const out: Frame[] = [];
  for (let i = s.from + 1; i < s.to; i++) {
    if (!cooperationWords().contentVerbs.has(toks[i]!.low)) continue;
    let q = i - 1;
    if (/^(signed|inked|reached|concluded|also|were|are|all)$/.test(toks[q]!.low)) q--;
    const low = toks[q]?.low ?? '';
    const prev = ctx.parsed.sentences[s.index - 1];
    const pronoun = q === s.from && /^(they|these|those|both|all)$/.test(low) && !!prev && ctx.parsed.toks.slice(prev.from, prev.to).some((t) => isPact(t.low));
    if (q < s.from || !(isPact(low) || pronoun)) continue;
    out.push({ from: q, to: i + 1, noun: true, value: 'pact contents' });
  }
  return out;
}

/** "Agreements were later signed on …", "Three MoUs were also inked": a signing with no subject. */
function passiveSigning(toks: readonly Tok[], from: number, f: Frame): boolean {
  if (f.value !== 'signed' && f.value !== 'inked') return false;
  if (!/^(was|were|been)$/.test(toks[f.from - 1]?.low ?? '') && !/^(was|were|been)$/.test(toks[f.from - 2]?.low ?? '')) return false;
  for (let q = f.from - 2; q >= from && f.from - q <= 5; q--) if (isPact(toks[q]!.low)) return true;
  return false;
}

/** A frame that states cooperation by itself, so it needs no sector to count. */
export function isStrongFrame(toks: readonly Tok[], s: Sentence, f: Frame): boolean {
  return f.noun || cooperationWords().jointWords.has(f.value.split(' ').pop()!.toLowerCase()) || /work|cooperate|collaborate|partner/.test(f.value) || passiveSigning(toks, s.from, f);
}

/** "strengthen bilateral relations with X", "deepening their relationship": relations a builder verb builds. */
function builtRelations(toks: readonly Tok[], s: Sentence): Frame[] {
  const w = cooperationWords();
  const out: Frame[] = [];
  for (let i = s.from + 1; i < s.to; i++) {
    if (!w.relationNouns.has(toks[i]!.low)) continue;
    if (toks.slice(Math.max(s.from, i - 3), i).some((t) => w.tiesBuilders.test(t.low))) out.push({ from: i, to: i + 1, noun: true, value: 'relations' });
  }
  return out;
}
