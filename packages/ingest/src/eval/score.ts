import { PREDICATES, PREDICATE_SIGNATURES, type Predicate, type Triple } from '@wiregraph/core';

/** Precision, recall and F1 over unique triples. */
export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  overall: Figures;
  byPredicate: Record<Predicate, Figures>;
  /** Share of matched triples whose date equals gold's (null = null counts as equal). */
  dateAccuracy: { matched: number; correct: number; accuracy: number };
  falsePositives: Triple[];
  misses: Triple[];
  /** Matched pairs whose dates differ. */
  dateErrors: { gold: Triple; predicted: Triple }[];
}

function figures(tp: number, fp: number, fn: number): Figures {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Particles that make what follows a father's name, not a family name: `mohammed bin salman`. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'ould']);

function nameParts(key: string): string[] {
  const parts = key.split(' ').filter((w) => w.length > 0);
  while (parts.length > 1 && GENERATIONAL.has(parts[parts.length - 1]!)) parts.pop();
  return parts;
}

/** `short` is a subsequence of `long`, in order. */
function inOrder(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * Person keys match by the contract's scoring rules (docs/triples.md, "Scoring"), ignoring a
 * generational suffix: equal; one is the other's last name(s) (`sunak` ~ `rishi sunak`) but not
 * through a patronymic (`salman` ≁ `mohammed bin salman`); the same names in another order
 * (`suga yoshihide` ~ `yoshihide suga`); or a shorter form with the same first name and the rest
 * in order (`luis arce` ~ `luis arce catacora`).
 */
export function personKeysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = nameParts(a);
  const pb = nameParts(b);
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  if (short.join(' ') === long.join(' ')) return true;
  if (short.length === long.length) return [...short].sort().join(' ') === [...long].sort().join(' ');
  const tail = long.slice(long.length - short.length);
  if (tail.join(' ') === short.join(' ')) return !PATRONYMIC.has(long[long.length - short.length - 1]!);
  return short.length >= 2 && short[0] === long[0] && inOrder(short, long);
}

function keysMatch(type: string, a: string, b: string): boolean {
  return type === 'Person' ? personKeysMatch(a, b) : a === b;
}

function sameFact(g: Triple, p: Triple): boolean {
  if (g.article !== p.article || g.predicate !== p.predicate) return false;
  const st = PREDICATE_SIGNATURES[g.predicate];
  const direct = keysMatch(st.subject, g.subject.key, p.subject.key) && keysMatch(st.object, g.object.key, p.object.key);
  if (direct) return true;
  return st.symmetric && keysMatch(st.object, g.subject.key, p.object.key) && keysMatch(st.subject, g.object.key, p.subject.key);
}

/** Unique triples by scoring key (article, predicate, subject, object; symmetric in either order). */
function unique(ts: readonly Triple[]): Triple[] {
  const out: Triple[] = [];
  for (const t of ts) if (!out.some((o) => sameFact(o, t))) out.push(t);
  return out;
}

/**
 * Scores predicted triples against gold by the contract's rules (docs/triples.md,
 * "Scoring"): one-to-one matching per article and predicate, person keys also matching by
 * last name(s); dates scored separately on matched triples.
 */
export function scoreTriples(gold: readonly Triple[], predicted: readonly Triple[]): EvalReport {
  const g = unique(gold);
  const p = unique(predicted);
  const byArticlePred = (ts: Triple[]) => {
    const m = new Map<string, Triple[]>();
    for (const t of ts) {
      const k = `${t.article}\u0000${t.predicate}`;
      let l = m.get(k);
      if (!l) m.set(k, (l = []));
      l.push(t);
    }
    return m;
  };
  const pIndex = byArticlePred(p);
  const usedP = new Set<Triple>();
  const matches: [Triple, Triple][] = [];
  const misses: Triple[] = [];
  // Exact key matches first, then last-name matches, so a short key does not steal a full one.
  const gSorted = g.slice();
  for (const pass of [true, false]) {
    for (const gt of gSorted) {
      if (matches.some(([x]) => x === gt)) continue;
      const cands = pIndex.get(`${gt.article}\u0000${gt.predicate}`) ?? [];
      const hit = cands.find((pt) => !usedP.has(pt) && sameFact(gt, pt) && (!pass || exactKeys(gt, pt)));
      if (hit) {
        usedP.add(hit);
        matches.push([gt, hit]);
      }
    }
  }
  for (const gt of g) if (!matches.some(([x]) => x === gt)) misses.push(gt);
  const falsePositives = p.filter((t) => !usedP.has(t));
  const byPredicate = {} as Record<Predicate, Figures>;
  for (const pred of PREDICATES) {
    const tp = matches.filter(([x]) => x.predicate === pred).length;
    byPredicate[pred] = figures(tp, falsePositives.filter((t) => t.predicate === pred).length, misses.filter((t) => t.predicate === pred).length);
  }
  const dateErrors = matches.filter(([a, b]) => (a.date ?? null) !== (b.date ?? null)).map(([gold, predicted]) => ({ gold, predicted }));
  return {
    overall: figures(matches.length, falsePositives.length, misses.length),
    byPredicate,
    dateAccuracy: { matched: matches.length, correct: matches.length - dateErrors.length, accuracy: matches.length ? (matches.length - dateErrors.length) / matches.length : 0 },
    falsePositives,
    misses,
    dateErrors,
  };
}

function exactKeys(a: Triple, b: Triple): boolean {
  const sym = PREDICATE_SIGNATURES[a.predicate].symmetric;
  return (a.subject.key === b.subject.key && a.object.key === b.object.key) || (sym && a.subject.key === b.object.key && a.object.key === b.subject.key);
}
