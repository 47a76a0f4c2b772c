import { foldText } from '@wiregraph/core';
// Rule office.title: HOLDS_OFFICE for every national office holder the story places in a country.
import type { Finding, StoryContext } from '../../types.js';

/** HOLDS_OFFICE: every national office holder the story places in a country, at the sentence naming the office. */
export function officeFindings(ctx: StoryContext, findings: Finding[]): void {
  const { m, lex, articleDate } = ctx;
  for (const p of m.registry.persons) {
    if (!p.national || !p.country || p.officeSent === undefined) continue;
    const civil = lex.civilService.get(p.country);
    if (civil && p.titles.every((t) => civil.has(foldText(t)))) continue;
    // A crown prince with no government post holds no office (contract v1.1).
    if (p.titles.every((t) => /^crown prince(?: of .+)?$/i.test(t))) continue;
    // "King X and Queen Y": beside a reigning king, a queen is his consort, who holds no office.
    if (p.titles.every((t) => /^queen$/i.test(t)) && m.registry.persons.some((q) => q !== p && q.country === p.country && q.titles.some((t) => /^king$/i.test(t)))) continue;
    findings.push({
      predicate: 'HOLDS_OFFICE',
      subject: { type: 'Person', key: p.key, name: p.name },
      object: { type: 'Country', key: p.country, name: p.country },
      sent: p.officeSent, date: articleDate || null, confidence: p.countryStrength >= 2 ? 0.9 : 0.7, rule: 'office.title', title: p.titles.join('; '),
    });
  }
}
