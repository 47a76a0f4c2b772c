/**
 * Query rows for people and for spreadsheets: a table or CSV wants one flat cell per column,
 * so an entity becomes its name, a list its items joined with "; ", a nested object "k=v".
 */
export const ROW_FORMATS = ['jsonl', 'json', 'table', 'csv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('name' in o && ('key' in o || 'label' in o)) return String(o.name ?? o.key ?? '');
    return Object.entries(o)
      .map(([k, v]) => `${k}=${cell(v)}`)
      .join(', ');
  }
  return String(value);
}

function columns(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

// OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula
// (=HYPERLINK(…), +cmd, @SUM). Such a cell gets a leading quote, which the sheet shows as text.
// Numbers ("-3", "+1.5") are data, not formulas, and stay as they are.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A cell a spreadsheet shows as text, never runs as a formula. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

function csvField(raw: string): string {
  const text = spreadsheetSafe(raw);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatRows(result: unknown, format: RowFormat): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  const rows = (Array.isArray(result) ? result : [result]) as Record<string, unknown>[];
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r) + '\n').join('');
  const cols = columns(rows);
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  if (format === 'csv') return [cols, ...cells].map((line) => line.map(csvField).join(',')).join('\n') + '\n';
  if (!rows.length) return '(no rows)\n';
  const max = 60;
  const clip = (s: string) => (s.length > max ? s.slice(0, max - 1) + '…' : s).replace(/\s+/g, ' ');
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => clip(r[i]!).length)));
  const line = (vals: string[]) => vals.map((v, i) => clip(v).padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

/** `--param k=v` values: JSON where it parses (numbers, lists, null), a string otherwise. */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--param takes name=value, got "${pair}"`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // A bare word is a string: --param country=JPN.
    }
    out[pair.slice(0, eq)] = value;
  }
  return out;
}
