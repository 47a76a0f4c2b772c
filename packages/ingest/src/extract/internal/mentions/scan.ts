// The state the mention finders share while they read one story, and the helpers bound to it
// (with fixed arities: the name readers are on the hot path).
import type { Parsed } from '../nlp.js';
import { lexicons, type Lexicons } from '../lexicons.js';
import { placeTrie } from '../gazetteer.js';
import { PersonRegistry, type Person, type PersonMention } from '../people.js';
import type { GroupMention, PlaceMention, SectorMention, StoryMentions } from '../mentions.js';
import * as h from './name-helpers.js';

type Bound<F> = F extends (st: MentionScan, ...args: infer A) => infer R ? (...args: A) => R : never;

/** One story's mentions while they are being found, with the name readers bound to it. */
export interface MentionScan extends StoryMentions {
  p: Parsed;
  lex: Lexicons;
  trie: ReturnType<typeof placeTrie>;
  toks: Parsed['toks'];
  n: number;
  /** People introduced with only a possessive country ("Ghana's John Mahama"): a later "the Ghanaian president" titles them. */
  possIntroduced: Set<Person>;
  /** People introduced as "His Highness X": a later bare "His Highness" means them. */
  highness: Set<Person>;
  /** Tokens already read as part of a person mention. */
  covered: Set<number>;
  stopAt: Bound<typeof h.stopAt>;
  skipHonorifics: Bound<typeof h.skipHonorifics>;
  coordinatedNames: Bound<typeof h.coordinatedNames>;
  legislatureTail: Bound<typeof h.legislatureTail>;
  legislatureBefore: Bound<typeof h.legislatureBefore>;
  countryBefore: Bound<typeof h.countryBefore>;
  ofCountry: Bound<typeof h.ofCountry>;
  delegationCountry: Bound<typeof h.delegationCountry>;
  mention: Bound<typeof h.mention>;
  addTitle: Bound<typeof h.addTitle>;
}

export function newScan(p: Parsed): MentionScan {
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
  const st = { p, lex, trie, toks, n, places, orgs, sectors, groups, persons, placeAt, registry, needsCountry, formerTitled, possIntroduced: new Set<Person>(), highness: new Set<Person>(), covered: new Set<number>() } as MentionScan;
  st.stopAt = (i, inside) => h.stopAt(st, i, inside);
  st.skipHonorifics = (k, end) => h.skipHonorifics(st, k, end);
  st.coordinatedNames = (k, end, max) => h.coordinatedNames(st, k, end, max);
  st.legislatureTail = (k, end) => h.legislatureTail(st, k, end);
  st.legislatureBefore = (i, sFrom) => h.legislatureBefore(st, i, sFrom);
  st.countryBefore = (i, sFrom) => h.countryBefore(st, i, sFrom);
  st.ofCountry = (k, end) => h.ofCountry(st, k, end);
  st.delegationCountry = (at, sFrom) => h.delegationCountry(st, at, sFrom);
  st.mention = (person, from, to, sent, kind, nameFrom) => h.mention(st, person, from, to, sent, kind, nameFrom);
  st.addTitle = (person, title, country, strength, national, sent) => h.addTitle(st, person, title, country, strength, national, sent);
  return st;
}
