import { foldText } from '@wiregraph/core';
import type { Parsed, Tok } from './nlp.js';
import { lexicons, MASK, type Lexicons } from './lexicons.js';
import { placeTrie, type PlaceKind } from './gazetteer.js';
import { HONORIFIC_WORDS, PARTICLES as PARTICLES_LOW, isNameWord, matchTitle, nameEnd, nameText, PersonRegistry, titleCase, type Person, type PersonMention, type TitleMatch } from './people.js';

/** A country named in a sentence: by name, adjective, city, or an organisation. */
export interface PlaceMention {
  iso3: string;
  kind: PlaceKind;
  from: number;
  to: number;
  sent: number;
  /** Follows a place preposition ("in Tokyo", "to India"): a location, not a party. */
  locative: boolean;
  possessive: boolean;
}

export interface SectorMention {
  key: string;
  from: number;
  to: number;
  sent: number;
}

/** "the two leaders", "both sides": a group of people from the story's context. */
export interface GroupMention {
  from: number;
  to: number;
  sent: number;
  kind: 'people' | 'countries';
}

export interface StoryMentions {
  registry: PersonRegistry;
  persons: PersonMention[][];
  places: PlaceMention[][];
  sectors: SectorMention[][];
  groups: GroupMention[][];
  orgs: PlaceMention[][];
  /** Token index → the place mention starting there. */
  placeAt: Map<number, PlaceMention>;
  /** Persons whose office had no country in the text: resolved from context later. */
  needsCountry: Set<Person>;
  formerTitled: Set<Person>;
}

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'through', 'against', 'over', 'toward', 'towards', 'via', 'outside', 'inside', 'within', 'around', 'throughout', 'visit', 'visited', 'visiting', 'on']);
const PRONOUN_SUBJ = new Set(['he', 'she']);
const DEAL_WORDS = new Set(['memorandum', 'agreement', 'cooperation', 'mou', 'arrangement', 'declaration', 'treaty', 'partnership', 'understanding']);
// Words of a state's formal name between "of" and the country ("of the Republic of Kenya").
const STATE_WORDS = new Set(['the', 'republic', 'kingdom', 'state', 'federal', 'islamic', 'people', "'s", 'democratic', 'of', 'united', 'socialist', 'arab', 'federative', 'plurinational', 'sultanate', 'principality', 'commonwealth', 'grand', 'duchy', 'hashemite', 'bolivarian', 'oriental', 'co-operative', 'cooperative']);
// The last word of a state's form that can stand for the story's own country ("President of the Republic").
const STATE_FORMS = new Set(['republic', 'kingdom', 'state', 'federation', 'union', 'nation', 'sultanate', 'principality', 'commonwealth']);
const PARTICLE_HYPHEN_START = /^[a-z]{1,3}-\p{Lu}/u;
// Titles a "the <demonym> leader" can stand for.
const LEADER_TITLES = /^(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|emperor|crown prince|taoiseach|head of state|head of government)$/i;
// Royal and courtesy styles after "His"/"Her".
const STYLE_WORDS = new Set(['highness', 'majesty', 'excellency']);
// Office heads that a legislature can follow ("Speaker of the National Assembly").
const LEGISLATURE_HEAD_WORDS = new Set(['speaker', 'president', 'chairman', 'chairwoman', 'chair', 'chairperson']);
// A capitalised run after one of these is a place or building ("the meeting at Temple Trees"), not a person.
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'near', 'outside', 'inside', 'into']);
const GROUP_NOUNS = new Set(['leaders', 'sides', 'ministers', 'presidents', 'heads', 'premiers', 'chancellors', 'men', 'women', 'delegations', 'counterparts', 'officials']);
const COUNTRY_GROUP_NOUNS = new Set(['countries', 'governments', 'nations', 'sides', 'states', 'neighbours', 'neighbors', 'partners']);

/**
 * "New Mexico", "New South Wales", "New Guinea": a place word right after a capitalised "New"
 * (one capitalised word may sit between) belongs to another, longer place name that the
 * gazetteer lacks. ("New US sanctions": an all-capitals abbreviation keeps its country.)
 */
function newShadowed(toks: Tok[], i: number, from: number): boolean {
  if (/^[A-Z.]+$/.test(toks[i]!.text)) return false;
  for (let q = i - 1; q >= from && i - q <= 2; q--) {
    if (toks[q]!.text === 'New') return true;
    if (!toks[q]!.cap) return false;
  }
  return false;
}

