import { readFileSync } from 'node:fs';
import { InputError, isPredicate, type Triple } from '@wiregraph/core';

/** Reads a triples JSON Lines file (gold or predictions); a bad line is an InputError naming file and line. */
export function readTriplesFile(path: string): Triple[] {
  const out: Triple[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (!l.trim()) return;
      let t: Triple;
      try {
        t = JSON.parse(l) as Triple;
      } catch (e) {
        throw new InputError('BAD_TRIPLE', `${path}:${i + 1}: not JSON`, path, { line: i + 1 }, { cause: e });
      }
      if (!t || typeof t.article !== 'string' || !isPredicate(t.predicate) || !t.subject?.key || !t.object?.key) {
        throw new InputError('BAD_TRIPLE', `${path}:${i + 1}: not a triple (article, subject, predicate, object)`, path, { line: i + 1 });
      }
      out.push(t);
    });
  return out;
}
