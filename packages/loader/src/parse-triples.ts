import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import {
  InputError,
  PREDICATE_SIGNATURES,
  isEntityType,
  isPartialDate,
  isPredicate,
  countryByIso3,
  sectorByKey,
  type EntityRef,
  type Triple,
} from '@wiregraph/core';

function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && countryByIso3(value) !== undefined;
}

/** Checks one parsed JSON value against the triple contract; returns the problem, or the triple. */
export function validateTriple(value: unknown): { triple: Triple } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  if (typeof v.article !== 'string' || v.article === '') return { problem: '"article" must be a non-empty string' };
  if (!isPredicate(v.predicate)) return { problem: `"predicate" must be one of MET, VISITED, HOLDS_OFFICE, COOPERATES_WITH, COOPERATES_ON, got ${JSON.stringify(v.predicate)}` };
  const sig = PREDICATE_SIGNATURES[v.predicate];
  const entity = (field: 'subject' | 'object', type: string): EntityRef | string => {
    const e = v[field] as Record<string, unknown> | undefined;
    if (typeof e !== 'object' || e === null) return `"${field}" must be an object {type, key, name}`;
    if (!isEntityType(e.type) || e.type !== type) return `"${field}.type" of ${v.predicate} must be ${type}, got ${JSON.stringify(e.type)}`;
    if (typeof e.key !== 'string' || e.key.trim() === '') return `"${field}.key" must be a non-empty string`;
    // Closed sets: a key outside them would create a node no query expects (and carries whatever a file put there).
    if (type === 'Country' && !isCountryCode(e.key)) return `"${field}.key" of a Country must be an ISO 3166-1 alpha-3 code, got ${JSON.stringify(e.key)}`;
    if (type === 'Sector' && !sectorByKey(e.key)) return `"${field}.key" of a Sector must be a key of the sector taxonomy (sectors.yaml), got ${JSON.stringify(e.key)}`;
    if (e.name !== undefined && typeof e.name !== 'string') return `"${field}.name" must be a string`;
    return { type: e.type, key: e.key, name: typeof e.name === 'string' && e.name !== '' ? e.name : e.key };
  };
  const subject = entity('subject', sig.subject);
  if (typeof subject === 'string') return { problem: subject };
  const object = entity('object', sig.object);
  if (typeof object === 'string') return { problem: object };
  if (v.date !== null && v.date !== undefined && !isPartialDate(v.date)) return { problem: `"date" must be YYYY, YYYY-MM, YYYY-MM-DD or null, got ${JSON.stringify(v.date)}` };
  if (typeof v.evidence !== 'string') return { problem: '"evidence" must be a string' };
  if (v.confidence !== undefined && (typeof v.confidence !== 'number' || v.confidence < 0 || v.confidence > 1)) return { problem: '"confidence" must be a number from 0 to 1' };
  if (v.title !== undefined && typeof v.title !== 'string') return { problem: '"title" must be a string' };
  if (v.partners !== undefined && (!Array.isArray(v.partners) || !v.partners.every(isCountryCode))) {
    return { problem: `"partners" must be an array of ISO 3166-1 alpha-3 codes, got ${JSON.stringify(v.partners)}` };
  }
  for (const f of ['sentence', 'start', 'end'] as const) {
    if (v[f] !== undefined && (typeof v[f] !== 'number' || !Number.isInteger(v[f]) || (v[f] as number) < 0)) return { problem: `"${f}" must be a non-negative integer` };
  }
  if (v.rule !== undefined && typeof v.rule !== 'string') return { problem: '"rule" must be a string' };
  const triple: Triple = {
    article: v.article,
    subject,
    predicate: v.predicate,
    object,
    date: (v.date as string | null | undefined) ?? null,
    evidence: v.evidence,
  };
  if (v.confidence !== undefined) triple.confidence = v.confidence as number;
  if (v.title !== undefined) triple.title = v.title as string;
  if (v.partners !== undefined) triple.partners = v.partners as string[];
  if (v.sentence !== undefined) triple.sentence = v.sentence as number;
  if (v.start !== undefined) triple.start = v.start as number;
  if (v.end !== undefined) triple.end = v.end as number;
  if (v.rule !== undefined) triple.rule = v.rule as string;
  return { triple };
}

/** Parses one JSON Lines line; throws an InputError naming the file and line. */
export function parseTripleLine(line: string, file: string, lineNumber: number): Triple {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new InputError('BAD_JSON', `${file}:${lineNumber}: not valid JSON (${(err as Error).message})`, file, { line: lineNumber });
  }
  const checked = validateTriple(value);
  if ('problem' in checked) throw new InputError('BAD_TRIPLE', `${file}:${lineNumber}: ${checked.problem}`, file, { line: lineNumber });
  return checked.triple;
}

/**
 * Triples from a JSON Lines stream. Blank lines are skipped; a bad line goes to `onError`
 * (with file and line) and reading goes on.
 */
export async function* readTriples(stream: Readable, file: string, onError: (err: InputError) => void): AsyncGenerator<Triple> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    try {
      yield parseTripleLine(line, file, n);
    } catch (err) {
      if (err instanceof InputError) onError(err);
      else throw err;
    }
  }
}
