import { foldText } from '@wiregraph/core';
import type { Sentence, Tok } from './nlp.js';
import { loadData, phraseWords, PhraseTrie } from './lexicon.js';
import { MASK, type Lexicons } from './lexicons.js';
import type { SectorMention } from './mentions.js';
import { cooperationWords } from './cooperation/words.js';
import { DEAL_WORDS } from './mentions/words.js';

/**
 * Sector items of coordinated lists that the mention pass leaves out. News copy names the
 * areas of a cooperation as a list: "cooperation in Culture, Trade and Education" (headline
 * style), "economic, trade and cultural cooperation" (modifiers of one area noun), "in the
 * fields of security, health and the economy". An item counts only when it is a whole item of
 * such a list: its own delimiters (",", ";", "and", "as well as") or an area noun on both sides.
 * So a capitalised cue inside a name ("Asia-Pacific Economic Cooperation") stays out, and a
 * word that names a sector only in a list ("security", "economic") needs the list around it.
 */

interface ListVocabulary {
  /** Words that name a sector only as a whole list item ("security", "economy"). */
  items: PhraseTrie<string>;
  /** Modifiers that name a sector when coordinated before an area noun ("cultural … cooperation"). */
  modifiers: PhraseTrie<string>;
  /** Nouns a list of areas is a list of ("sectors", "cooperation", "ties"). */
  heads: Set<string>;
}

let vocab: ListVocabulary | undefined;
// Nouns of relations a lone modifier can name an area of ("cultural ties"; but "economic sectors" is generic).
const RELATION_HEADS = new Set(['cooperation', 'co-operation', 'collaboration', 'ties', 'relations', 'relationship', 'interaction', 'exchanges', 'links']);

function vocabulary(): ListVocabulary {
  if (vocab) return vocab;
  const data = loadData<{ list_items?: Record<string, string[]>; area_modifiers?: Record<string, string[]>; area_heads?: string[] }>('sector-cues.yaml');
  const trie = (m: Record<string, string[]> | undefined) => {
    const t = new PhraseTrie<string>();
    for (const [key, list] of Object.entries(m ?? {})) for (const c of list) t.add(phraseWords(c, foldText), key);
    return t;
  };
  vocab = { items: trie(data.list_items), modifiers: trie(data.area_modifiers), heads: new Set((data.area_heads ?? []).map(foldText)) };
  return vocab;
}

// Tokens that separate the items of a list.
const DELIMITERS = new Set([',', ';', 'and', 'or', '&', '/', 'as', 'plus']);
// Words a list item can follow: a delimiter, or the cue that opens the list.
const OPENERS = new Set([...DELIMITERS, ':', 'in', 'on', 'of', 'including', 'include', 'includes', 'included', 'cover', 'covers', 'covering', 'such', 'like', 'are', 'namely', 'especially', 'particularly', 'notably', 'both', 'between', '•', '-', '–', '(']);
// Leading words an item may carry before its sector word ("the economy", "bilateral trade").
const ITEM_LEAD = new Set(['the', 'bilateral', 'mutual', 'joint', 'further']);
// Institutions whose "of" list is a name, not areas ("Ministry of Culture, Sports and Youth").
const INSTITUTIONS = /^(ministry|ministries|minister|ministers|department|departments|secretary|secretariat|office|bureau|cabinet|university|college|chamber)$/;

/** The end of a list item: a delimiter, the sentence end, a closing mark, or an area noun. */
function itemEnds(toks: readonly Tok[], e: number, end: number, heads: Set<string>): 'delim' | 'head' | undefined {
  if (e >= end) return 'delim';
  const low = toks[e]!.low;
  if (heads.has(low)) return 'head';
  if (DELIMITERS.has(low) || low === '.' || low === ')' || low === '"' || low === '”' || low === ':' || low === '—' || low === '–') return 'delim';
  // ("… Trade and Education between both countries": the partners close the list.)
  if (low === 'between' || low === 'with' || low === 'among') return 'delim';
  return undefined;
}

