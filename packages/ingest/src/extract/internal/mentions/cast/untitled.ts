// People the cast introduces without a national office: "Brazil's Luiz Lula", "foreign policy chief X".
import { MASK } from '../../lexicons.js';
import { isNameWord, matchTitle, nameEnd, nameText } from '../../people.js';
import { possessiveIntro } from '../words.js';
import type { MentionScan } from '../scan.js';
import { cover, type CastCursor, type LegislatureTitle } from './cursor.js';
import { readOfficePhrase } from './office-phrase.js';

/** "Brazil's Luiz Inácio Lula da Silva": an untitled person of that country. Returns the index to read on from. */
export function readPossessiveIntro(st: MentionScan, c: CastCursor, i: number): number | undefined {
  const { p, lex, toks, placeAt, registry, possIntroduced, covered, stopAt, mention } = st;
  const { s } = c;
  const poss = placeAt.get(i);
  if (!poss || !poss.possessive || poss.kind !== 'name') return undefined;
  const k = poss.to + 1;
  const e = isNameWord(toks[k]) && !matchTitle(toks, k, s.to, lex, false, p.text) ? nameEnd(toks, k, s.to, stopAt) : k;
  if (!(e > k && possessiveIntro(toks, k, e, lex))) return undefined;
  const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
  if (person.countryStrength === 0 && !person.country) person.country = poss.iso3;
  possIntroduced.add(person);
  mention(person, i, e, s.index, 'full', k);
  cover(covered, i, e);
  return e - 1;
}

/** Roles that are not national offices still introduce a person ("foreign policy chief Kaja Kallas"). */
export function readRole(st: MentionScan, c: CastCursor, i: number, legis: LegislatureTitle | undefined): number | undefined {
  const { p, lex, toks, registry, covered, stopAt, skipHonorifics, countryBefore, mention } = st;
  const { s } = c;
  const t = toks[i]!;
  const role = !legis && t.mask & MASK.role ? lex.otherRoles.matchToks(toks, i, s.to) : undefined;
  if (!role || (t.low === 'leader' && !isNameWord(toks[i + role.length]))) return undefined;
  let k = i + role.length;
  // "Secretary-General of the Gulf Council X": the role's own phrase, then the name.
  const op = readOfficePhrase(st, i, k, s.to);
  if (op) k = op.k;
  if (toks[k]?.low === ',') k++;
  k = skipHonorifics(k, s.to);
  const e = nameEnd(toks, k, s.to, stopAt);
  if (e <= k) return undefined;
  const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
  // "Chile's President-elect X": not an office, but it says whose side they are on.
  const rc = countryBefore(i, s.from);
  if (rc && !rc.org && person.countryStrength === 0 && !person.country) person.country = rc.iso3;
  mention(person, rc && !rc.org ? rc.from : i, e, s.index, 'full', k);
  cover(covered, i, e);
  return e - 1;
}
