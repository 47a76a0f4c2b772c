// The story's scene as its text sets it: where it is set, the summit its lede places, a summit
// "here". Computed once, before any rule, and frozen.
import type { Scene, StoryContext } from '../types.js';
import { modality } from '../clauses/modality.js';
import { sentenceHas } from '../clauses/people.js';

const HERE = /\bhere\b/;
const SUMMIT_IN = /\b(?:summit|conference|forum) in\b/i;
const SCENE_NOUNS = /^(summit|conference|forum|cop\d*|meeting|talks|games)$/;
const SUMMIT_NOUNS = /^(summit|summits|conference|forum|sidelines|margins)$/;

/** A story without a dateline is set where its summit or conference is ("the climate summit in Belém"). */
function summitSetting(ctx: StoryContext): string | undefined {
  const { parsed, m } = ctx;
  let found: string | undefined;
  for (const s of parsed.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (!SCENE_NOUNS.test(parsed.toks[k]!.low)) continue;
      if (parsed.toks[k + 1]?.low !== 'in') continue;
      const pl = m.placeAt.get(k + 2);
      if (pl && pl.kind !== 'demonym' && !modality(ctx, s, k, { noun: true, cueEnd: k + 1 }) && /summit|conference|forum|cop/.test(parsed.toks[k]!.low)) {
        found = pl.iso3;
        break;
      }
    }
    if (found) break;
  }
  return found;
}

/** "on the sidelines of the ASEAN Summit in Kuala Lumpur" in the lede: where "the summit" is, whatever the dateline. */
function ledeSummit(ctx: StoryContext): string | undefined {
  const { parsed, m } = ctx;
  if (!SUMMIT_IN.test(parsed.text)) return undefined;
  let found: string | undefined;
  for (const s of parsed.sentences.slice(0, 2)) {
    for (let k = s.from; k < s.to - 2 && !found; k++) {
      if (!/^(summit|conference|forum)$/.test(parsed.toks[k]!.low) || parsed.toks[k + 1]!.low !== 'in') continue;
      const pl = m.placeAt.get(k + 2);
      if (pl && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.iso3 && !modality(ctx, s, k, { noun: true, cueEnd: k + 1 })) found = pl.iso3;
    }
  }
  return found;
}

/** "Leaders attending the summit here …": the story is set at a summit in the dateline place. */
function summitHere(ctx: StoryContext): boolean {
  const { parsed } = ctx;
  if (!ctx.datelineCountry || !HERE.test(parsed.text)) return false;
  for (const s of parsed.sentences) {
    if (!sentenceHas(ctx, s, 'here')) continue;
    for (let k = s.from; k < s.to; k++) {
      if (SUMMIT_NOUNS.test(parsed.toks[k]!.low) && !modality(ctx, s, k, { noun: true, cueEnd: k + 1 })) return true;
    }
  }
  return false;
}

/** The scene the text sets, from a context that knows the dateline's country. */
export function textScene(ctx: StoryContext): Scene {
  const sceneCountry = ctx.datelineCountry || (summitSetting(ctx) ?? ctx.datelineCountry);
  const summitCountry = ledeSummit(ctx);
  const here = summitHere(ctx);
  return Object.freeze({ datelineCountry: ctx.datelineCountry, sceneCountry, ...(summitCountry ? { summitCountry } : {}), ...(here ? { summitHere: true } : {}) });
}