/** True when the list run from `e` reaches an area noun over coordinated single items ("trade and cultural cooperation"). */
function runReachesHead(toks: readonly Tok[], e: number, end: number, heads: Set<string>): boolean {
  for (let q = e, words = 0; q < end && q - e <= 14; q++) {
    const low = toks[q]!.low;
    if (heads.has(low)) return true;
    if (DELIMITERS.has(low) || low === 'well') {
      words = 0;
      continue;
    }
    // (An item of up to three words: "small and medium enterprises" is not one of ours, but it may sit in the run.)
    if (!/^[\p{L}-]+$/u.test(toks[q]!.text) || ++words > 3) return false;
  }
  return false;
}

/** True when an area phrase opens the list the token at i is in: "areas of cooperation including economic, trade and cultural". */
function openedByArea(toks: readonly Tok[], s: Sentence, i: number): boolean {
  for (let q = i - 1; q >= s.from && i - q <= 16; q--) {
    const low = toks[q]!.low;
    if (/^(including|of|as|like)$/.test(low)) {
      let back = low === 'as' && toks[q - 1]?.low === 'such' ? q - 2 : q - 1;
      if (toks[back]?.low === ',') back--;
      if (AREA_NOUNS.test(toks[back]?.low ?? '') || (/^(cooperation|co-operation)$/.test(toks[back]?.low ?? '') && AREA_NOUNS.test(toks[back - 2]?.low ?? ''))) return true;
      if (low !== 'of') return false;
    }
    if (low === ',' && AREA_NOUNS.test(toks[q - 1]?.low ?? '')) continue;
    if (toks[q]!.pos === 'VERB' || low === '.' || low === ';') return false;
  }
  return false;
}

/** True when the token at i may open a list item. */
function opensItem(toks: readonly Tok[], s: Sentence, i: number): boolean {
  let q = i - 1;
  while (q > s.from && ITEM_LEAD.has(toks[q]!.low)) q--;
  if (q < s.from || !OPENERS.has(toks[q]!.low)) return false;
  // The list's own opener, back over its items: "Ministry of Culture, Sports and Youth" is a name.
  for (let k = q, n = 0; k >= s.from && n < 16; k--, n++) {
    const low = toks[k]!.low;
    if (DELIMITERS.has(low) || (toks[k]!.cap && k < q)) continue;
    return !(low === 'of' && INSTITUTIONS.test(toks[k - 1]?.low ?? ''));
  }
  return true;
}

/**
 * Sector mentions of the sentence's area lists that `known` (the mention pass) does not already
 * hold: capitalised items, list-only words and coordinated modifiers of an area noun.
 */
export function listSectors(lex: Lexicons, toks: readonly Tok[], s: Sentence, known: readonly SectorMention[]): SectorMention[] {
  const v = vocabulary();
  const out: (SectorMention & { listOnly: boolean })[] = [];
  const covered = (i: number) => known.some((k) => i >= k.from && i < k.to) || out.some((k) => i >= k.from && i < k.to);
  for (let i = s.from; i < s.to; i++) {
    const t = toks[i]!;
    if (covered(i) || !/^[\p{L}]/u.test(t.text)) continue;
    const cue = t.mask & MASK.sector ? lex.sectors.matchToks(toks, i, s.to) : undefined;
    const item = cue ? undefined : v.items.matchToks(toks, i, s.to);
    const hyphen = cue || item ? undefined : hyphenParts(lex, v, t);
    // ("education-training" is a list item of its own; "trade-economic" a modifier.)
    const mod = cue || item || hyphen?.nouns ? undefined : (v.modifiers.matchToks(toks, i, s.to) ?? hyphen);
    const m = cue ?? item ?? mod ?? hyphen;
    if (!m || m.value === 'none') continue;
    const e = i + m.length;
    const ends = itemEnds(toks, e, s.to, v.heads);
    if (!ends) continue;
    if (mod && !modifierCounts(toks, s, i, e, ends, v.heads)) continue;
    // (A modifier's own run or noun of relations frames it: "expand economic, trade and cultural cooperation".)
    if (!mod && !opensItem(toks, s, i)) continue;
    // A lower-case cue the mention pass dropped (a title, a name) stays dropped; only capitals and list words are new.
    if (cue && !t.cap) continue;
    for (const key of m.value.split('+')) out.push({ key, from: i, to: e, sent: s.index, listOnly: !!item });
    i = e - 1;
  }
  // A list-only word needs a sector among its neighbours: "security, health and trade", not "peace, security and prosperity";
  // or the cooperation or pact right before it ("cooperation on security", "an agreement on economic development").
  const all = [...known, ...out];
  return out
    .filter((x) => !x.listOnly || all.some((o) => o !== x && !(o.from === x.from) && Math.abs(o.from - x.from) <= 6) || areaOfFrame(toks, s, x.from))
    .map(({ key, from, to, sent }) => ({ key, from, to, sent }));
}

