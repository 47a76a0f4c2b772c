/**
 * Synthetic wire-story triples for the load benchmark: seeded, so every run loads the same
 * corpus. Keys are reused as news reuses them: people, countries and sectors are drawn from
 * Zipf distributions (a few leaders and countries in most stories), and each article is about
 * a small cast (2–4 people, their countries and a host) with the triples such a story yields.
 */
import { PREDICATE_SIGNATURES, countries, sectors, type Triple } from '../../packages/core/src/index.js';
import { rng } from './_random.js';


function zipf(n: number, s: number, random: () => number): () => number {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  return () => {
    const x = random();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function syntheticTriples(count: number, seed = 42): Triple[] {
  return [...syntheticTripleStream(count, seed)];
}

/** The same triples one at a time, for corpora too big to hold (the import bench writes a million to a file). */
export function* syntheticTripleStream(count: number, seed = 42): Generator<Triple> {
  const random = rng(seed);
  const countryList = countries();
  const sectorList = sectors();
  const pickCountry = zipf(countryList.length, 1.1, random);
  const pickSector = zipf(sectorList.length, 0.8, random);
  const PEOPLE = 3000;
  const pickPerson = zipf(PEOPLE, 1.05, random);
  const titles = ['Prime Minister', 'President', 'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Ambassador'];
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    key: `person ${i} surname${i % 97}`,
    name: `Person ${i} Surname${i % 97}`,
    country: countryList[pickCountry()]!,
    title: titles[i % titles.length]!,
  }));
  const filler = 'The two sides said in a joint statement issued after the talks that they would deepen cooperation and meet again next year, officials said.';
  let emitted = 0;
  let pending: Triple[] = [];
  let articleNo = 0;
  while (emitted < count) {
    const article = `synthetic-${String(articleNo++).padStart(6, '0')}`;
    const day = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const cast = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => people[pickPerson()]!))];
    const places = [...new Set([...cast.map((p) => p.country), countryList[pickCountry()]!])];
    const seen = new Set<string>();
    const emit = (t: Omit<Triple, 'article' | 'evidence' | 'date' | 'confidence'>) => {
      const k = `${t.predicate}|${t.subject.key}|${t.object.key}|${t.title ?? ''}`;
      const k2 = `${t.predicate}|${t.object.key}|${t.subject.key}|${t.title ?? ''}`;
      if (seen.has(k) || (PREDICATE_SIGNATURES[t.predicate].symmetric && seen.has(k2)) || t.subject.key === t.object.key) return;
      seen.add(k);
      pending.push({ article, ...t, date: day, evidence: `${t.subject.name} ${t.predicate.toLowerCase()} ${t.object.name}. ${filler}`, confidence: 0.5 + random() / 2, sentence: (emitted + pending.length) % 20 });
    };
    const ref = (c: (typeof countryList)[number]) => ({ type: 'Country' as const, key: c.iso3, name: c.name });
    const pref = (p: (typeof people)[number]) => ({ type: 'Person' as const, key: p.key, name: p.name });
    for (const p of cast) emit({ subject: pref(p), predicate: 'HOLDS_OFFICE', object: ref(p.country), title: p.title });
    for (let i = 0; i < cast.length; i++) for (let j = i + 1; j < cast.length; j++) emit({ subject: pref(cast[i]!), predicate: 'MET', object: pref(cast[j]!) });
    const host = places[places.length - 1]!;
    for (const p of cast) if (p.country !== host) emit({ subject: pref(p), predicate: 'VISITED', object: ref(host) });
    for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) emit({ subject: ref(places[i]!), predicate: 'COOPERATES_WITH', object: ref(places[j]!) });
    const areas = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => sectorList[pickSector()]!))];
    for (const c of places) {
      for (const s of areas) {
        emit({ subject: ref(c), predicate: 'COOPERATES_ON', object: { type: 'Sector', key: s.key, name: s.label }, partners: places.filter((x) => x !== c).map((x) => x.iso3) });
      }
    }
    for (const t of pending) {
      if (emitted++ >= count) return;
      yield t;
    }
    pending = [];
  }
}

