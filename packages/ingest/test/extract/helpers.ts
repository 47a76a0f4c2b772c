import type { Article, Triple } from '@wiregraph/core';
import { extractTriples } from '../../src/extract/index.js';

/** A story written for a test: one Article with the given body and date. */
export function story(body: string, opts: { date?: string; source?: string; id?: string } = {}): Article {
  return { id: opts.id ?? 't1', source: opts.source ?? 'Test Wire', published: opts.date ?? '2025-06-11', body, format: 'text' };
}

/** Compact "PRED subject|object" strings of the triples a story gives. */
export function facts(body: string, opts: Parameters<typeof story>[1] = {}): string[] {
  return extractTriples(story(body, opts)).map(fact);
}

export function fact(t: Triple): string {
  return `${t.predicate} ${t.subject.key}|${t.object.key}`;
}

/** Whether the compact facts hold a symmetric fact (MET, COOPERATES_WITH) of a and b, either way round. */
export function hasSymmetric(keys: string[], predicate: 'MET' | 'COOPERATES_WITH', a: string, b: string): boolean {
  return keys.includes(`${predicate} ${a}|${b}`) || keys.includes(`${predicate} ${b}|${a}`);
}

export function find(body: string, predicate: string, subject: string, object: string, opts: Parameters<typeof story>[1] = {}): Triple | undefined {
  return extractTriples(story(body, opts)).find(
    (t) => t.predicate === predicate && ((t.subject.key === subject && t.object.key === object) || (predicate === 'MET' || predicate === 'COOPERATES_WITH' ? t.subject.key === object && t.object.key === subject : false)),
  );
}

/** Loads the model and compiles the lexicons once, outside any one test's time limit. */
export function warmUp(): void {
  extractTriples(story('Warm-up.'));
}
