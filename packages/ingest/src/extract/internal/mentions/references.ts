// References to the cast: short names, pronouns, "the Prime Minister", groups.
import { MASK } from '../lexicons.js';
import type { Sentence } from '../nlp.js';
import { HONORIFIC_WORDS, type Person, type PersonMention, isNameWord, matchTitle, nameEnd, titleCase } from '../people.js';
import { PARTICLE_HYPHEN_START, PRONOUN_SUBJ, SURNAME_AFTER, groupAt } from './words.js';
import type { PlaceMention } from '../mentions.js';
import type { MentionScan } from './scan.js';

/** A reader of one reference form at token i: the last token it read, or undefined when the form is not there. */
type ReferenceReader = (st: MentionScan, s: Sentence, i: number, extra: PersonMention[]) => number | undefined;

/** A cast member's short name ("Montenegro" after "Prime Minister": a country word can be a surname). */
const shortName: ReferenceReader = (st, s, i, extra) => {
  const { toks, placeAt, registry, stopAt } = st;
  const t = toks[i]!;
  // "Prime Minister Montenegro": after a title a country word can be a surname.
  const afterTitle = !!toks[i - 1] && toks[i - 1]!.cap && SURNAME_AFTER.has(toks[i - 1]!.low);
  const countrySurname = placeAt.has(i) && afterTitle && !!registry.findByWords([t.low]);
  if (!isNameWord(t) || (placeAt.has(i) && !countrySurname)) return undefined;
  const e = countrySurname ? i + 1 : nameEnd(toks, i, s.to, stopAt);
  if (e <= i) return undefined;
  const words = toks.slice(i, e).map((x) => x.low).filter((w) => !HONORIFIC_WORDS.has(w));
  const person = registry.findByWords(words);
  if (person) extra.push({ person, from: i, to: e, sent: s.index, kind: 'short', nameFrom: i });
  return e - 1;
};

/** A subject pronoun or "him": resolved after the sentence is read. */
const pronoun: ReferenceReader = (st, s, i, extra) => {
  const low = st.toks[i]!.low;
  if (!PRONOUN_SUBJ.has(low) && low !== 'him') return undefined;
  extra.push({ person: undefined as unknown as Person, from: i, to: i + 1, sent: s.index, kind: 'pronoun' });
  return i;
};

/** "His Highness" with no name after it: the one person the story introduced so. */
const bareHighness: ReferenceReader = (st, s, i, extra) => {
  const { toks, highness } = st;
  const low = toks[i]!.low;
  if (!((low === 'his' || low === 'her') && ['highness', 'majesty'].includes(toks[i + 1]?.low ?? '') && !isNameWord(toks[i + 2]) && !HONORIFIC_WORDS.has(toks[i + 2]?.low ?? '') && toks[i + 2]?.low !== 'sheikh' && highness.size === 1)) return undefined;
  extra.push({ person: [...highness][0]!, from: i, to: i + 2, sent: s.index, kind: 'title-ref' });
  return i + 1;
};

/** The cast members of a country an office head ("president", "leader", "minister") can refer to. */
function countryOfficeHolders(st: MentionScan, s: Sentence, pl: PlaceMention, tm: NonNullable<ReturnType<typeof matchTitle>>): Person[] {
  const { lex, registry, possIntroduced, formerTitled, addTitle } = st;
  let cands = registry.persons.filter((x) => x.national && x.country === pl.iso3 && x.titles.some((ti) => ti.toLowerCase().endsWith(tm.head)));
  // "the Finnish leader": the one head of state or government of that country.
  if (!cands.length && tm.head === 'leader') cands = registry.persons.filter((x) => x.national && x.country === pl.iso3 && x.titles.some((ti) => lex.headTitles.leader.test(ti)));
  // "Brazil's Luiz Lula … The Brazilian president": the one untitled person of that country; the role noun titles them.
  if (!cands.length) {
    const untitled = [...possIntroduced].filter((x) => x.country === pl.iso3 && !x.titles.length && !formerTitled.has(x));
    if (untitled.length === 1) {
      cands = untitled;
      if (tm.head !== 'leader') addTitle(untitled[0]!, titleCase(tm.title), pl.iso3, 3, true, s.index);
    }
  }
  // "the Chilean president" for "Chilean leader Luis Soto" (or a name with no title): the
  // story's one person of that country, when no title says otherwise.
  if (!cands.length && lex.headTitles.leader.test(tm.head)) {
    const own = registry.persons.filter((x) => x.country === pl.iso3);
    if (own.length === 1 && own[0]!.titles.every((ti) => /^leader$/i.test(ti))) cands = own;
  }
  // "the Canadian minister": a minister, not the country's prime minister.
  if (cands.length > 1 && tm.head === 'minister') {
    const plain = cands.filter((x) => !x.titles.some((ti) => lex.headTitles.leader.test(ti)));
    if (plain.length === 1) cands = plain;
  }
  return cands;
}

