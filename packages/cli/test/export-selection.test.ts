import { describe, expect, it } from 'vitest';
import { UsageError } from '@wiregraph/core';
import { selectionFromOptions } from '../src/commands/export.js';

describe('wiregraph export: the selection its flags describe', () => {
  it('--around with --depth and --types selects a neighbourhood', () => {
    expect(selectionFromOptions({ format: 'graphml', around: 'Keir Starmer', depth: '2', types: 'MET, VISITED' })).toEqual({
      kind: 'neighbourhood', entity: 'Keir Starmer', depth: 2, types: ['MET', 'VISITED'], from: undefined, to: undefined,
    });
  });

  it('--limit caps the neighbourhood at each hop; none or all lifts the cap; left out, the default applies', () => {
    expect(selectionFromOptions({ format: 'html', around: 'JPN', depth: '2', limit: '25' })).toMatchObject({ kind: 'neighbourhood', limit: 25 });
    expect(selectionFromOptions({ format: 'graphml', around: 'JPN', depth: '2', limit: 'none' })).toMatchObject({ kind: 'neighbourhood', limit: null });
    expect(selectionFromOptions({ format: 'graphml', around: 'JPN', depth: '2', limit: 'ALL' })).toMatchObject({ kind: 'neighbourhood', limit: null });
    expect((selectionFromOptions({ format: 'graphml', around: 'JPN', depth: '2' }) as { limit?: number | null }).limit).toBeUndefined();
    for (const bad of ['0', '-3', '2.5', 'many']) expect(() => selectionFromOptions({ format: 'csv', around: 'JPN', depth: '2', limit: bad })).toThrow(UsageError);
  });

  it('--query with --params selects by a query file', () => {
    expect(selectionFromOptions({ format: 'html', depth: '1', query: 'cooperation', params: '{"country":"JPN"}' })).toEqual({ kind: 'query', file: 'cooperation', params: { country: 'JPN' } });
  });

  it('filters and a date range select matching facts; no flag selects the whole graph', () => {
    expect(selectionFromOptions({ format: 'csv', depth: '1', predicates: 'MET', countries: 'JPN,GBR', from: '2026-01-01', to: '2026-03-31' })).toEqual({
      kind: 'filter', predicates: ['MET'], countries: ['JPN', 'GBR'], sectors: undefined, from: '2026-01-01', to: '2026-03-31',
    });
    expect(selectionFromOptions({ format: 'csv', depth: '1', from: '2026-01' })).toMatchObject({ kind: 'filter', from: '2026-01' });
    expect(selectionFromOptions({ format: 'csv', depth: '1' })).toEqual({ kind: 'whole' });
  });

  it('two selections at once, a bad depth or bad JSON are usage errors', () => {
    expect(() => selectionFromOptions({ format: 'csv', depth: '1', around: 'x', countries: 'JPN' })).toThrow(UsageError);
    expect(() => selectionFromOptions({ format: 'csv', depth: 'two', around: 'x' })).toThrow(UsageError);
    expect(() => selectionFromOptions({ format: 'csv', depth: '1', query: 'path', params: '{oops' })).toThrow(UsageError);
  });
});
