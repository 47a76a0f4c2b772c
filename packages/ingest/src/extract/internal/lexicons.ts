import { foldText, sectors } from '@wiregraph/core';
import { loadData, PhraseTrie, phraseWords } from './lexicon.js';
import { placeTrie } from './gazetteer.js';

function placeFirstWords(): IterableIterator<string> {
  return placeTrie().firstWords();
}

/** All lexicons our rules use, compiled once per thread into tries and sets. */
export interface Lexicons {
  heads: PhraseTrie<string>;
  headFirstWords: Set<string>;
  modifiers: Set<string>;
  portfolio: Set<string>;
  countryTitles: Map<string, string>;
  /** Titles only a few states use ("Chancellor"): the story's mention of one of them decides. */
  fewCountryTitles: Map<string, string[]>;
  /** Head-of-state and head-of-government titles (offices.yaml head_titles). */
  headTitles: {
    /** Lower case: one holder per country in a story. */
    onePerCountry: Set<string>;
    /** A whole title "the <demonym> leader" can stand for. */
    leader: RegExp;
    /** A title that starts with a head's or a delegation lead's: who ranks highest among travellers. */
    senior: RegExp;
  };
  otherRoles: PhraseTrie<string>;
  notCurrentBefore: Set<string>;
  notCurrentAfter: Set<string>;
  sectors: PhraseTrie<string>;
  sectorCapsOk: Set<string>;
  /** Sector heads that yield to the sector of their "of" object ("construction of nuclear power plants"). */
  sectorGenericHeads: Set<string>;
  /** Office words that make a sector cue before them part of a title ("defence ministers"). */
  sectorTitleHeads: Set<string>;
  meetVerb: PhraseTrie<string>;
  meetNoun: PhraseTrie<string>;
  remote: PhraseTrie<string>;
  visitMove: PhraseTrie<string>;
  visitHost: Set<string>;
  presence: PhraseTrie<string>;
  /** Standing venues that fix a meeting's country without naming a place ("the UN General Assembly" → USA). */
  venues: PhraseTrie<string>;
  coopNoun: PhraseTrie<string>;
  coopVerb: PhraseTrie<string>;
  /** "X maintains medical brigades in A and B": verbs and programme nouns of one country's ongoing work in others. */
  presenceVerbs: Set<string>;
  presenceNouns: Set<string>;
  modal: Set<string>;
  negation: Set<string>;
  topicNouns: Set<string>;
  /** Words before a title that make its holder a predecessor ("succeeded his cousin Sultan X"). */
  predecessorBefore: Set<string>;
  /** Words that may precede a title inside the mention ("host Prime Minister X"). */
  titlePremodifiers: Set<string>;
  /** Heads that a legislature phrase can follow ("Speaker of the National Assembly"). */
  legislatureHeads: PhraseTrie<string>;
  /** Legislature names → ISO3 of the country they fix, or '' when the name is general. */
  legislatures: PhraseTrie<string>;
  /** ISO3 → folded titles that are civil-service posts there. */
  civilService: Map<string, Set<string>>;
  /** Words that make a capitalised name-like run an organisation, place or building ("King Khalid International Airport"). */
  notPersonWords: Set<string>;
  /** Words that end a place named after someone ("… International Airport"). */
  placeNameHeads: Set<string>;
}

/** Bits of Tok.mask: which lexicons have a phrase starting at that word (one map look-up per word). */
export const MASK = { place: 1, sector: 2, title: 4, role: 8, meet: 16, visit: 32, coop: 64, pass3: 128 } as const;

let lex: Lexicons | undefined;
let masks: Map<string, number> | undefined;

/** The lexicon bits of a folded word (0 for most words). */
export function wordMask(low: string): number {
  return (masks ??= buildMasks()).get(low) ?? 0;
}

function buildMasks(): Map<string, number> {
  const l = lexicons();
  const m = new Map<string, number>();
  const or = (w: string, bit: number) => m.set(w, (m.get(w) ?? 0) | bit);
  for (const w of placeFirstWords()) or(w, MASK.place);
  for (const w of l.sectors.firstWords()) or(w, MASK.sector);
  for (const w of [...l.modifiers, ...l.portfolio]) if (!['and', 'of', 'for', 'the'].includes(w)) or(w, MASK.title);
  for (const w of l.headFirstWords) {
    or(w, MASK.title);
    or(w + 's', MASK.title);
    // ("Secretaries": a plural in -ies.)
    if (w.endsWith('y')) or(`${w.slice(0, -1)}ies`, MASK.title);
  }
  for (const w of ['counterpart', 'counterparts']) or(w, MASK.title);
  for (const w of l.otherRoles.firstWords()) or(w, MASK.role);
  for (const t of [l.remote, l.meetVerb, l.meetNoun]) for (const w of t.firstWords()) or(w, MASK.meet);
  for (const t of [l.visitMove, l.presence]) for (const w of t.firstWords()) or(w, MASK.visit);
  for (const w of l.visitHost) or(w, MASK.visit);
  for (const t of [l.coopNoun, l.coopVerb]) for (const w of t.firstWords()) or(w, MASK.coop);
  for (const w of ['he', 'she', 'him', 'the', 'both', 'their']) or(w, MASK.pass3);
  return m;
}
const words = (s: string) => phraseWords(s, foldText);

