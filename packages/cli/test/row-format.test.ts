import { describe, expect, it } from 'vitest';
import { formatRows, parseParams } from '../src/internal/row-format.js';

const rows = [
  { person: { label: 'Person', key: 'keir starmer', name: 'Keir Starmer' }, sectors: [{ key: 'defence', name: 'Defence' }, { key: 'space', name: 'Space' }], count: 2 },
  { person: { label: 'Person', key: 'a', name: 'Said "Hi", then left' }, sectors: [], count: 1 },
];

describe('query rows as table and CSV', () => {
  it('flattens entities to names and lists to "a; b" in CSV, quoting as RFC 4180 asks', () => {
    expect(formatRows(rows, 'csv')).toBe('person,sectors,count\nKeir Starmer,Defence; Space,2\n"Said ""Hi"", then left",,1\n');
  });
  it('aligns a table under its header', () => {
    const lines = formatRows(rows, 'table').split('\n');
    expect(lines[0]).toMatch(/^person\s+sectors\s+count$/);
    expect(lines[2]!.indexOf('Defence')).toBe(lines[0]!.indexOf('sectors'));
  });
  it('keeps JSON Lines one row a line', () => {
    expect(formatRows(rows, 'jsonl').trim().split('\n')).toHaveLength(2);
  });
  it('reads --param values as JSON where they parse, strings otherwise', () => {
    expect(parseParams(['country=JPN', 'limit=5', 'types=["MET"]', 'from=2026-01-01'])).toEqual({ country: 'JPN', limit: 5, types: ['MET'], from: '2026-01-01' });
    expect(() => parseParams(['nope'])).toThrow(/name=value/);
  });
});
