import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputError } from '@wiregraph/core';
import { articleRuns, planTriplesInWorkers, plannedRuns, readTriples, writeImportFiles } from '../src/index.js';
import { awkwardTriples } from './helpers/awkward-triples.js';

const dir = mkdtempSync(join(tmpdir(), 'wg-plan-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csvFiles = (d: string) => Object.fromEntries(readdirSync(d).filter((f) => f.endsWith('.csv')).sort().map((f) => [f, readFileSync(join(d, f), 'utf8')]));

describe('planTriplesInWorkers', () => {
  it('writes the same CSV files as reading and planning the runs on one thread, with runs cut between chunks and bad lines skipped', async () => {
    const triples = awkwardTriples();
    // A blank line and a bad line among the triples; with 3 lines a chunk, runs are cut between chunks.
    const lines = triples.map((t) => JSON.stringify(t));
    lines.splice(2, 0, '', '{"article": "awk-1", "predicate": "MET"}');
    const file = join(dir, 'triples.jsonl');
    writeFileSync(file, '\uFEFF' + lines.join('\n') + '\n');

    const badOne: InputError[] = [];
    const one = await writeImportFiles(plannedRuns(articleRuns(readTriples(createReadStream(file), file, (e) => badOne.push(e)))), join(dir, 'one'));
    const bad: InputError[] = [];
    const pooled = await writeImportFiles(
      planTriplesInWorkers([{ file, open: () => createReadStream(file) }], { workers: 2, chunkLines: 3, onBadLine: (e) => bad.push(e) }),
      join(dir, 'pooled'),
    );

    expect(csvFiles(join(dir, 'pooled'))).toEqual(csvFiles(join(dir, 'one')));
    const counts = (w: typeof one) => ({ runs: w.runs, triples: w.triples, articles: w.articles, claims: w.claims, facts: w.facts, noPartners: w.claimsWithoutPartnersCount });
    expect(counts(pooled)).toEqual(counts(one));
    // The line written bad, and the triples naming a country outside the reference list.
    const where = (errors: InputError[]) => errors.map((e) => [e.file, e.place.line, e.code, e.message]);
    expect(where(bad)).toEqual(where(badOne));
    expect(where(bad).map(([, line]) => line)).toEqual([4, 6, 9, 12]);
    expect(one.claims).toBeGreaterThan(4);
  }, 120_000); // worker threads compile the TypeScript on start: seconds on a loaded machine
});
