import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Where the ingest package keeps its lexicons (each file has a header saying what it holds). */
export const DATA_DIR = new URL('../../../data/', import.meta.url);

const cache = new Map<string, unknown>();

/** Reads one YAML data file of packages/ingest/data once per thread. */
export function loadData<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    v = parseYaml(readFileSync(new URL(name, DATA_DIR), 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}

/**
 * A token-sequence trie: phrases are split into lower-case folded words and matched against
 * token streams, longest match first, so a lexicon of thousands costs one map hop per token.
 */
export class PhraseTrie<V> {
  private root: TrieNode<V> = { next: new Map() };

  add(words: readonly string[], value: V, overwrite = false): void {
    if (words.length === 0) return;
    let n = this.root;
    for (const w of words) {
      let c = n.next.get(w);
      if (!c) {
        c = { next: new Map() };
        n.next.set(w, c);
      }
      n = c;
    }
    if (overwrite || n.value === undefined) n.value = value;
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }

  /** True when some phrase starts with this word: a cheap filter before `match`. */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }

  /** Longest match over a token array's folded words, from `from` up to `end` (exclusive). */
  matchToks(toks: readonly { low: string }[], from: number, end: number): { value: V; length: number } | undefined {
    let n: TrieNode<V> | undefined = this.root;
    let best: { value: V; length: number } | undefined;
    for (let i = from; i < end; i++) {
      n = n.next.get(toks[i]!.low);
      if (!n) break;
      if (n.value !== undefined) best = { value: n.value, length: i - from + 1 };
    }
    return best;
  }

  /** Longest match starting at `from`; `word(i)` gives the folded word at i or undefined past the end. */
  match(word: (i: number) => string | undefined, from: number): { value: V; length: number } | undefined {
    let n: TrieNode<V> | undefined = this.root;
    let best: { value: V; length: number } | undefined;
    for (let i = from; ; i++) {
      const w = word(i);
      if (w === undefined) break;
      n = n.next.get(w);
      if (!n) break;
      if (n.value !== undefined) best = { value: n.value, length: i - from + 1 };
    }
    return best;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/** Splits a phrase into the words our tokens carry: "people-to-people" stays one, "Jean-Noël" one, "Japan's" two. */
export function phraseWords(phrase: string, fold: (s: string) => string): string[] {
  return fold(phrase)
    .replace(/([a-z0-9])'s\b/g, "$1 's")
    .replace(/([,;:()])/g, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
}

/** A regular-expression alternation of the words, each taken literally and followed by `suffix` (a pattern). */
export function anyOfWords(words: readonly string[], suffix = ''): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + suffix).join('|');
}
