/**
 * The person guard: run on one story's triples after extraction, outside the extractor. Every
 * Person end is cleaned (ranks, styles and caption tails stripped, contract v1.1); one person
 * named two ways in the story gets one key (core's storyNames); a triple naming something that
 * is not a person, or two people fused into one key, is dropped.
 */
import { cleanPersonName, isFusedPair, keysNaming, storyNames, type EntityRef, type Triple } from '@wiregraph/core';

/**
 * Keys that join two of the story's people into one ("mohammed bin salman adel abdul mahdi"):
 * the first words name one person of the story and the rest another.
 */
export function fusedKeys(keys: readonly string[]): Set<string> {
  const fused = new Set<string>();
  for (const key of keys) {
    const others = keys.filter((k) => k !== key);
    if (isFusedPair(key, (part) => keysNaming(part, others))) fused.add(key);
  }
  return fused;
}

/** Maps a Person end to the story's one key for that person (storyNames), with that key's name. */
function oneKeyPerPerson(triples: readonly Triple[]): (e: EntityRef) => EntityRef {
  const refs = new Map<string, EntityRef>();
  const counts = new Map<string, number>();
  for (const t of triples) {
    for (const e of [t.subject, t.object]) {
      if (e.type !== 'Person') continue;
      if (!refs.has(e.key)) refs.set(e.key, e);
      counts.set(e.key, (counts.get(e.key) ?? 0) + 1);
    }
  }
  const into = storyNames([...counts].map(([key, n]) => ({ key, triples: n })));
  return (e) => (e.type === 'Person' && into.has(e.key) ? refs.get(into.get(e.key)!)! : e);
}

/** One story's triples with every Person end cleaned; triples about non-persons or fused pairs dropped. */
export function guardPeople(triples: readonly Triple[]): Triple[] {
  const cleaned = new Map<string, EntityRef | null>();
  const clean = (e: EntityRef): EntityRef | null => {
    if (e.type !== 'Person') return e;
    const id = `${e.key}\u0000${e.name}`;
    if (!cleaned.has(id)) {
      const key = cleanPersonName(e.key);
      const name = cleanPersonName(e.name);
      const kept = key.ok ? { type: 'Person' as const, key: key.key, name: name.ok ? name.name : e.name } : null;
      cleaned.set(id, kept && kept.key === e.key && kept.name === e.name ? e : kept);
    }
    return cleaned.get(id)!;
  };
  const cleanedTriples: Triple[] = [];
  for (const t of triples) {
    const subject = clean(t.subject);
    const object = clean(t.object);
    if (subject && object) cleanedTriples.push(subject === t.subject && object === t.object ? t : { ...t, subject, object });
  }
  const one = oneKeyPerPerson(cleanedTriples);
  const kept: Triple[] = [];
  for (const t of cleanedTriples) {
    const [subject, object] = [one(t.subject), one(t.object)];
    if (t.predicate === 'MET' && subject.key === object.key) continue;
    kept.push(subject === t.subject && object === t.object ? t : { ...t, subject, object });
  }
  const people = [...new Set(kept.flatMap((t) => [t.subject, t.object]).filter((e) => e.type === 'Person').map((e) => e.key))];
  const fused = fusedKeys(people);
  return fused.size ? kept.filter((t) => !fused.has(t.subject.key) && !fused.has(t.object.key)) : kept;
}
