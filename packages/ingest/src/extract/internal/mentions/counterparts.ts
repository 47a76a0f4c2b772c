// Counterparts: people the story introduces by their office's match on the other side.
import type { Sentence } from '../nlp.js';
import { PARTICLES as PARTICLES_LOW, type Person, isNameWord, matchTitle, nameEnd, nameText } from '../people.js';
import type { MentionScan } from './scan.js';

/** What the counterpart reader needs from the cast pass: the sentence's last titled person, the last shared-out titles, and where to leave an unnamed counterpart. */
export interface CounterpartContext {
  lastTitled: { person: Person; title: string } | undefined;
  lastTitleList: string[] | undefined;
  pendingCounterparts: { iso3: string; from: number; to: number; sent: number }[];
}

/** "his Canadian counterpart Mark Carney", "her French and German counterparts, A and B", "Luis Soto, her Chilean counterpart,": the index to read on from. */
export function readCounterparts(st: MentionScan, s: Sentence, i: number, cc: CounterpartContext): number {
  const { p, lex, toks, persons, placeAt, registry, covered, stopAt, skipHonorifics, addTitle, mention } = st;
  const { lastTitled, lastTitleList, pendingCounterparts } = cc;
  const t = toks[i]!;
  const demonyms: string[] = [];
  let possFrom = i;
  for (let q = i - 1; q >= s.from && q >= i - 6; q--) {
    const low = toks[q]!.low;
    if (low === 'his' || low === 'her' || low === 'their') {
      possFrom = q;
      break;
    }
    const pl = [...placeAt.values()].find((x) => x.from === q);
    if (pl) demonyms.unshift(pl.iso3);
  }
  let k = i + 1;
  if (toks[k]?.low === ',') k++;
  const own = matchTitle(toks, k, s.to, lex, false, p.text);
  if (own) k = own.to;
  k = skipHonorifics(k, s.to);
  const names: [number, number][] = [];
  let q = k;
  while (q < s.to) {
    const e = nameEnd(toks, q, s.to, stopAt);
    if (e <= q) break;
    names.push([q, e]);
    if (t.low === 'counterparts' && (toks[e]?.low === 'and' || toks[e]?.low === ',')) q = skipHonorifics(e + 1, s.to);
    else break;
  }
  // The speaker: a titled person of this sentence, else the last titled person of the story.
  const speaker = lastTitled ?? [...persons[s.index]!].reverse().map((m) => ({ person: m.person, title: m.person.titles[0] })).find((x) => x.title)
    ?? [...registry.persons].reverse().filter((x) => x.national && x.titles.length).map((x) => ({ person: x, title: x.titles[0] }))[0];
  // "their Turkish counterparts, A and B" after "foreign and defense ministers X and Y": the same offices in order.
  const shared = names.length > 1 && lastTitleList?.length === names.length ? lastTitleList : undefined;
  names.forEach(([a, b], idx) => {
    const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
    const title = own?.title ?? shared?.[idx] ?? speaker?.title;
    const c = demonyms.length === names.length ? demonyms[idx] : demonyms.length === 1 ? demonyms[0] : undefined;
    if (title) addTitle(person, title, c, c ? 3 : 0, true, s.index);
    mention(person, idx === 0 ? possFrom : a, b, s.index, 'full', a);
    for (let z = i; z < b; z++) covered.add(z);
  });
  // "Luis Soto, her Chilean counterpart,": the name stands before the appositive.
  if (!names.length && toks[possFrom - 1]?.low === ',' && demonyms.length === 1 && t.low === 'counterpart') {
    const ne = possFrom - 1;
    let nb = ne;
    while (nb - 1 >= s.from && ne - nb < 6 && (isNameWord(toks[nb - 1]) || (PARTICLES_LOW.has(toks[nb - 1]!.low) && isNameWord(toks[nb - 2])))) nb--;
    if (nb < ne && nameEnd(toks, nb, s.to, stopAt) === ne) {
      const person = registry.register(nameText(p.text, toks, nb, ne), nb, s.index);
      const title = own?.title ?? speaker?.title;
      if (title) addTitle(person, title, demonyms[0], 3, true, s.index);
      if (!persons[s.index]!.some((m) => m.person === person && m.from === nb)) mention(person, nb, i + 1, s.index, 'full', nb);
      for (let z = nb; z <= i; z++) covered.add(z);
      return i;
    }
  }
  if (names.length) return names[names.length - 1]![1] - 1;
  // "his Philippine counterpart" with no name: the story may name them later.
  if (demonyms.length === 1 && t.low === 'counterpart') pendingCounterparts.push({ iso3: demonyms[0]!, from: possFrom, to: i + 1, sent: s.index });
  return i;
}
