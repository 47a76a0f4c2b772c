/**
 * `pnpm tsx scripts/docs/export-picture.ts [out.png]`: the README's picture. Exports the graph
 * two hops around Keir Starmer as HTML (`wiregraph export --format html`), opens it in headless
 * Chromium, taps the Starmer–Takaichi meeting so its evidence shows, and saves a screenshot
 * (default docs/images/export-html.png).
 *
 * It reads whatever database the configuration names: run `pnpm start` first so the graph is the
 * example stories' (examples/stories/, written by the team), never a real corpus.
 * Needs Chromium at /usr/bin/chromium (Debian: `apt-get install chromium`) or CHROMIUM_PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const out = resolve(process.argv[2] ?? join(repo, 'docs', 'images', 'export-html.png'));
const FACT = 'MET:Person:keir starmer->Person:sanae takaichi';

const work = mkdtempSync(join(tmpdir(), 'wiregraph-picture-'));
const html = join(work, 'around-starmer.html');
const exported = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', 'export', '--format', 'html', '--around', 'Keir Starmer', '--depth', '2', '-o', html], {
  cwd: repo,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (exported.status !== 0) {
  console.error('export-picture: `wiregraph export` failed (is the example graph loaded? run `pnpm start`)');
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto('file://' + html);
  await page.waitForSelector('body[data-rendered]');
  const tapped = await page.evaluate((id) => {
    const edge = (globalThis as unknown as { cy: { $id(id: string): { length: number; emit(e: string): void } } }).cy.$id(id);
    if (edge.length) edge.emit('tap');
    return edge.length > 0;
  }, FACT);
  if (!tapped) throw new Error(`no fact ${FACT} in the export: is the example graph loaded?`);
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document;
    return (doc.querySelector('#details')?.textContent ?? '').includes('Evidence');
  });
  await page.screenshot({ path: out });
  console.log(`export-picture: wrote ${out}`);
} finally {
  await browser.close();
}
