// One country's cooperation with each of several partners: a hub and its spokes.
import type { Sentence } from '../nlp.js';
import { clauseBlocked, dateNear } from '../relations.js';
import type { Finding, StoryContext } from '../types.js';

/** COOPERATES_WITH and COOPERATES_ON for a hub and its partners (each pair includes the hub). */
export function starFindings(ctx: StoryContext, s: Sentence, out: Finding[], hub: string, spokes: string[], sectors: { key: string }[], frameAt: number): void {
  const date = dateNear(ctx, s, frameAt) ?? ctx.newsDay ?? (ctx.articleDate || null);
  for (const c of spokes) {
    out.push({ predicate: 'COOPERATES_WITH', subject: { type: 'Country', key: hub, name: hub }, object: { type: 'Country', key: c, name: c }, sent: s.index, date, confidence: 0.75, rule: 'coop.with-hub' });
  }
  for (const sm of sectors) {
    out.push({ predicate: 'COOPERATES_ON', subject: { type: 'Country', key: hub, name: hub }, object: { type: 'Sector', key: sm.key, name: sm.key }, partners: [...spokes], sent: s.index, date, confidence: 0.7, rule: 'coop.on-hub' });
    for (const c of spokes) {
      out.push({ predicate: 'COOPERATES_ON', subject: { type: 'Country', key: c, name: c }, object: { type: 'Sector', key: sm.key, name: sm.key }, partners: [hub], sent: s.index, date, confidence: 0.7, rule: 'coop.on-hub' });
    }
  }
}

/**
 * "Cuba maintains medical brigades in more than 50 countries, including A, B and C": one
 * country's ongoing programme in others is existing cooperation of that country with each of
 * them, on the programme's sector. The country opens the sentence, the verb follows it, and the
 * sector phrase's head (or the word after it) is a programme noun.
 */
export function presenceFindings(ctx: StoryContext, s: Sentence, out: Finding[]): boolean {
  const toks = ctx.parsed.toks;
  const hub = ctx.m.places[s.index]!.find((p) => p.from <= s.from + 1 && p.kind !== 'city' && p.kind !== 'demonym' && !p.possessive);
  if (!hub || !ctx.lex.presenceVerbs.has(toks[hub.to]?.low ?? '')) return false;
  const v = hub.to;
  const sm = ctx.m.sectors[s.index]!.find((x) => x.from > v && x.from - v <= 2);
  if (!sm || !(ctx.lex.presenceNouns.has(toks[sm.to - 1]!.low) || ctx.lex.presenceNouns.has(toks[sm.to]?.low ?? ''))) return false;
  if (clauseBlocked(ctx, s, v)) return false;
  const spokes: string[] = [];
  for (const p of ctx.m.places[s.index]!) {
    if (p.from < sm.to || p.kind === 'city' || p.kind === 'demonym' || p.iso3 === hub.iso3 || spokes.includes(p.iso3)) continue;
    // ("…, despite pressure from Washington": not where the programme runs.)
    if (/^(from|against|despite|by)$/.test(toks[p.from - 1]?.low ?? '')) continue;
    spokes.push(p.iso3);
  }
  if (!spokes.length) return false;
  starFindings(ctx, s, out, hub.iso3, spokes, [sm], v);
  return true;
}