/** "the Kenyan President" (no name after it): the one person of that country with that office. */
const countryOfficeRef: ReferenceReader = (st, s, i, extra) => {
  const { p, lex, toks, placeAt } = st;
  if (toks[i]!.low !== 'the' || placeAt.get(i + 1)?.kind !== 'demonym') return undefined;
  const pl = placeAt.get(i + 1)!;
  const tm = matchTitle(toks, pl.to, s.to, lex, true, p.text);
  if (!tm || tm.plural || isNameWord(toks[tm.to]) || toks[tm.to]?.low === 'of' || toks[tm.to]?.low === "'s") return undefined;
  const cands = countryOfficeHolders(st, s, pl, tm);
  if (cands.length !== 1) return undefined;
  extra.push({ person: cands[0]!, from: i, to: tm.to, sent: s.index, kind: 'title-ref' });
  return tm.to - 1;
};

/** "the Prime Minister", "The President", "the king" (no name after it): the holder not yet named in the sentence. */
function officeRef(st: MentionScan, s: Sentence, i: number, extra: PersonMention[]): number | undefined {
  const { p, lex, toks, persons, registry } = st;
  const tm = matchTitle(toks, i + 1, s.to, lex, true, p.text);
  if (!tm || tm.plural || isNameWord(toks[tm.to]) || toks[tm.to]?.low === 'of') return undefined;
  const cands = registry.byTitle(tm.title.toLowerCase()).length ? registry.byTitle(tm.title.toLowerCase()) : registry.byTitle(tm.head);
  const named = new Set(persons[s.index]!.map((m) => m.person.id));
  const pool = cands.filter((c) => !named.has(c.id));
  const pick = pool.length === 1 ? pool[0] : pool.length > 1 ? pool.sort((a, b) => a.firstTok - b.firstTok)[0] : undefined;
  if (pick && toks[tm.to]?.low !== "'s") extra.push({ person: pick, from: i, to: tm.to, sent: s.index, kind: 'title-ref' });
  return tm.to - 1;
}

/** "the two leaders", "the three ministers", "both sides", "the leaders". */
function theGroup(st: MentionScan, s: Sentence, i: number): number | undefined {
  const { lex, toks, groups } = st;
  let k = i + 1;
  if (['two', 'three', 'four', 'both'].includes(toks[k]?.low ?? '')) k++;
  let g = groupAt(toks, k, s.to, lex);
  // "the two have spoken": a bare number is people.
  if (!g && k > i + 1 && !toks[k]?.cap && toks[k]?.pos !== 'NOUN' && toks[k]?.pos !== 'ADJ') g = { to: k, kind: 'people' };
  if (!g) return undefined;
  groups[s.index]!.push({ from: i, to: g.to, sent: s.index, kind: g.kind });
  return g.to - 1;
}

/** "the" and a title or a group. */
const theReference: ReferenceReader = (st, s, i, extra) => {
  if (st.toks[i]!.low !== 'the' || i + 1 >= s.to) return undefined;
  return officeRef(st, s, i, extra) ?? theGroup(st, s, i);
};

