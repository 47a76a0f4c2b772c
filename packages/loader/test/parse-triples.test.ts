import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputError, Triple } from '@wiregraph/core';
import { DEV_CORPUS } from '../../../scripts/test/corpora.js';
import { parseTripleLine, readTriples } from '../src/parse-triples.js';

const GOLD = DEV_CORPUS.gold;

async function collect(text: string) {
  const errors: InputError[] = [];
  const triples: Triple[] = [];
  for await (const t of readTriples(Readable.from([text]), 'in.jsonl', (e) => errors.push(e))) triples.push(t);
  return { triples, errors };
}

describe('readTriples', () => {
  it('reads every line of the dev gold file as a valid triple', async () => {
    const { triples, errors } = await collect(readFileSync(GOLD, 'utf8'));
    expect(errors).toEqual([]);
    expect(triples).toHaveLength(488);
    expect(triples.filter((t) => t.predicate === 'COOPERATES_ON').every((t) => t.partners && t.partners.length > 0)).toBe(true);
  });

  it('names the file and line of a bad line and goes on with the rest', async () => {
    const good = readFileSync(GOLD, 'utf8').split('\n')[0]!;
    const { triples, errors } = await collect([good, '{not json', '', JSON.stringify({ ...JSON.parse(good), predicate: 'LIKES' }), good].join('\n'));
    expect(triples).toHaveLength(2);
    expect(errors.map((e) => [e.file, e.context.line])).toEqual([
      ['in.jsonl', 2],
      ['in.jsonl', 4],
    ]);
    expect(errors[0]!.message).toMatch(/^in\.jsonl:2: not valid JSON/);
    expect(errors[1]!.message).toContain('"predicate" must be one of');
  });
});

describe('parseTripleLine', () => {
  const base = { article: 'a', subject: { type: 'Person', key: 'x y', name: 'X Y' }, predicate: 'VISITED', object: { type: 'Country', key: 'JPN', name: 'Japan' }, date: '2026-01', evidence: 'e' };
  const problem = (patch: Record<string, unknown>) => {
    try {
      parseTripleLine(JSON.stringify({ ...base, ...patch }), 'f', 7);
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('accepts a contract triple and keeps its extras', () => {
    expect(parseTripleLine(JSON.stringify({ ...base, confidence: 0.5, sentence: 1, start: 0, end: 3, rule: 'r' }), 'f', 1)).toMatchObject({ confidence: 0.5, sentence: 1, rule: 'r' });
  });

  it('rejects wrong entity types for the predicate, bad keys, dates and confidences', () => {
    expect(problem({ object: { type: 'Person', key: 'x', name: 'X' } })).toBe('f:7: "object.type" of VISITED must be Country, got "Person"');
    expect(problem({ object: { type: 'Country', key: 'Japan', name: 'Japan' } })).toContain('ISO 3166-1 alpha-3');
    expect(problem({ date: '31/01/2026' })).toContain('"date" must be');
    expect(problem({ confidence: 3 })).toContain('"confidence"');
    expect(problem({ article: '' })).toContain('"article"');
    expect(problem({ partners: ['gb'] })).toContain('"partners"');
  });
});

describe('closed-set keys (sectors, ISO countries, predicates)', () => {
  const coop = { article: 'a', subject: { type: 'Country', key: 'JPN', name: 'Japan' }, predicate: 'COOPERATES_ON', object: { type: 'Sector', key: 'defence', name: 'Defence' }, date: null, evidence: 'e', partners: ['GBR'] };
  const line = (patch: Record<string, unknown>) => JSON.stringify({ ...coop, ...patch });

  it('rejects a sector key outside the taxonomy, a made-up country code and a made-up partner, one line each, and reads on', async () => {
    const text = [
      line({}),
      line({ object: { type: 'Sector', key: "evil`sector' }) //", name: 'x' } }),
      line({ subject: { type: 'Country', key: 'ZZZ', name: 'Nowhere' } }),
      line({ partners: ['GBR', 'QQQ'] }),
      line({ predicate: 'COOPERATES_ON;DROP' }),
      line({ object: { type: 'Sector', key: 'space', name: 'Space' } }),
    ].join('\n');
    const { triples, errors } = await collect(text);
    expect(triples.map((t) => t.object.key)).toEqual(['defence', 'space']);
    expect(errors.map((e) => e.context.line)).toEqual([2, 3, 4, 5]);
    for (const e of errors) expect(e.message).not.toContain('\n');
    expect(errors[0]!.message).toBe('in.jsonl:2: "object.key" of a Sector must be a key of the sector taxonomy (sectors.yaml), got "evil`sector\' }) //"');
    expect(errors[1]!.message).toContain('"subject.key" of a Country must be an ISO 3166-1 alpha-3 code, got "ZZZ"');
    expect(errors[2]!.message).toContain('"partners" must be an array of ISO 3166-1 alpha-3 codes');
    expect(errors[3]!.message).toContain('"predicate" must be one of');
  });
});
