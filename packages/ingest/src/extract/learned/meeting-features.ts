import type { Parsed } from '../internal/nlp.js';
import { wordShape, type CueWords } from './cue-words.js';
import type { PersonSpan } from './person-spans.js';

/** Two people named in one sentence, `a` before `b`, and what the rules already said of them. */
export interface MeetingPair {
  a: PersonSpan;
  b: PersonSpan;
  /** Every person span of the sentence. */
  spans: readonly PersonSpan[];
  /** Ids of the rules that found a MET for this pair anywhere in the story. */
  rules: readonly string[];
}

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `${e}`;
  return `${edges[edges.length - 1]}+`;
}

/**
 * Delexicalised features of a candidate meeting pair: the rules' verdict, the shapes of the words
 * between and around the two names (cue and closed-class words by identity, anything else by
 * its tag, other people as P), cue classes by position, distance, and the pair's countries.
 */
export function meetingPairFeatures(parsed: Parsed, cw: CueWords, pair: MeetingPair): string[] {
  const { a, b, spans } = pair;
  const toks = parsed.toks;
  const s = parsed.sentences[a.sent]!;
  const f: string[] = ['bias'];
  if (pair.rules.length) for (const r of pair.rules) f.push(`rule=${r}`);
  else f.push('norule');
  const personAt = (k: number) => spans.find((m) => m.from <= k && k < m.to);
  const shapeAt = (k: number): string => {
    if (k < s.from || k >= s.to) return '<s>';
    const m = personAt(k);
    if (m) return m === a ? 'A' : m === b ? 'B' : 'P';
    const t = toks[k]!;
    return wordShape(cw, t.low, t.pos);
  };
  // Between the two names, other people collapse to one P each.
  const between: string[] = [];
  let others = 0;
  for (let k = a.to; k < b.from; k++) {
    const m = personAt(k);
    if (m) {
      if (k === m.from) {
        others++;
        between.push('P');
      }
      continue;
    }
    between.push(shapeAt(k));
  }
  for (const w of new Set(between)) f.push(`b:${w}`);
  if (between.length <= 6) f.push(`bp:${between.join('_')}`);
  const nP = bucket(others, [0, 1, 2]);
  f.push(`nP=${nP}`, `d=${bucket(b.from - a.to, [0, 1, 2, 5, 10, 20])}`);
  f.push(`l1:${shapeAt(a.from - 1)}`, `l2:${shapeAt(a.from - 2)}_${shapeAt(a.from - 1)}`);
  f.push(`r1:${shapeAt(b.to)}`, `r2:${shapeAt(b.to)}_${shapeAt(b.to + 1)}`);
  // Cue classes and cue words by where they stand: before A, between, after B.
  for (let k = s.from; k < s.to; k++) {
    const cls = cw.classOf.get(toks[k]!.low);
    if (!cls || personAt(k)) continue;
    const where = k < a.from ? 'p' : k < b.from ? 'b' : 'a';
    f.push(`${where}w:${toks[k]!.low}`);
    for (const c of cls) f.push(`${where}c:${c}`, `${where}c:${c}|nP=${nP}`);
  }
  const ca = a.person.countries;
  const cb = b.person.countries;
  if (ca.length && cb.length) f.push(ca.some((c) => cb.includes(c)) ? 'country=same' : 'country=diff');
  else f.push(ca.length || cb.length ? 'country=one' : 'country=none');
  f.push(`kinds=${a.kind}_${b.kind}`, `titled=${Number(a.person.titled)}${Number(b.person.titled)}`);
  f.push(`sent=${bucket(a.sent, [0, 1, 3, 8])}`, `persons=${bucket(new Set(spans.map((m) => m.person)).size, [2, 3, 4, 6])}`);
  return f;
}
