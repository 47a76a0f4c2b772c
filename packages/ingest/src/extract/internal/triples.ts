// The last stage: findings become triples, one per fact (shared/spec/TRIPLES.md).
import { tripleKey, type Triple } from '@wiregraph/core';
import type { Person } from './people.js';
import type { Finding } from './types.js';

/** One triple per fact: the first sentence is the evidence; dates and partners are merged. */
export function toTriples(articleId: string, findings: Finding[], sentences: { text: string; start: number; end: number }[], offset: number, persons: Person[]): Triple[] {
  const byKey = new Map<string, Triple>();
  const order = findings.slice().sort((a, b) => a.sent - b.sent);
  const nameOf = new Map(persons.map((p) => [p.key, p.name]));
  for (const f of order) {
    const subject = { ...f.subject, name: f.subject.type === 'Person' ? (nameOf.get(f.subject.key) ?? f.subject.name) : f.subject.name };
    const object = { ...f.object, name: f.object.type === 'Person' ? (nameOf.get(f.object.key) ?? f.object.name) : f.object.name };
    const t: Triple = { article: articleId, subject, predicate: f.predicate, object, date: f.date, evidence: sentences[f.sent]!.text, confidence: f.confidence };
    const key = tripleKey(t);
    const prev = byKey.get(key);
    if (prev) {
      if (f.partners) prev.partners = [...new Set([...(prev.partners ?? []), ...f.partners])];
      if (!prev.date && f.date) prev.date = f.date;
      // A visit is dated by the arrival when the text gives one (an arrival before any other move).
      if (f.predicate === 'VISITED' && f.date && ((f.rule === 'visited.move' && prev.rule !== 'visited.move' && prev.rule !== 'visited.arrival') || (f.rule === 'visited.arrival' && prev.rule !== 'visited.arrival'))) {
        prev.date = f.date;
        prev.rule = f.rule;
      }
      prev.confidence = Math.min(0.99, (prev.confidence ?? 0.5) + 0.05);
      continue;
    }
    if (f.title) t.title = f.title;
    if (f.partners) t.partners = [...f.partners];
    const s = sentences[f.sent]!;
    t.sentence = f.sent;
    t.start = s.start + offset;
    t.end = s.end + offset;
    t.rule = f.rule;
    byKey.set(key, t);
  }
  return [...byKey.values()];
}

