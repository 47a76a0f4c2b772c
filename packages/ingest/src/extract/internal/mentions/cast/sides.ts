// After the cast pass: the countries that "on the X side" and unnamed counterparts give.
import type { MentionScan } from '../scan.js';
import { cover, type PendingCounterpart } from './cursor.js';

/** "On the Philippine side, it was attended by Secretary X and Secretary Y": that side's office holders. */
export function placeSides(st: MentionScan): void {
  const { p, toks, persons, placeAt } = st;
  for (const s of p.sentences) {
    const t0 = toks[s.from]!.low;
    if ((t0 !== 'on' && t0 !== 'from' && t0 !== 'for') || toks[s.from + 1]?.low !== 'the') continue;
    const side = placeAt.get(s.from + 2);
    if (!side || side.kind === 'city' || toks[side.to]?.low !== 'side') continue;
    for (const pm of persons[s.index]!) {
      if (pm.kind === 'full' && pm.person.national && pm.person.countryStrength === 0) {
        pm.person.country = side.iso3;
        pm.person.countryStrength = 3;
      }
    }
  }
}

/** An unnamed counterpart ("his Kenyan counterpart") is the one person of that country the story names, if there is one. */
export function placeUnnamedCounterparts(st: MentionScan, pending: PendingCounterpart[]): void {
  const { persons, registry, covered } = st;
  for (const pc of pending) {
    const cands = registry.persons.filter((x) => x.country === pc.iso3 && x.national);
    if (cands.length === 1) {
      persons[pc.sent]!.push({ person: cands[0]!, from: pc.from, to: pc.to, sent: pc.sent, kind: 'short', nameFrom: pc.to });
      persons[pc.sent]!.sort((a, b) => a.from - b.from);
      cover(covered, pc.from, pc.to);
    }
  }
}
