// Places: countries by name, adjective, city or organisation, and each side of "India-France".
import type { Tok } from '../nlp.js';
import { MASK } from '../lexicons.js';
import { LOCATIVE } from './words.js';
import type { PlaceMention } from '../mentions.js';
import type { MentionScan } from './scan.js';

/**
 * "New Mexico", "New South Wales", "New Guinea": a place word right after a capitalised "New"
 * (one capitalised word may sit between) belongs to another, longer place name that the
 * gazetteer lacks. ("New US sanctions": an all-capitals abbreviation keeps its country.)
 */
function newShadowed(toks: Tok[], i: number, from: number): boolean {
  if (/^[A-Z.]+$/.test(toks[i]!.text)) return false;
  for (let q = i - 1; q >= from && i - q <= 2; q--) {
    if (toks[q]!.text === 'New') return true;
    if (!toks[q]!.cap) return false;
  }
  return false;
}

/** Every place and organisation mention, per sentence; placeAt indexes the places by first token. */
export function findPlaces(st: MentionScan): void {
  const { p, trie, toks, places, orgs, placeAt } = st;
  for (const s of p.sentences) {
    for (let i = s.from; i < s.to; ) {
      const t = toks[i]!;
      if (t.cap && (t.mask & MASK.place || t.text.includes('-'))) {
        const m = trie.matchToks(toks, i, s.to);
        if (m) {
          if (m.value.kind !== 'none' && !newShadowed(toks, i, s.from)) {
            const prev = toks[i - 1];
            const prev2 = toks[i - 2];
            const locative = (!!prev && prev.sent === t.sent && LOCATIVE.has(prev.low)) || (!!prev && prev.low === 'the' && !!prev2 && LOCATIVE.has(prev2.low));
            const pm: PlaceMention = { iso3: m.value.iso3, kind: m.value.kind, from: i, to: i + m.length, sent: s.index, locative, possessive: toks[i + m.length]?.low === "'s" };
            if (m.value.kind === 'org') orgs[s.index]!.push(pm);
            else {
              places[s.index]!.push(pm);
              placeAt.set(i, pm);
            }
          }
          i += m.length;
          continue;
        }
        // "India-France", "UK-EU", "US-Japan-ROK": each side of a hyphenated pair or trio.
        if (t.text.includes('-')) {
          const parts = t.low.split('-');
          const hits = parts.map((w) => trie.match((q) => (q === 0 ? w : undefined), 0));
          if (parts.length >= 2 && parts.length <= 4 && hits.every((h) => h && h.length === 1 && h.value.kind !== 'none')) {
            for (const h of hits) {
              const pm: PlaceMention = { iso3: h!.value.iso3, kind: h!.value.kind, from: i, to: i + 1, sent: s.index, locative: false, possessive: false };
              if (h!.value.kind === 'org') orgs[s.index]!.push(pm);
              else {
                places[s.index]!.push(pm);
                if (!placeAt.has(i)) placeAt.set(i, pm);
              }
            }
          }
        }
      }
      i++;
    }
  }
}
