import { foldText, type Triple } from '@wiregraph/core';
import type { Parsed } from '../internal/nlp.js';

/** A person the extractor found, as a learned stage sees them. */
export interface KnownPerson {
  key: string;
  name: string;
  /** Folded lower-case words of the display name. */
  words: string[];
  /** Countries of the person's HOLDS_OFFICE triples. */
  countries: string[];
  titled: boolean;
}

/** Where a known person is named (or referred to by a sentence-initial he/she) in the story. */
export interface PersonSpan {
  person: KnownPerson;
  sent: number;
  from: number;
  to: number;
  kind: 'name' | 'surname' | 'pronoun';
}

/** A person the mention stage named, whether or not any triple came of it. */
export interface NamedPerson {
  key: string;
  name: string;
  country?: string;
  titles: readonly string[];
}

/** The people of a story's triples, with their offices' countries, then the other people it names. */
export function knownPersons(triples: readonly Triple[], named: readonly NamedPerson[] = []): KnownPerson[] {
  const byKey = new Map<string, KnownPerson>();
  for (const t of triples) {
    for (const e of [t.subject, t.object]) {
      if (e.type !== 'Person' || byKey.has(e.key)) continue;
      const words = foldText(e.name || e.key).toLowerCase().split(/\s+/).filter((w) => w.length > 0);
      byKey.set(e.key, { key: e.key, name: e.name, words, countries: [], titled: false });
    }
    if (t.predicate === 'HOLDS_OFFICE') {
      const p = byKey.get(t.subject.key)!;
      if (!p.countries.includes(t.object.key)) p.countries.push(t.object.key);
      p.titled = true;
    }
  }
  for (const p of named) {
    if (byKey.has(p.key) || !p.key) continue;
    const words = foldText(p.name || p.key).toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    byKey.set(p.key, { key: p.key, name: p.name, words, countries: p.country ? [p.country] : [], titled: p.titles.length > 0 });
  }
  return [...byKey.values()];
}

const PRONOUNS = new Set(['he', 'she']);

/**
 * Finds each known person's names in the parsed story: the full name, or the last word alone
 * when no other person shares it; a "he"/"she" opening a sentence stands for the previous
 * sentence's first-named person. Longer matches win; spans never overlap.
 */
export function personSpans(parsed: Parsed, persons: readonly KnownPerson[]): PersonSpan[][] {
  const lastWordOwners = new Map<string, number>();
  for (const p of persons) {
    const last = p.words[p.words.length - 1];
    if (last && last.length > 2) lastWordOwners.set(last, (lastWordOwners.get(last) ?? 0) + 1);
  }
  const out: PersonSpan[][] = parsed.sentences.map(() => []);
  const toks = parsed.toks;
  // Full names first, longest first.
  const byLength = persons.slice().sort((a, b) => b.words.length - a.words.length);
  for (const s of parsed.sentences) {
    const spans = out[s.index]!;
    const taken = new Set<number>();
    for (const p of byLength) {
      const n = p.words.length;
      if (n === 0) continue;
      for (let k = s.from; k + n <= s.to; k++) {
        let ok = true;
        for (let j = 0; j < n && ok; j++) ok = toks[k + j]!.low === p.words[j] && !taken.has(k + j);
        if (!ok) continue;
        for (let j = 0; j < n; j++) taken.add(k + j);
        spans.push({ person: p, sent: s.index, from: k, to: k + n, kind: 'name' });
      }
    }
    for (const p of persons) {
      const last = p.words[p.words.length - 1];
      if (!last || p.words.length < 2 || last.length <= 2 || lastWordOwners.get(last) !== 1) continue;
      for (let k = s.from; k < s.to; k++) {
        if (taken.has(k) || toks[k]!.low !== last || !toks[k]!.cap) continue;
        taken.add(k);
        spans.push({ person: p, sent: s.index, from: k, to: k + 1, kind: 'surname' });
      }
    }
    spans.sort((a, b) => a.from - b.from);
    const prev = s.index > 0 ? out[s.index - 1]![0] : undefined;
    for (let k = s.from; k < Math.min(s.to, s.from + 3); k++) {
      if (!PRONOUNS.has(toks[k]!.low) || !prev || spans.some((m) => m.person === prev.person)) continue;
      spans.unshift({ person: prev.person, sent: s.index, from: k, to: k + 1, kind: 'pronoun' });
      break;
    }
  }
  return out;
}
