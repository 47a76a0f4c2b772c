import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One sector of the closed taxonomy (data/sectors.yaml: the team's spec/sectors.yaml, checked equal by the corpus tier). */
export interface SectorRecord {
  key: string;
  label: string;
  cues: string[];
}

export const SECTORS_FILE = new URL('../../data/sectors.yaml', import.meta.url);

let cache: SectorRecord[] | undefined;

/** The sector taxonomy, read once. */
export function sectors(): readonly SectorRecord[] {
  if (cache) return cache;
  const parsed = parse(readFileSync(SECTORS_FILE, 'utf8')) as Array<{ key: string; label: string; cues?: unknown[] }>;
  cache = parsed.map((s) => ({ key: s.key, label: s.label, cues: (s.cues ?? []).map(String) }));
  return cache;
}

export function sectorByKey(key: string): SectorRecord | undefined {
  return sectors().find((s) => s.key === key);
}
