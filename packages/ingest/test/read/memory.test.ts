/**
 * Issue 16: a 50 MB feed took 1.49 GB to reject as too large. Sizes are checked before
 * parsing, and reading any accepted input keeps its peak memory under 5× that input.
 * Measured in a child process (peak RSS over a warmed-up baseline), with a 24 MB file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./memory/peak-rss.ts', import.meta.url));
const SIZE = 24 * 1024 * 1024;
const PARAGRAPH = 'The ministers said the talks went well and that more meetings would follow soon. '.repeat(12);
const head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>';
const item = (i: number, description: string) => `<item><guid>m${i}</guid><title>Story ${i}</title><pubDate>Sun, 01 Feb 2026 09:30:00 +0900</pubDate><description>${description}</description></item>\n`;

function measure(xml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wg-memory-'));
  const warm = join(dir, 'warm.rss');
  const file = join(dir, 'big.rss');
  writeFileSync(warm, head + item(0, PARAGRAPH) + '</channel></rss>');
  writeFileSync(file, xml);
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, warm, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  const r = JSON.parse(run.stdout) as { baseline: number; peak: number; read: number; skipped: Record<string, number> };
  return { ...r, size: statSync(file).size, ratio: (r.peak - r.baseline) / statSync(file).size };
}

describe('memory while reading large inputs', () => {
  it('rejects a feed whose one item is far above the story limit without parsing it, under 5× its size', () => {
    const chunk = `&lt;p&gt;${PARAGRAPH}&lt;/p&gt;\n`;
    const body = chunk.repeat(Math.ceil(SIZE / chunk.length));
    const r = measure(head + item(1, body) + item(2, PARAGRAPH) + '</channel></rss>');
    expect(r.read).toBe(1);
    expect(r.skipped).toEqual({ 'too-large': 1 });
    console.log(`one oversized item: ratio ${r.ratio.toFixed(2)}`);
    expect(r.ratio, `peak ${(r.peak / 1e6).toFixed(0)} MB over a baseline of ${(r.baseline / 1e6).toFixed(0)} MB`).toBeLessThan(5);
  }, 120_000);

  it('reads an accepted feed of many stories under 5× its size', () => {
    const items: string[] = [];
    for (let i = 0, n = 0; n < SIZE; i++) {
      const x = item(i, `${PARAGRAPH} Story number ${i}.`);
      items.push(x);
      n += x.length;
    }
    const r = measure(head + items.join('') + '</channel></rss>');
    expect(r.read).toBe(items.length);
    console.log(`many stories: ratio ${r.ratio.toFixed(2)}`);
    expect(r.ratio, `peak ${(r.peak / 1e6).toFixed(0)} MB over a baseline of ${(r.baseline / 1e6).toFixed(0)} MB`).toBeLessThan(5);
  }, 180_000);
});