/** "both sides", "their delegations", a sentence-initial "Ministers": a group without "the". */
const groupWord: ReferenceReader = (st, s, i) => {
  const { lex, toks, groups } = st;
  const t = toks[i]!;
  if (!((t.low === 'both' || t.low === 'their' || (t.low === 'ministers' && t.cap && i === s.from)) && i + 1 <= s.to)) return undefined;
  const g = t.low === 'ministers' ? { to: i + 1, kind: 'people' as const } : groupAt(toks, i + 1, s.to, lex);
  if (!g) return undefined;
  groups[s.index]!.push({ from: i, to: g.to, sent: s.index, kind: g.kind });
  return g.to - 1;
};

const READERS: ReferenceReader[] = [shortName, pronoun, bareHighness, countryOfficeRef, theReference, groupWord];

/** Pronouns: he/she is the sentence's subject if one came before, else the last sentence's subject. */
function resolvePronouns(st: MentionScan, s: Sentence, all: PersonMention[], prevSubject: Person | undefined, subjectOf: (ms: PersonMention[]) => PersonMention | undefined): void {
  const { p, lex, toks, placeAt } = st;
  // "The Brazilian president arrived …, where he held talks": a subject of another country than
  // the last sentence's, which no rule could name, is who "he" is (so nobody we know).
  const lead = toks[s.from]!.low === 'the' ? placeAt.get(s.from + 1) : undefined;
  const unnamedLead = !!lead && lead.kind === 'demonym' && !!prevSubject && prevSubject.country !== lead.iso3 && !all.some((x) => x.from === s.from && x.person) && !!matchTitle(toks, lead.to, s.to, lex, true, p.text);
  for (const m of all) {
    if (m.kind !== 'pronoun') continue;
    const before = all.filter((x) => x.to <= m.from && x.kind !== 'pronoun' && x.person);
    const subj = subjectOf(before);
    if (!subj && unnamedLead) continue;
    if (toks[m.from]!.low === 'him') {
      const nearest = before[before.length - 1];
      m.person = (subj && subj !== nearest ? subj.person : prevSubject) as Person;
    } else m.person = (subj?.person ?? prevSubject) as Person;
  }
}

/** Short names, pronouns, "the Prime Minister", groups: resolved against the cast. */
export function findReferences(st: MentionScan): void {
  const { p, toks, persons, covered } = st;
  const subjectOf = (ms: PersonMention[]) => ms.find((m) => m.kind !== 'pronoun' && !['of', 'by', 'with', 'for', 'from'].includes(toks[m.from - 1]?.low ?? '')) ?? ms.find((m) => m.kind !== 'pronoun');
  let prevSubject: Person | undefined;
  for (const s of p.sentences) {
    const list = persons[s.index]!;
    const extra: PersonMention[] = [];
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      if (!t.cap && !(t.mask & MASK.pass3) && !PARTICLE_HYPHEN_START.test(t.text)) continue;
      if (covered.has(i) || list.some((m) => i >= m.from && i < m.to)) continue;
      for (const read of READERS) {
        const last = read(st, s, i, extra);
        if (last === undefined) continue;
        i = last;
        break;
      }
    }
    const all = [...list, ...extra].sort((a, b) => a.from - b.from);
    resolvePronouns(st, s, all, prevSubject, subjectOf);
    persons[s.index] = all.filter((m) => m.person);
    const subj = subjectOf(persons[s.index]!);
    if (subj) prevSubject = subj.person;
  }
}

/** Country words inside a person's name ("Luís Montenegro") are not places. */
export function dropPlacesInNames(st: MentionScan): void {
  const { n, places, persons, placeAt } = st;
  for (let si = 0; si < n; si++) {
    const inName = (pl: PlaceMention) => persons[si]!.some((m) => m.nameFrom !== undefined && pl.from >= m.nameFrom && pl.to <= m.to && m.kind !== 'pronoun' && m.kind !== 'title-ref');
    const drop = places[si]!.filter(inName);
    if (!drop.length) continue;
    places[si] = places[si]!.filter((pl) => !inName(pl));
    for (const d of drop) placeAt.delete(d.from);
  }
}
