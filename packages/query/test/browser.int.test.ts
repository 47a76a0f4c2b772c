import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { queryFile } from '../src/index.js';
import { loadDevGraph } from './dev-graph.js';

const t = useTestDatabase();
const ARTIFACTS = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

beforeAll(async () => {
  await loadDevGraph(t.driver, t.db.database);
});

describe('Neo4j Browser', () => {
  it('connects with the test credentials, runs cypher/queries/meetings.cypher on the dev graph and shows the expected people', async () => {
    const httpUrl = t.db.httpUrl;
    if (!httpUrl) throw new Error('the test database has no HTTP address (Neo4j Browser): run against the local server or Testcontainers');
    const file = queryFile('meetings');
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wiregraph-chromium-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1000 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${httpUrl.replace(/\/$/, '')}/browser/`);
      await page.locator('[data-testid="boltaddress"]').fill(t.db.uri.replace(/^[a-z+]+:\/\//, ''), { timeout: 60_000 });
      await page.locator('[data-testid="username"]').fill(t.db.username);
      await page.locator('[data-testid="password"]').fill(t.db.password);
      await page.locator('[data-testid="connect"]').click();
      // the editor is there before the connection is: wait for Browser's own "connected" frame
      await page.getByText('You are connected as user').first().waitFor({ state: 'visible', timeout: 60_000 });

      const frames = page.locator('[data-testid="frame"]');
      const run = async (text: string) => {
        const before = await frames.count();
        await page.locator('[data-testid="activeEditor"]').click();
        // insertText: no key events, so the editor's auto-closing of brackets and quotes does not fire
        await page.keyboard.insertText(text);
        await page.locator('[data-testid="editor-Run"]').click();
        // the command has left the editor once its frame is there
        await expect.poll(() => frames.count(), { timeout: 30_000 }).toBeGreaterThan(before);
      };
      // the file's own example parameter line, then the file exactly as stored
      await run(`:params ${file.example}`);
      await run(file.text);
      const result = page.locator('[data-testid="frame"]', { hasText: 'Sanae Takaichi' }).first();
      // :params is evaluated by the server: a query sent before it returns runs without them, so
      // the newest frame is re-run (its own button) until the answer shows, a few times at most
      for (let attempt = 1; ; attempt++) {
        try {
          await result.waitFor({ state: 'visible', timeout: 20_000 });
          break;
        } catch (err) {
          if (attempt === 4) throw err;
          await page.locator('[data-testid="rerunFrameButton"]').first().click();
        }
      }
      const text = await result.textContent();
      expect(text).toContain('Luís Montenegro');
      expect(text).toContain('2026-01-31');
    } finally {
      // the screenshot is the artifact whether the checks passed or not
      mkdirSync(ARTIFACTS, { recursive: true });
      await context.pages()[0]?.screenshot({ path: join(ARTIFACTS, 'neo4j-browser.png') });
      await context.close();
    }
  });
});
