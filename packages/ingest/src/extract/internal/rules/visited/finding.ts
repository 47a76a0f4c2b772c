import type { Person } from '../../people.js';
import type { Finding } from '../../types.js';

/** One VISITED finding: person p was in country `where`, per sentence `sent`. */
export function visitedFinding(p: Person, where: string, sent: number, date: string | null, confidence: number, rule: string): Finding {
  return { predicate: 'VISITED', subject: { type: 'Person', key: p.key, name: p.name }, object: { type: 'Country', key: where, name: where }, sent, date, confidence, rule };
}