/** True when the item at i is the object of a cooperation or pact noun's "on"/"in" ("cooperation on security"). */
function areaOfFrame(toks: readonly Tok[], s: Sentence, i: number): boolean {
  let q = i - 1;
  while (q > s.from && ITEM_LEAD.has(toks[q]!.low)) q--;
  if (toks[q]?.low !== 'on' && toks[q]?.low !== 'in') return false;
  const noun = toks[q - 1]?.low ?? '';
  const w = cooperationWords();
  return q - 1 >= s.from && (w.cooperationNouns.has(noun) || w.pactWords.has(noun));
}

/**
 * True when the capitalised words from i to e stand in the title of a deal, which names its
 * areas: after "on"/"in"/"for" of a capitalised deal word ("MoU on Cultural Cooperation"), or
 * running on to a pact noun ("the Arts and Culture Agreement", "a Civil Nuclear agreement").
 * ("Asia-Pacific Economic Cooperation" is neither: a name, not a deal.)
 */
export function inDealTitle(toks: readonly Tok[], s: Sentence, i: number, e: number): boolean {
  const opener = toks[i - 1]?.low ?? '';
  if (['on', 'in', 'for'].includes(opener) && toks.slice(Math.max(s.from, i - 6), i).some((x) => x.cap && DEAL_WORDS.has(x.low))) return true;
  const pacts = cooperationWords().pactWords;
  for (let q = e; q < s.to && q - e <= 5; q++) {
    const t = toks[q]!;
    if (pacts.has(t.low) || t.low.startsWith('memorand')) return true;
    if (t.low !== 'and' && t.low !== '&' && t.low !== ',' && !t.cap) return false;
  }
  return false;
}

/**
 * A modifier names a sector in lower case ("Scientific and Technological Cooperation" is a
 * name), in a list that reaches an area noun, and alone only before a noun of relations
 * ("cultural ties"; "in economic sectors" is generic).
 */
function modifierCounts(toks: readonly Tok[], s: Sentence, i: number, e: number, ends: 'delim' | 'head', heads: Set<string>): boolean {
  if (toks[i]!.cap) return inDealTitle(toks, s, i, e);
  if (ends === 'delim') return runReachesHead(toks, e, s.to, heads) || openedByArea(toks, s, i);
  let q = i - 1;
  while (q > s.from && ITEM_LEAD.has(toks[q]!.low)) q--;
  const inList = DELIMITERS.has(toks[q]?.low ?? '');
  return inList || RELATION_HEADS.has(toks[e]!.low);
}

/** "trade-economic", "education-training": each part of a hyphenated word maps on its own; `nouns` when every part is a sector noun. */
function hyphenParts(lex: Lexicons, v: ListVocabulary, t: Tok): { value: string; length: number; nouns: boolean } | undefined {
  if (!t.low.includes('-')) return undefined;
  const keys: string[] = [];
  let nouns = true;
  for (const part of t.low.split('-')) {
    const word = (q: number) => (q === 0 ? part : undefined);
    const noun = lex.sectors.match(word, 0);
    const m = noun && noun.value !== 'none' ? noun : (v.modifiers.match(word, 0) ?? v.items.match(word, 0));
    if (!m || m.value === 'none') return undefined;
    if (m !== noun) nouns = false;
    keys.push(m.value);
  }
  return { value: [...new Set(keys)].join('+'), length: 1, nouns };
}