/** Finds places, sectors, people and groups in every sentence of a parsed story. */
export function findMentions(p: Parsed): StoryMentions {
  const lex = lexicons();
  const trie = placeTrie();
  const toks = p.toks;
  const n = p.sentences.length;
  const places: PlaceMention[][] = Array.from({ length: n }, () => []);
  const orgs: PlaceMention[][] = Array.from({ length: n }, () => []);
  const sectors: SectorMention[][] = Array.from({ length: n }, () => []);
  const groups: GroupMention[][] = Array.from({ length: n }, () => []);
  const persons: PersonMention[][] = Array.from({ length: n }, () => []);
  const placeAt = new Map<number, PlaceMention>();
  const registry = new PersonRegistry();
  const needsCountry = new Set<Person>();
  const formerTitled = new Set<Person>();
  // People introduced with only a possessive country ("Ghana's John Mahama"): a later "the Ghanaian president" titles them.
  const possIntroduced = new Set<Person>();

  // 1. Places and sectors.
  for (const s of p.sentences) {
    for (let i = s.from; i < s.to; ) {
      const t = toks[i]!;
      if (t.cap && (t.mask & MASK.place || t.text.includes('-'))) {
        const m = trie.matchToks(toks, i, s.to);
        if (m) {
          if (m.value.kind !== 'none' && !newShadowed(toks, i, s.from)) {
            const prev = toks[i - 1];
            const prev2 = toks[i - 2];
            const locative = (!!prev && prev.sent === t.sent && LOCATIVE.has(prev.low)) || (!!prev && prev.low === 'the' && !!prev2 && LOCATIVE.has(prev2.low));
            const pm: PlaceMention = { iso3: m.value.iso3, kind: m.value.kind, from: i, to: i + m.length, sent: s.index, locative, possessive: toks[i + m.length]?.low === "'s" };
            if (m.value.kind === 'org') orgs[s.index]!.push(pm);
            else {
              places[s.index]!.push(pm);
              placeAt.set(i, pm);
            }
          }
          i += m.length;
          continue;
        }
        // "India-France", "UK-EU": each side of a hyphenated pair.
        if (t.text.includes('-')) {
          const parts = t.low.split('-');
          const hits = parts.map((w) => trie.match((q) => (q === 0 ? w : undefined), 0));
          if (parts.length === 2 && hits.every((h) => h && h.length === 1 && h.value.kind !== 'none')) {
            for (const h of hits) {
              const pm: PlaceMention = { iso3: h!.value.iso3, kind: h!.value.kind, from: i, to: i + 1, sent: s.index, locative: false, possessive: false };
              if (h!.value.kind === 'org') orgs[s.index]!.push(pm);
              else {
                places[s.index]!.push(pm);
                if (!placeAt.has(i)) placeAt.set(i, pm);
              }
            }
          }
        }
      }
      i++;
    }
    for (let i = s.from; i < s.to; ) {
      const m = toks[i]!.mask & MASK.sector ? lex.sectors.matchToks(toks, i, s.to) : undefined;
      if (m) {
        const first = toks[i]!;
        // A capitalised cue inside a sentence is part of a name ("Asia-Pacific Economic Cooperation").
        // …unless it is the subject of a named agreement ("Memorandum of Understanding on Cooperation in Cybersecurity").
        const dealTitle = ['on', 'in', 'for'].includes(toks[i - 1]?.low ?? '') && toks.slice(Math.max(s.from, i - 6), i).some((x) => x.cap && DEAL_WORDS.has(x.low));
        const inName = first.cap && i > s.from && !dealTitle && !lex.sectorCapsOk.has(toks.slice(i, i + m.length).map((t) => t.low).join(' ')) && !/^[A-Z0-9&]+$/.test(first.text);
        const nameAfter = !inName && first.cap && i === s.from && toks[i + m.length]?.cap && !lex.sectorCapsOk.has(first.low);
        // "their foreign and defense ministers", "the trade ministry": an office, not an area.
        const inTitle = lex.sectorTitleHeads.has(toks[i + m.length]?.low ?? '');
        if (m.value !== 'none' && !inName && !nameAfter && !inTitle) {
          const list = sectors[s.index]!;
          const last = list[list.length - 1];
          // One noun phrase, one sector: the modifier is the specific one ("AI research", "electricity exports").
          if (last && last.to === i) {
            i += m.length;
            continue;
          }
          list.push({ key: m.value, from: i, to: i + m.length, sent: s.index });
        }
        i += m.length;
      } else i++;
    }
  }

  // "the construction of nuclear power plants": the head yields to its object's sector.
  for (const list of sectors) {
    for (let j = list.length - 1; j >= 0; j--) {
      const sm = list[j]!;
      if (sm.to !== sm.from + 1 || !lex.sectorGenericHeads.has(toks[sm.from]!.low) || toks[sm.to]?.low !== 'of') continue;
      const objAt = ['the', 'a', 'an', 'new'].includes(toks[sm.to + 1]?.low ?? '') ? sm.to + 2 : sm.to + 1;
      if (list.some((o) => o !== sm && o.from === objAt)) list.splice(j, 1);
    }
  }

  // A cable that links power grids carries power, not telecommunications.
  for (const list of sectors) {
    for (let j = list.length - 1; j >= 0; j--) {
      const sm = list[j]!;
      if (sm.key !== 'telecommunications' || !toks.slice(sm.from, sm.to).some((t) => /^cables?$/.test(t.low))) continue;
      const energy = list.some((o) => o.key === 'energy' && Math.abs(o.from - sm.from) <= 10);
      const power = toks.slice(Math.max(0, sm.from - 8), sm.from).some((t) => /^(power|electricity|grids?|interconnectors?)$/.test(t.low) && t.sent === sm.sent);
      if (energy || power) {
        if (energy) list.splice(j, 1);
        else sm.key = 'energy';
      }
    }
  }

  const stopAt = (i: number, inside = false) => {
    const pl = placeAt.get(i);
    // A country word ends a name, except a one-word country inside one ("Luís Montenegro").
    if (pl && pl.kind === 'name' && inside && pl.to === i + 1 && !pl.possessive && isNameWord(toks[i - 1])) return false;
    if (pl && (pl.kind === 'name' || pl.kind === 'demonym')) return true;
    return toks[i]!.cap && !!lex.heads.matchToks(toks, i, toks.length);
  };
  const skipHonorifics = (k: number, end: number) => {
    let q = k;
    for (;;) {
      const t = toks[q];
      if (!t || q >= end) return q;
      if (HONORIFIC_WORDS.has(t.low) || HONORIFIC_WORDS.has(t.text.toLowerCase())) q++;
      else if (t.low === 'the' && (HONORIFIC_WORDS.has(toks[q + 1]?.low ?? '') || toks[q + 1]?.low === 'right')) q++;
      else if (t.low === 'right' && toks[q + 1]?.low === 'honourable') q++;
      // Royal and courtesy styles: "His Highness", "Her Majesty", "His Royal Highness".
      else if ((t.low === 'his' || t.low === 'her') && STYLE_WORDS.has(toks[q + 1]?.low ?? '')) q += 2;
      else if ((t.low === 'his' || t.low === 'her') && toks[q + 1]?.low === 'royal' && STYLE_WORDS.has(toks[q + 2]?.low ?? '')) q += 3;
      else return q;
    }
  };
  /** The coordinated names from token k on ("A, B and C", "A and B"), at most `max`, as [from, to) spans. */
  const coordinatedNames = (k: number, end: number, max: number): [number, number][] => {
    const names: [number, number][] = [];
    let r = k;
    while (r < end && names.length < max) {
      const e2 = nameEnd(toks, r, end, stopAt);
      if (e2 <= r) break;
      names.push([r, e2]);
      if (toks[e2]?.low === ',' && toks[e2 + 1]?.low === 'and') r = skipHonorifics(e2 + 2, end);
      else if (toks[e2]?.low === 'and' || toks[e2]?.low === ',') r = skipHonorifics(e2 + 1, end);
      else break;
    }
    return names;
  };
  /**
   * "of the New Zealand House of Representatives", "of the National Assembly of Vietnam", "of the
   * National People's Congress Standing Committee" at token k (the "of"): a legislature, with the
   * country its name, a country word inside or an "of <country>" after it gives.
   */
  const legislatureTail = (k: number, end: number): { to: number; country?: string } | undefined => {
    if (toks[k]?.low !== 'of') return undefined;
    let q = k + 1;
    if (toks[q]?.low === 'the') q++;
    let country: string | undefined;
    const pl = placeAt.get(q);
    if (pl && pl.kind !== 'city') {
      country = pl.iso3;
      q = pl.to;
      if (toks[q]?.low === "'s") q++;
    }
    if (!toks[q]?.cap) return undefined;
    const lg = lex.legislatures.matchToks(toks, q, end);
    if (!lg) return undefined;
    q += lg.length;
    if (lg.value) country ??= lg.value;
    const of = ofCountry(q, end);
    if (of) {
      country = of.iso3;
      q = of.to;
    } else if (toks[q]?.low === 'of' && toks[q + 1]?.cap) {
      // "of the National Assembly of People's Power,": the rest of the legislature's own name.
      let r = q + 1;
      while (r < end && r - q <= 5 && (toks[r]!.cap || toks[r]!.low === "'s") && !placeAt.has(r)) r++;
      if (toks[r]?.low === ',' && toks[r - 1]!.cap) q = r;
    }
    return { to: q, country };
  };
  /** "Lok Sabha Speaker": a legislature whose name fixes the country, just before token i. */
  const legislatureBefore = (i: number, sFrom: number): string | undefined => {
    for (let from = Math.max(sFrom, i - 4); from < i; from++) {
      if (!toks[from]!.cap) continue;
      const lg = lex.legislatures.matchToks(toks, from, i);
      if (lg && lg.length === i - from && lg.value) return lg.value;
    }
    return undefined;
  };
  /** The country named just before token i: "British", "Japan's", "US", "the New Zealand". */
  const countryBefore = (i: number, sFrom: number): { iso3: string; from: number; org: boolean } | undefined => {
    let k = i - 1;
    if (k >= sFrom && toks[k]!.low === "'s") k--;
    for (let from = Math.max(sFrom, k - 3); from <= k; from++) {
      const pl = placeAt.get(from);
      if (pl && pl.to === k + 1) return { iso3: pl.iso3, from, org: false };
      const org = orgs[toks[from]!.sent]!.find((o) => o.from === from && o.to === k + 1);
      if (org) return { iso3: '', from, org: true };
    }
    return undefined;
  };
  /** "of Ghana", "of the Republic of Ghana", "of the UAE" at token k: the country and the end. */
  const ofCountry = (k: number, end: number): PlaceMention | undefined => {
    if (toks[k]?.low !== 'of') return undefined;
    let q = k + 1;
    while (q < end && STATE_WORDS.has(toks[q]!.low) && !placeAt.has(q)) q++;
    const pl = placeAt.get(q);
    return pl && pl.kind !== 'city' ? pl : undefined;
  };
  /** "the Vietnamese delegation, including" ending at token `at`: the one country named just before "delegation". */
  const delegationCountry = (at: number, sFrom: number): string | undefined => {
    let d = at - 1;
    while (d >= sFrom && at - d <= 6 && toks[d]!.low !== 'delegation' && toks[d]!.low !== ';') d--;
    if (toks[d]?.low !== 'delegation') return undefined;
    const cs = new Set<string>();
    for (let q = Math.max(sFrom, d - 3); q < d; q++) {
      const pl = placeAt.get(q);
      if (pl && pl.iso3 && pl.kind !== 'org' && pl.kind !== 'none') cs.add(pl.iso3);
    }
    return cs.size === 1 ? [...cs][0] : undefined;
  };
  // People introduced as "His Highness X": a later bare "His Highness" means them.
  const highness = new Set<Person>();
  const mention = (person: Person, from: number, to: number, sent: number, kind: PersonMention['kind'], nameFrom?: number) => {
    const lead = toks[(nameFrom ?? from) - 1]?.low;
    if (lead === 'highness' || lead === 'majesty') highness.add(person);
    persons[sent]!.push({ person, from, to, sent, kind, nameFrom: nameFrom ?? from });
  };
  const addTitle = (person: Person, title: string, country: string | undefined, strength: number, national: boolean, sent: number) => {
    if (!person.titles.includes(title)) person.titles.push(title);
    if (national) {
      person.national = true;
      person.officeSent ??= sent;
    }
    if (country && strength > person.countryStrength) {
      person.country = country;
      person.countryStrength = strength;
    }
    if (!country && national && person.countryStrength === 0) needsCountry.add(person);
  };

  // Words a title can start with: anything else skips the title rules at once.
  const titleStart = titleStarts(lex);

  const pendingCounterparts: { iso3: string; from: number; to: number; sent: number }[] = [];
  // The titles a plural title last shared out ("foreign and defense ministers" → two titles).
  let lastTitleList: string[] | undefined;

  // 2. Titled people, counterparts, honorific names: the story's cast.
  const covered = new Set<number>();
  for (const s of p.sentences) {
    let lastTitled: { person: Person; title: string; country?: string; start?: number; end?: number } | undefined;
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      // Most words are lower-case and start no title, role or counterpart: skip them at once.
      if (!t.cap && !(t.mask & (MASK.title | MASK.role))) continue;
      if (covered.has(i)) continue;
      const prev = toks[i - 1];
      // "then-Prime Minister X": the tokenizer keeps "then-Prime" whole.
      const former = !!prev && prev.sent === s.index && (lex.notCurrentBefore.has(prev.low) || (prev.low.includes('-') && lex.notCurrentBefore.has(prev.low.split('-')[0]!)));

      // "Brazil's Luiz Inácio Lula da Silva": an untitled person of that country.
      const poss = placeAt.get(i);
      if (poss && poss.possessive && poss.kind === 'name') {
        const k = poss.to + 1;
        const e = isNameWord(toks[k]) && !matchTitle(toks, k, s.to, lex, false, p.text) ? nameEnd(toks, k, s.to, stopAt) : k;
        if (e > k && possessiveIntro(toks, k, e, lex)) {
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          if (person.countryStrength === 0 && !person.country) person.country = poss.iso3;
          possIntroduced.add(person);
          mention(person, i, e, s.index, 'full', k);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }

      // "Chairman of the National Assembly of Vietnam X", "Speaker of the New Zealand House of Representatives, X".
      let legis: { tm: TitleMatch; to: number; country?: string } | undefined;
      if (t.cap && lex.legislatureHeads.starts(t.low)) {
        const lh = lex.legislatureHeads.matchToks(toks, i, s.to);
        const tail = lh ? legislatureTail(i + lh.length, s.to) : undefined;
        if (lh && tail) {
          const head = lh.value.toLowerCase();
          const title = titleCase(p.text.slice(t.start, toks[tail.to - 1]!.end).replace(/\s+/g, ' '));
          legis = { tm: { from: i, to: i + lh.length, title, head, plural: false }, to: tail.to, country: tail.country };
        }
      }

      // Roles that are not national offices still introduce a person ("foreign policy chief Kaja Kallas").
      const role = !legis && t.mask & MASK.role ? lex.otherRoles.matchToks(toks, i, s.to) : undefined;
      if (role && !(t.low === 'leader' && !isNameWord(toks[i + role.length]))) {
        let k = i + role.length;
        if (toks[k]?.low === ',') k++;
        k = skipHonorifics(k, s.to);
        const e = nameEnd(toks, k, s.to, stopAt);
        if (e > k) {
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          // "Chile's President-elect X": not an office, but it says whose side they are on.
          const rc = countryBefore(i, s.from);
          if (rc && !rc.org && person.countryStrength === 0 && !person.country) person.country = rc.iso3;
          mention(person, rc && !rc.org ? rc.from : i, e, s.index, 'full', k);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }

      const titleish = titleStart.has(t.low) || !!legis;
      const cb = titleish ? countryBefore(i, s.from) : undefined;
      const allowLower = !!cb;
      let tm = legis ? legis.tm : titleish ? matchTitle(toks, i, s.to, lex, allowLower, p.text) : undefined;
      // "the foreign ministers of Peru and Chile": a lower-case title is an office when "of <country>" follows.
      let ofFollows = false;
      if (!tm && titleish && !t.cap && ofWithin(toks, i, s.to)) {
        const low = matchTitle(toks, i, s.to, lex, true, p.text);
        if (low && ofCountry(low.to, s.to)) {
          tm = low;
          ofFollows = true;
        }
      }
      if (tm && !(tm.head === 'minister' && !t.cap && !cb && !ofFollows)) {
        let k = tm.to;
        let country = cb?.org ? undefined : cb?.iso3;
        // "Former South Korean president X", "ex-Chilean President X": the marker sits before the country word.
        const notCurrent = (q: number) => {
          const w = toks[q];
          if (!w || w.sent !== s.index) return false;
          if (lex.notCurrentBefore.has(w.low)) return true;
          return w.low === '-' && lex.notCurrentBefore.has(toks[q - 1]?.low ?? '');
        };
        // "host Prime Minister X", "the newly appointed Australian High Commissioner": the mention starts at the modifiers.
        let mfrom = cb ? cb.from : i;
        while (mfrom - 1 >= s.from && !toks[mfrom - 1]!.cap && lex.titlePremodifiers.has(toks[mfrom - 1]!.low)) mfrom--;
        // "succeeded his cousin Sultan X": a predecessor.
        // (Not "succeeding outgoing President Y": an outgoing holder still holds the office.)
        const predecessor = toks.slice(Math.max(s.from, mfrom - 4), mfrom).some((w) => lex.predecessorBefore.has(w.low)) && !toks.slice(mfrom, i).some((w) => w.low === 'outgoing' || w.low === 'incumbent');
        // "X …, succeeding outgoing President Y": the successor's country is the holder's.
        const succeeded = !predecessor && mfrom < i && toks.slice(Math.max(s.from, mfrom - 4), mfrom).some((w) => lex.predecessorBefore.has(w.low));
        let successor: string | undefined;
        for (let q = s.from; succeeded && !country && q < mfrom; q++) {
          if (!isNameWord(toks[q])) continue;
          const e2 = nameEnd(toks, q, mfrom, stopAt);
          successor = e2 > q ? registry.findByWords(toks.slice(q, e2).map((x) => x.low))?.country : undefined;
          break;
        }
        if (successor) country = successor;
        const wasFormer = former || predecessor || (!!cb && notCurrent(cb.from - 1)) || /^ex-/i.test(t.text);
        let national = !wasFormer && !cb?.org;
        let strength = country ? 3 : 0;
        // "Lok Sabha Speaker X": the legislature's name fixes the country.
        if (!country && !tm.plural) {
          const lc = legislatureBefore(mfrom, s.from);
          if (lc) {
            country = lc;
            strength = 3;
          }
        }
        // "the delegation accompanying the Vietnamese President, including Minister X", "the
        // Vietnamese delegation, including Minister X": a member of that country's delegation.
        if (!country && !tm.plural && toks[mfrom - 1]?.low === 'including') {
          let d = mfrom - 2;
          while (d >= s.from && mfrom - d <= 12 && toks[d]!.low !== 'delegation' && toks[d]!.low !== ';') d--;
          if (toks[d]?.low === 'delegation') {
            const cs = new Set<string>();
            for (let q = Math.max(s.from, d - 3); q < mfrom - 1; q++) {
              const pl = placeAt.get(q);
              if (pl && pl.iso3 && pl.kind !== 'org' && pl.kind !== 'none') cs.add(pl.iso3);
            }
            if (cs.size === 1) {
              country = [...cs][0];
              strength = 3;
            }
          }
        }
        // "Senate President X": the title is the legislature's, not the head of state's.
        if (!tm.plural && LEGISLATURE_HEAD_WORDS.has(tm.head.split(' ').pop()!) && mfrom === i) {
          for (let from = Math.max(s.from, i - 4); from < i; from++) {
            const lg = toks[from]!.cap ? lex.legislatures.matchToks(toks, from, i) : undefined;
            if (lg && lg.length === i - from) {
              tm = { ...tm, title: titleCase(p.text.slice(toks[from]!.start, toks[tm.to - 1]!.end).replace(/\s+/g, ' ')) };
              mfrom = from;
              break;
            }
          }
        }
        // "Cambodian Deputy Prime Minister and Foreign Minister X": one person, two offices.
        if (!tm.plural && toks[k]?.low === 'and' && toks[k + 1]?.cap) {
          const t2 = matchTitle(toks, k + 1, s.to, lex, false, p.text);
          if (t2 && !t2.plural && nameEnd(toks, skipHonorifics(t2.to, s.to), s.to, stopAt) > skipHonorifics(t2.to, s.to)) {
            tm = { ...tm, to: t2.to, title: `${tm.title} and ${t2.title}` };
            k = t2.to;
          }
        }
        // "Speaker of the New Zealand House of Representatives, X".
        const lt = legis ?? (!tm.plural && LEGISLATURE_HEAD_WORDS.has(tm.head.split(' ').pop()!) ? legislatureTail(k, s.to) : undefined);
        if (lt && !legis) tm = { ...tm, title: titleCase(p.text.slice(toks[tm.from]!.start, toks[lt.to - 1]!.end).replace(/\s+/g, ' ')) };
        // "President of (the Republic of) Ghana".
        const of = lt ? undefined : ofCountry(k, s.to);
        if (lt) {
          k = lt.to;
          if (lt.country) {
            country = lt.country;
            strength = 3;
          }
        } else if (of) {
          country = of.iso3;
          strength = 3;
          k = of.to;
        } else if (toks[k]?.low === 'of' && !tm.plural) {
          // "President of the Republic, X": the story's own state, named by its form only.
          let q = k + 1;
          while (q < s.to && q - k <= 4 && (STATE_WORDS.has(toks[q]!.low) || STATE_FORMS.has(toks[q]!.low)) && toks[q]!.low !== 'of') q++;
          if (q > k + 1 && toks[q - 1]!.cap && STATE_FORMS.has(toks[q - 1]!.low) && toks[q]?.low === ',') {
            tm = { ...tm, to: q, title: titleCase(p.text.slice(toks[tm.from]!.start, toks[q - 1]!.end).replace(/\s+/g, ' ')) };
            k = q;
          }
        }
        // "Australian High Commissioner to Sri Lanka, X", "Vietnam's Ambassador to India X": the post, not the nationality.
        if (/ambassador|high commissioner|envoy|consul/.test(tm.head) && toks[k]?.low === 'to') {
          const q = toks[k + 1]?.low === 'the' ? k + 2 : k + 1;
          const pl = placeAt.get(q);
          if (pl) k = pl.to;
        }
        const titleCountry = lex.countryTitles.get(foldText(tm.title));
        if (!country && titleCountry) {
          country = titleCountry;
          strength = 2;
        }
        if (toks[k]?.low === ',') k++;
        k = skipHonorifics(k, s.to);
        if (tm.plural && toks[tm.to]?.low === 'of') {
          // "The foreign ministers of Peru and Chile, Ana Ruiz and Luis Soto,": countries and names in order.
          const cs: PlaceMention[] = [];
          let q = tm.to + 1;
          while (q < s.to) {
            if (toks[q]!.low === 'the') q++;
            const pl = placeAt.get(q);
            if (!pl || pl.kind === 'city') break;
            cs.push(pl);
            q = pl.to;
            if (toks[q]?.low === 'and' || (toks[q]?.low === ',' && toks[q + 1]?.low !== 'and' && placeAt.has(q + 1))) q++;
            else if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
            else break;
          }
          if (cs.length >= 2 && toks[q]?.low === ',') {
            const names = coordinatedNames(skipHonorifics(q + 1, s.to), s.to, cs.length);
            if (names.length === cs.length) {
              const pluralTitle = tm.title;
              names.forEach(([a, b], idx) => {
                const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
                addTitle(person, pluralTitle, cs[idx]!.iso3, 3, national, s.index);
                mention(person, idx === 0 ? i : a, b, s.index, 'full', a);
              });
              for (let z = i; z < names[names.length - 1]![1]; z++) covered.add(z);
              i = names[names.length - 1]![1] - 1;
              continue;
            }
          }
        }
        if (tm.plural) {
          // "Foreign ministers José Manuel Albares of Spain and Mauro Vieira of Brazil".
          let q = k;
          let any = false;
          while (q < s.to) {
            const e = nameEnd(toks, q, s.to, stopAt);
            if (e <= q) break;
            let c: string | undefined;
            let after = e;
            if (toks[e]?.low === 'of' && placeAt.get(e + 1)) {
              c = placeAt.get(e + 1)!.iso3;
              after = placeAt.get(e + 1)!.to;
            }
            if (!c) break;
            const person = registry.register(nameText(p.text, toks, q, e), q, s.index);
            addTitle(person, tm.title, c, 3, national, s.index);
            mention(person, q, after, s.index, 'full', q);
            any = true;
            if (toks[after]?.low === 'and' || toks[after]?.low === ',') q = after + 1;
            else break;
          }
          // "Syria's foreign and defense ministers, A and B": one country, the titles shared out in order.
          if (!any && country) {
            const names = coordinatedNames(k, s.to, 6);
            if (names.length >= 2) {
              const titles = sharedTitles(tm.title, names.length);
              names.forEach(([a, b], idx) => {
                const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
                addTitle(person, titles[idx]!, country, strength, national, s.index);
                mention(person, idx === 0 ? (cb ? cb.from : i) : a, b, s.index, 'full', a);
              });
              lastTitleList = titles;
              any = true;
              q = names[names.length - 1]![1];
            }
          }
          if (any) {
            for (let q2 = i; q2 < q; q2++) covered.add(q2);
            i = Math.max(i, q - 1);
            continue;
          }
        }
        const e = nameEnd(toks, k, s.to, stopAt);
        // "King Khalid International Airport", "Queen Elizabeth Hospital": a place named after someone.
        if (e > k && !tm.plural && namesAPlace(toks, k, e, lex)) {
          i = e - 1;
          continue;
        }
        if (e > k && !tm.plural) {
          if (lex.notCurrentAfter.has(toks[e]?.low ?? '') || (toks[e]?.low === '-' && lex.notCurrentAfter.has(toks[e + 1]?.low ?? ''))) national = false;
          if (/-elect$/i.test(toks[tm.to - 1]!.text)) national = false;
          // "President Emmanuel Macron of France".
          let end = e;
          if (!country && toks[e]?.low === 'of' && placeAt.get(e + 1) && placeAt.get(e + 1)!.kind !== 'city') {
            country = placeAt.get(e + 1)!.iso3;
            strength = 3;
            end = placeAt.get(e + 1)!.to;
          }
          // "Iraqi Prime Minister A and Foreign Minister B": a second, different office right after
          // "and" shares the first one's country word (one state has one prime minister, so
          // "Japanese Prime Minister A and Prime Minister B" is another country's).
          // Only a pair: not the last of a list ("A, B and host Prime Minister C"), nor a title with
          // its own modifier ("and visiting Foreign Minister C").
          if (!country && mfrom === i && toks[mfrom - 1]?.low === 'and' && lastTitled?.country && lastTitled.end === mfrom - 1 && toks[lastTitled.start! - 1]?.low !== ','
            && lastTitled.title.toLowerCase() !== tm.title.toLowerCase()) {
            country = lastTitled.country;
            strength = 3;
          }
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          if (wasFormer) formerTitled.add(person);
          addTitle(person, tm.title, country, strength, national, s.index);
          mention(person, mfrom, end, s.index, 'full', k);
          lastTitled = { person, title: tm.title, country: strength === 3 ? country : undefined, start: mfrom, end };
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
        // "Marles, who is also Australia's Deputy Prime Minister": a second office for the antecedent.
        const before = persons[s.index]!.filter((m) => m.to <= (cb ? cb.from : i));
        const lead = toks.slice(Math.max(s.from, (cb ? cb.from : i) - 3), cb ? cb.from : i).map((x) => x.low).join(' ');
        if (before.length && /\b(?:is|was|as)(?: also)?$/.test(lead) && national) {
          addTitle(before[before.length - 1]!.person, tm.title, country, strength, national, s.index);
        }
        i = tm.to - 1;
        continue;
      }

      // Counterparts: "his Canadian counterpart Mark Carney", "her French and German counterparts, A and B".
      if (t.low === 'counterpart' || t.low === 'counterparts') {
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
            continue;
          }
        }
        if (names.length) i = names[names.length - 1]![1] - 1;
        // "his Philippine counterpart" with no name: the story may name them later.
        else if (demonyms.length === 1 && t.low === 'counterpart') pendingCounterparts.push({ iso3: demonyms[0]!, from: possFrom, to: i + 1, sent: s.index });
        continue;
      }

      // Honorifics: "Mr Peters", "Dr Mohamed Muizzu", "Sir Keir Starmer".
      if (HONORIFIC_WORDS.has(t.low) && t.low !== 'senator' && !placeAt.has(i)) {
        const k = skipHonorifics(i, s.to);
        const e = nameEnd(toks, k, s.to, stopAt);
        // "H.E. X, President of Y,": the appositive rule below reads the name and its title.
        if (e > k + 1 && toks[e]?.low === ',' && k > i && matchTitle(toks, toks[e + 1]?.low === 'the' ? e + 2 : e + 1, s.to, lex, true, p.text)) {
          i = k - 1;
          continue;
        }
        if (e > k) {
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          mention(person, i, e, s.index, 'full', k);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }

      // Appositive office: "Emmanuel Macron, the French president".
      const atPlace = !!prev && prev.sent === s.index && PLACE_PREPOSITIONS.has(prev.low);
      if (isNameWord(t) && (i === s.from || !isNameWord(prev) || HONORIFIC_WORDS.has(prev!.low))) {
        const e = nameEnd(toks, i, s.to, stopAt);
        // A one-word name is a short form of someone the story already introduced ("Mahama, Ghana's president since 2025,").
        const known = e === i + 1 && !!registry.findByWords([t.low]);
        if ((e > i + 1 || known) && toks[e]?.low === ',' && !(atPlace && !registry.findByWords(toks.slice(i, e).map((x) => x.low)))) {
          let k = e + 1;
          if (['the', 'a'].includes(toks[k]?.low ?? '')) k++;
          // "Zhao Leji, chairman of the National People's Congress Standing Committee,".
          const lh = lex.legislatureHeads.matchToks(toks, k, s.to);
          const ltail = lh ? legislatureTail(k + lh.length, s.to) : undefined;
          if (ltail) {
            const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
            const title = titleCase(p.text.slice(toks[k]!.start, toks[ltail.to - 1]!.end).replace(/\s+/g, ' '));
            addTitle(person, title, ltail.country, ltail.country ? 3 : 0, !former, s.index);
            mention(person, i, ltail.to, s.index, 'full', i);
            for (let q = i; q < ltail.to; q++) covered.add(q);
            i = ltail.to - 1;
            continue;
          }
          let c2 = placeAt.get(k);
          const after = c2 ? (toks[c2.to]?.low === "'s" ? c2.to + 1 : c2.to) : k;
          const tm2 = matchTitle(toks, after, s.to, lex, true, p.text);
          // "Lula, the president of Brazil,", "X, President of the Republic of Kenya,".
          const of2 = !c2 && tm2 ? ofCountry(tm2.to, s.to) : undefined;
          if (of2) {
            c2 = of2;
            tm2!.to = of2.to;
          }
          // "X, Foreign Minister, said": a capitalised title alone; its country comes from context.
          const bare = !c2 && !!tm2 && !tm2.plural && toks[after]!.cap && after === k && (toks[tm2.to]?.low === ',' || toks[tm2.to]?.low === ';' || toks[tm2.to]?.low === 'and' || tm2.to >= s.to - 1);
          // "X, President of the King's Privy Council for Canada,": the one country the title phrase names.
          if (!c2 && !bare && tm2 && !tm2.plural && toks[after]!.cap && after === k && ['of', 'for'].includes(toks[tm2.to]?.low ?? '')) {
            let q = tm2.to + 1;
            // (Not past "and": "the President of the European Council and a former Portuguese prime minister".)
            while (q < s.to && q - tm2.to < 12 && ![',', ';', '.', 'and', 'or'].includes(toks[q]!.low) && !placeAt.has(q)) q++;
            const pl = placeAt.get(q);
            if (pl && pl.kind !== 'city') c2 = pl;
          }
          // A short form before a list ("Modi, Brazilian President Lula and …") is no appositive.
          if ((c2 || bare) && tm2 && !tm2.plural && !(known && isNameWord(toks[tm2.to]))) {
            const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
            // "The Kenyan delegation included X, Prime Cabinet Secretary": that delegation's country.
            const delegation = c2 || !['included', 'including'].includes(prev?.low ?? '') ? undefined : delegationCountry(i - 1, s.from);
            const titleCountry = c2 ? undefined : delegation ?? lex.countryTitles.get(foldText(tm2.title));
            addTitle(person, tm2.title, c2?.iso3 ?? titleCountry, c2 || delegation ? 3 : titleCountry ? 2 : 0, !former, s.index);
            mention(person, i, tm2.to, s.index, 'full', i);
            for (let q = i; q < tm2.to; q++) covered.add(q);
            i = tm2.to - 1;
            continue;
          }
        }
        // "Wang Yi, a member of the Political Bureau … and Chinese foreign minister,": the office ends the appositive.
        if ((e > i + 1 || known) && toks[e]?.low === ',' && (toks[e + 1]?.low === 'a' || toks[e + 1]?.low === 'the')) {
          let close = e + 2;
          while (close < s.to && close - e <= 30 && toks[close]!.low !== ',' && toks[close]!.low !== ';') close++;
          let and = close - 1;
          while (and > e + 2 && toks[and]!.low !== 'and') and--;
          const pl = toks[and]?.low === 'and' ? placeAt.get(and + 1) : undefined;
          const at = pl ? (toks[pl.to]?.low === "'s" ? pl.to + 1 : pl.to) : -1;
          const tm3 = pl && pl.kind !== 'city' && pl.kind !== 'org' ? matchTitle(toks, at, close, lex, true, p.text) : undefined;
          if (tm3 && !tm3.plural && tm3.to === close && !lex.notCurrentBefore.has(toks[and + 1]!.low)) {
            const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
            addTitle(person, titleCase(tm3.title), pl!.iso3, 3, !former, s.index);
            mention(person, i, e, s.index, 'full', i);
            for (let q = i; q < close; q++) covered.add(q);
            i = close - 1;
            continue;
          }
        }
        // "the Honourable X, <an unknown role>": still a named person.
        if (i > s.from && HONORIFIC_WORDS.has(prev!.low) && e > i) {
          const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
          mention(person, i, e, s.index, 'full', i);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }
    }
  }

  // "On the Philippine side, it was attended by Secretary X and Secretary Y": that side's office holders.
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

  // An unnamed counterpart is the one person of that country the story names, if there is one.
  for (const pc of pendingCounterparts) {
    const cands = registry.persons.filter((x) => x.country === pc.iso3 && x.national);
    if (cands.length === 1) {
      persons[pc.sent]!.push({ person: cands[0]!, from: pc.from, to: pc.to, sent: pc.sent, kind: 'short', nameFrom: pc.to });
      persons[pc.sent]!.sort((a, b) => a.from - b.from);
      for (let q = pc.from; q < pc.to; q++) covered.add(q);
    }
  }

  // 3. Short names, pronouns, "the Prime Minister", groups: resolved against the cast.
  let prevSubject: Person | undefined;
  for (const s of p.sentences) {
    const list = persons[s.index]!;
    const extra: PersonMention[] = [];
    const isCovered = (i: number) => covered.has(i) || list.some((m) => i >= m.from && i < m.to);
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      if (!t.cap && !(t.mask & MASK.pass3) && !PARTICLE_HYPHEN_START.test(t.text)) continue;
      if (isCovered(i)) continue;
      // "Prime Minister Montenegro": after a title a country word can be a surname.
      const afterTitle = !!toks[i - 1] && toks[i - 1]!.cap && /^(minister|president|premier|chancellor|secretary|king|emir|mr|mrs|ms|dr|sir)$/.test(toks[i - 1]!.low);
      const countrySurname = placeAt.has(i) && afterTitle && !!registry.findByWords([t.low]);
      if (isNameWord(t) && (!placeAt.has(i) || countrySurname)) {
        const e = countrySurname ? i + 1 : nameEnd(toks, i, s.to, stopAt);
        if (e > i) {
          const words = toks.slice(i, e).map((x) => x.low).filter((w) => !HONORIFIC_WORDS.has(w));
          const person = registry.findByWords(words);
          if (person) extra.push({ person, from: i, to: e, sent: s.index, kind: 'short', nameFrom: i });
          i = e - 1;
          continue;
        }
      }
      if (PRONOUN_SUBJ.has(t.low) || t.low === 'him') {
        extra.push({ person: undefined as unknown as Person, from: i, to: i + 1, sent: s.index, kind: 'pronoun' });
        continue;
      }
      // "His Highness" with no name after it: the one person the story introduced so.
      if ((t.low === 'his' || t.low === 'her') && ['highness', 'majesty'].includes(toks[i + 1]?.low ?? '') && !isNameWord(toks[i + 2]) && !HONORIFIC_WORDS.has(toks[i + 2]?.low ?? '') && toks[i + 2]?.low !== 'sheikh' && highness.size === 1) {
        extra.push({ person: [...highness][0]!, from: i, to: i + 2, sent: s.index, kind: 'title-ref' });
        i += 1;
        continue;
      }
      // "the Kenyan President" (no name after it): the one person of that country with that office.
      if (t.low === 'the' && placeAt.get(i + 1)?.kind === 'demonym') {
        const pl = placeAt.get(i + 1)!;
        const tm = matchTitle(toks, pl.to, s.to, lex, true, p.text);
        if (tm && !tm.plural && !isNameWord(toks[tm.to]) && toks[tm.to]?.low !== 'of' && toks[tm.to]?.low !== "'s") {
          let cands = registry.persons.filter((x) => x.national && x.country === pl.iso3 && x.titles.some((ti) => ti.toLowerCase().endsWith(tm.head)));
          // "the Finnish leader": the one head of state or government of that country.
          if (!cands.length && tm.head === 'leader') cands = registry.persons.filter((x) => x.national && x.country === pl.iso3 && x.titles.some((ti) => LEADER_TITLES.test(ti)));
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
          if (!cands.length && LEADER_TITLES.test(tm.head)) {
            const own = registry.persons.filter((x) => x.country === pl.iso3);
            if (own.length === 1 && own[0]!.titles.every((ti) => /^leader$/i.test(ti))) cands = own;
          }
          // "the Canadian minister": a minister, not the country's prime minister.
          if (cands.length > 1 && tm.head === 'minister') {
            const plain = cands.filter((x) => !x.titles.some((ti) => LEADER_TITLES.test(ti)));
            if (plain.length === 1) cands = plain;
          }
          if (cands.length === 1) {
            extra.push({ person: cands[0]!, from: i, to: tm.to, sent: s.index, kind: 'title-ref' });
            i = tm.to - 1;
            continue;
          }
        }
      }
      // "the Prime Minister", "The President", "the king" (no name after it).
      if (t.low === 'the' && i + 1 < s.to) {
        const tm = matchTitle(toks, i + 1, s.to, lex, true, p.text);
        if (tm && !tm.plural && !isNameWord(toks[tm.to]) && toks[tm.to]?.low !== 'of') {
          const cands = registry.byTitle(tm.title.toLowerCase()).length ? registry.byTitle(tm.title.toLowerCase()) : registry.byTitle(tm.head);
          const named = new Set(list.map((m) => m.person.id));
          const pool = cands.filter((c) => !named.has(c.id));
          const pick = pool.length === 1 ? pool[0] : pool.length > 1 ? pool.sort((a, b) => a.firstTok - b.firstTok)[0] : undefined;
          if (pick && toks[tm.to]?.low !== "'s") extra.push({ person: pick, from: i, to: tm.to, sent: s.index, kind: 'title-ref' });
          i = tm.to - 1;
          continue;
        }
        // "the two leaders", "the three ministers", "both sides", "the leaders".
        let k = i + 1;
        if (['two', 'three', 'four', 'both'].includes(toks[k]?.low ?? '')) k++;
        let g = groupAt(toks, k, s.to, lex);
        // "the two have spoken": a bare number is people.
        if (!g && k > i + 1 && !toks[k]?.cap && toks[k]?.pos !== 'NOUN' && toks[k]?.pos !== 'ADJ') g = { to: k, kind: 'people' };
        if (g) {
          groups[s.index]!.push({ from: i, to: g.to, sent: s.index, kind: g.kind });
          i = g.to - 1;
          continue;
        }
      }
      if ((t.low === 'both' || t.low === 'their' || (t.low === 'ministers' && t.cap && i === s.from)) && i + 1 <= s.to) {
        const g = t.low === 'ministers' ? { to: i + 1, kind: 'people' as const } : groupAt(toks, i + 1, s.to, lex);
        if (g) {
          groups[s.index]!.push({ from: i, to: g.to, sent: s.index, kind: g.kind });
          i = g.to - 1;
          continue;
        }
      }
    }
    const all = [...list, ...extra].sort((a, b) => a.from - b.from);
    // Pronouns: he/she is the sentence's subject if one came before, else the last sentence's subject.
    const subjectOf = (ms: PersonMention[]) => ms.find((m) => m.kind !== 'pronoun' && !['of', 'by', 'with', 'for', 'from'].includes(toks[m.from - 1]?.low ?? '')) ?? ms.find((m) => m.kind !== 'pronoun');
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
    persons[s.index] = all.filter((m) => m.person);
    const subj = subjectOf(persons[s.index]!);
    if (subj) prevSubject = subj.person;
  }
  // Country words inside a person's name ("Luís Montenegro") are not places.
  for (let si = 0; si < n; si++) {
    const inName = (pl: PlaceMention) => persons[si]!.some((m) => m.nameFrom !== undefined && pl.from >= m.nameFrom && pl.to <= m.to && m.kind !== 'pronoun' && m.kind !== 'title-ref');
    const drop = places[si]!.filter(inName);
    if (!drop.length) continue;
    places[si] = places[si]!.filter((pl) => !inName(pl));
    for (const d of drop) placeAt.delete(d.from);
  }
  return { registry, persons, places, sectors, groups, orgs, placeAt, needsCountry, formerTitled };
}

/**
 * "Foreign and Defense Ministers" for n people: "Foreign Minister", "Defense Minister" when the
 * portfolios number n, else the one singular title for all.
 */
function sharedTitles(title: string, n: number): string[] {
  const m = /^(.+?)\s+(\S+)$/.exec(title);
  if (m) {
    const parts = m[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    if (parts.length === n) return parts.map((x) => `${x} ${m[2]}`);
  }
  return Array.from({ length: n }, () => title);
}

/**
 * Whether the capitalised run [k, e) after "Country's" is a person: two name words at least,
 * no organisation or building word in it or right after it ("Brazil's Central Bank", "China's
 * Belt and Road Initiative"), and the story names them again by one of its words ("Lula").
 */
function possessiveIntro(toks: Tok[], k: number, e: number, lex: Lexicons): boolean {
  let nameWords = 0;
  for (let q = k; q < e; q++) {
    if (lex.notPersonWords.has(toks[q]!.low)) return false;
    if (isNameWord(toks[q])) nameWords++;
  }
  const next = toks[e];
  if (nameWords < 2 || (next && next.cap && (lex.notPersonWords.has(next.low) || next.sent === toks[k]!.sent && !/^\p{P}/u.test(next.text) && isNameWord(next)))) return false;
  const words = new Set<string>();
  for (let q = k; q < e; q++) if (toks[q]!.cap && toks[q]!.text.length > 2) words.add(toks[q]!.low);
  for (let q = 0; q < toks.length; q++) {
    if (q === k) q = e;
    const t = toks[q];
    if (t && t.cap && words.has(t.low) && !isNameWord(toks[q + 1])) return true;
  }
  return false;
}

/**
 * Whether a name-like run [k, e) goes on into a building or place word ("Khalid International
 * Airport"). Its first word is never the test: "Park Min-soo" is a person.
 */
function namesAPlace(toks: Tok[], k: number, e: number, lex: Lexicons): boolean {
  for (let q = k + 1; q <= e; q++) if (toks[q]?.cap && lex.placeNameHeads.has(toks[q]!.low)) return true;
  return false;
}

/** An "of" within the next few words: the cheap test before trying a lower-case title. */
function ofWithin(toks: Tok[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k - i <= 6; k++) if (toks[k]!.low === 'of') return true;
  return false;
}

let titleStartCache: Set<string> | undefined;
function titleStarts(lex: Lexicons): Set<string> {
  if (titleStartCache) return titleStartCache;
  const set = new Set<string>([...lex.modifiers, ...lex.portfolio]);
  for (const w of lex.headFirstWords) {
    set.add(w);
    set.add(w + 's');
  }
  for (const w of ['and', 'of', 'for', 'the']) set.delete(w);
  titleStartCache = set;
  return set;
}

function groupAt(toks: Tok[], k: number, end: number, lex: Lexicons): { to: number; kind: 'people' | 'countries' } | undefined {
  const t = toks[k];
  if (!t || k >= end) return undefined;
  if (t.low === 'heads' && toks[k + 1]?.low === 'of' && toks[k + 2]?.low === 'state') return { to: k + 3, kind: 'people' };
  if (t.low === 'foreign' || t.low === 'defence' || t.low === 'defense') {
    const g = groupAt(toks, k + 1, end, lex);
    return g;
  }
  if (COUNTRY_GROUP_NOUNS.has(t.low) && t.low !== 'sides') return { to: k + 1, kind: 'countries' };
  if (GROUP_NOUNS.has(t.low)) return { to: k + 1, kind: 'people' };
  const tm = matchTitle(toks, k, end, lex, true, '');
  if (tm?.plural) return { to: tm.to, kind: 'people' };
  void titleCase;
  return undefined;
}