function trieOf(list: readonly string[], value?: (s: string) => string): PhraseTrie<string> {
  const t = new PhraseTrie<string>();
  for (const s of list) t.add(words(s), value ? value(s) : s);
  return t;
}

export function lexicons(): Lexicons {
  if (lex) return lex;
  const off = loadData<{
    heads: string[]; modifiers: string[]; portfolio: string[]; country_titles: Record<string, string>; few_country_titles?: Record<string, string[]>;
    other_roles: string[]; not_current_before: string[]; not_current_after: string[]; civil_service_titles?: Record<string, string[]>;
    predecessor_before?: string[]; title_premodifiers?: string[]; legislature_heads?: string[]; legislatures?: Record<string, string | null>;
    not_person_words?: string[];
    place_name_heads?: string[];
    head_titles: { one_per_country: string[]; monarchs: string[]; leader_only: string[]; delegation_leads: string[] };
  }>('offices.yaml');
  const ht = off.head_titles;
  const anyOf = (ts: string[]) => ts.map((t) => t.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const legislatures = new PhraseTrie<string>();
  for (const [k, v] of Object.entries(off.legislatures ?? {})) legislatures.add(words(k), v ?? '');
  const sec = loadData<{ cues: Record<string, string[]>; capitalised_ok: string[]; generic_heads?: string[]; title_heads?: string[] }>('sector-cues.yaml');
  const cues = loadData<{
    meeting: { verb: string[]; noun: string[]; remote: string[] };
    visit: { move: string[]; host: string[]; presence: string[]; venues?: Record<string, string> };
    cooperation: { nouns: string[]; verbs: string[]; presence_verbs?: string[]; presence_nouns?: string[] };
    modal: string[]; negation: string[]; topic_nouns: string[];
  }>('cues.yaml');
  const sectorTrie = new PhraseTrie<string>();
  for (const [key, list] of Object.entries(sec.cues)) for (const c of list) sectorTrie.add(words(c), key, true);
  // The shared taxonomy's own cues fill in whatever our file does not already map.
  for (const s of sectors()) {
    sectorTrie.add(words(s.label), s.key);
    for (const c of s.cues) sectorTrie.add(words(c), s.key);
  }
  lex = {
    heads: trieOf(off.heads),
    headFirstWords: new Set(off.heads.map((h) => words(h)[0]!)),
    modifiers: new Set(off.modifiers.map(foldText)),
    portfolio: new Set(off.portfolio.map(foldText)),
    countryTitles: new Map(Object.entries(off.country_titles).map(([k, v]) => [foldText(k), v])),
    fewCountryTitles: new Map(Object.entries(off.few_country_titles ?? {}).map(([k, v]) => [foldText(k), v])),
    headTitles: {
      onePerCountry: new Set(ht.one_per_country.map((t) => t.toLowerCase())),
      leader: new RegExp(`^(?:${anyOf([...ht.one_per_country, ...ht.monarchs, ...ht.leader_only])})$`, 'i'),
      senior: new RegExp(`^(?:${anyOf([...ht.one_per_country, ...ht.monarchs, ...ht.delegation_leads])})\\b`, 'i'),
    },
    otherRoles: trieOf(off.other_roles),
    notCurrentBefore: new Set(off.not_current_before.map(foldText)),
    notCurrentAfter: new Set(off.not_current_after.map(foldText)),
    sectors: sectorTrie,
    sectorCapsOk: new Set(sec.capitalised_ok.map(foldText)),
    sectorGenericHeads: new Set((sec.generic_heads ?? []).map(foldText)),
    sectorTitleHeads: new Set((sec.title_heads ?? []).map(foldText)),
    meetVerb: trieOf(cues.meeting.verb),
    meetNoun: trieOf(cues.meeting.noun),
    remote: trieOf(cues.meeting.remote),
    visitMove: trieOf(cues.visit.move),
    visitHost: new Set(cues.visit.host.map(foldText)),
    presence: trieOf(cues.visit.presence),
    venues: (() => {
      const t = new PhraseTrie<string>();
      for (const [k, v] of Object.entries(cues.visit.venues ?? {})) t.add(words(k), v);
      return t;
    })(),
    coopNoun: trieOf(cues.cooperation.nouns),
    coopVerb: trieOf(cues.cooperation.verbs),
    presenceVerbs: new Set((cues.cooperation.presence_verbs ?? []).map(foldText)),
    presenceNouns: new Set((cues.cooperation.presence_nouns ?? []).map(foldText)),
    modal: new Set(cues.modal.map(foldText)),
    negation: new Set(cues.negation.map(foldText)),
    topicNouns: new Set(cues.topic_nouns.map(foldText)),
    predecessorBefore: new Set((off.predecessor_before ?? []).map(foldText)),
    titlePremodifiers: new Set((off.title_premodifiers ?? []).map(foldText)),
    legislatureHeads: trieOf(off.legislature_heads ?? []),
    legislatures,
    civilService: new Map(Object.entries(off.civil_service_titles ?? {}).map(([k, v]) => [k, new Set(v.map(foldText))])),
    notPersonWords: new Set((off.not_person_words ?? []).map(foldText)),
    placeNameHeads: new Set((off.place_name_heads ?? []).map(foldText)),
  };
  return lex;
}