// "in the fields of", "areas such as", "sectors including": a phrase that opens a list of areas.
const AREA_NOUNS = /^(areas?|fields?|sectors?|spheres?|domains?)$/;
const AREA_OPEN = new Set(['of', 'such', 'including', 'like']);

/** The start of a list of area modifiers that ends right before the area noun at `head` ("in the energy, transport and labour sectors"), or undefined. */
function modifierListBefore(toks: readonly Tok[], s: Sentence, head: number): number | undefined {
  let q = head - 1;
  let items = 0;
  let words = 0;
  let delimited = false;
  for (; q >= s.from && head - q <= 24; q--) {
    const low = toks[q]!.low;
    if (low === ',' || low === 'and' || (low === 'as' && toks[q + 1]?.low === 'well')) {
      if (words === 0) return undefined;
      delimited = true;
      words = 0;
      continue;
    }
    if (low === 'well' && toks[q - 1]?.low === 'as') continue;
    if (/^(the|in|on|of|across|into)$/.test(low)) break;
    if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(toks[q]!.text) || ++words > 2) return undefined;
    if (words === 1) items++;
  }
  // (Only a list after its preposition or article: "in the A, B and C sectors", not "A, B and C sectors grew".)
  return delimited && items >= 3 && q >= s.from && /^(the|in|on|of|across|into)$/.test(toks[q]!.low) ? q + 1 : undefined;
}

/**
 * Where a list of areas opens ("in the areas of", "fields such as", "areas, including"): a frame
 * of its own, since naming areas is naming areas of the cooperation or relations at hand. Also a
 * list of modifiers of one area noun ("in the energy, transport and labour sectors").
 */
export function areaListOpeners(toks: readonly Tok[], s: Sentence): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = s.from; i < s.to - 1; i++) {
    if (!AREA_NOUNS.test(toks[i]!.low) || toks[i]!.cap) continue;
    const listBefore = /s$/.test(toks[i]!.low) ? modifierListBefore(toks, s, i) : undefined;
    if (listBefore !== undefined) {
      out.push({ from: listBefore, to: i + 1 });
      continue;
    }
    // ("in a number of areas, including X": the comma may stand between the noun and its list.)
    const o = toks[i + 1]!.low === ',' && /^(such|including|like)$/.test(toks[i + 2]?.low ?? '') ? i + 2 : i + 1;
    if (!AREA_OPEN.has(toks[o]?.low ?? '')) continue;
    // ("representatives from various sectors including tourism": where people come from, not areas of cooperation.)
    if (toks[i - 1]?.low === 'from' || toks[i - 2]?.low === 'from') continue;
    // ("areas of mutual interest", "fields of study": the list must follow.)
    const at = toks[o]!.low === 'such' ? o + 2 : o + 1;
    if (toks[o]!.low === 'such' && toks[o + 1]?.low !== 'as') continue;
    out.push({ from: i, to: at });
  }
  // "named trade, health and tourism as priority areas": the list comes first, back to its verb.
  for (let i = s.from + 2; i < s.to; i++) {
    if (toks[i]!.low !== 'as' || toks[i - 1]!.pos === 'VERB') continue;
    let k = i + 1;
    while (k < s.to && /^(the|key|main|priority|major|important|new|strategic|potential|other)$/.test(toks[k]!.low)) k++;
    if (k === i + 1 || !AREA_NOUNS.test(toks[k]?.low ?? '')) continue;
    let q = i - 1;
    while (q > s.from && toks[q - 1]!.pos !== 'VERB' && i - q < 20) q--;
    out.push({ from: q, to: q });
  }
  return out;
}
