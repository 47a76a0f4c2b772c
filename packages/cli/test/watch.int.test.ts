import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../scripts/test/neo4j.js';
import { runCli, startCli } from './run-cli.js';

const t = useTestDatabase();

const STORY_A =
  'ROME, June 3 (Reuters) - Italian Prime Minister Giorgia Meloni held talks with Indian Prime Minister Narendra Modi in Rome on Monday, and the two countries agreed to deepen cooperation in defence and space.\n';
const STORY_B =
  'OTTAWA, June 5 (Reuters) - Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Ottawa on Wednesday.\n';

function item(guid: string, title: string, text: string, date: string): string {
  return `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><pubDate>${date}</pubDate><description><![CDATA[<p>${text}</p>]]></description></item>`;
}
function feed(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test wire</title><link>http://127.0.0.1/</link><description>t</description>${items.join('')}</channel></rss>`;
}

async function articleIds(): Promise<string[]> {
  const { records } = await t.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id ORDER BY id', {}, { database: t.db.database });
  return records.map((r) => String(r.get('id')));
}

async function metPairs(key: string): Promise<string[]> {
  const { records } = await t.driver.executeQuery('MATCH (:Person {key: $key})-[:MET]-(p) RETURN p.key AS k', { key }, { database: t.db.database });
  return records.map((r) => String(r.get('k')));
}

async function until<T>(check: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('wiregraph watch on a folder', () => {
  it('ingests a file dropped into the folder while it runs, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-watch-'));
    const ledger = join(dir, '..', `${dir.split('/').pop()}-ledger.jsonl`);
    const running = startCli(['watch', dir, '--interval', '0.3', '--ledger', ledger]);
    try {
      await until(async () => running.stderr().includes('"msg":"watching"'));
      writeFileSync(join(dir, 'meloni-modi.txt'), STORY_A);
      await until(async () => (await metPairs('giorgia meloni')).includes('narendra modi'));
    } finally {
      running.child.kill('SIGTERM');
    }
    const result = await running.exited;
    expect(result.stderr).toMatch(/"msg":"watch stopped"/);
    const ledgerLines = readFileSync(ledger, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { kind: string; key: string; status: string });
    expect(ledgerLines).toEqual([expect.objectContaining({ kind: 'file', key: join(dir, 'meloni-modi.txt'), status: 'ingested' })]);

    // A restarted watcher finds the file in its ledger and ingests nothing again.
    const again = await runCli(['watch', dir, '--once', '--ledger', ledger]);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/"msg":"watch pass"/);
    expect(readFileSync(ledger, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('records a broken file as skipped, goes on with the others, and does not retry it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wg-watch-'));
    const ledger = join(dir, '..', `${dir.split('/').pop()}-ledger.jsonl`);
    writeFileSync(join(dir, 'broken.xml'), '<nitf><body>');
    writeFileSync(join(dir, 'carney.txt'), STORY_B);
    const first = await runCli(['watch', dir, '--once', '--ledger', ledger]);
    expect(first.code, "watch --once exits 1 when a file was skipped").toBe(1);
    expect(first.stderr).toMatch(/file not ingested.*broken\.xml/);
    expect(await metPairs('mark carney')).toContain('claudia sheinbaum');
    const second = await runCli(['watch', dir, '--once', '--ledger', ledger]);
    expect(second.stderr).not.toMatch(/broken\.xml/);
  });
});

describe('wiregraph watch on a feed', () => {
  let server: Server;
  let body = feed([]);
  let status = 200;
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/rss+xml' });
      res.end(status === 200 ? body : 'down');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('ingests each new item once, across restarts', async () => {
    const ledger = join(mkdtempSync(join(tmpdir(), 'wg-feed-')), 'ledger.jsonl');
    body = feed([item('urn:test:feed:1', 'Meloni meets Modi', STORY_A, 'Tue, 03 Jun 2025 10:00:00 GMT')]);
    const first = await runCli(['watch', url, '--once', '--ledger', ledger]);
    expect(first.code).toBe(0);
    expect(await articleIds()).toContain('urn:test:feed:1');

    body = feed([
      item('urn:test:feed:2', 'Carney meets Sheinbaum', STORY_B, 'Thu, 05 Jun 2025 10:00:00 GMT'),
      item('urn:test:feed:1', 'Meloni meets Modi', STORY_A, 'Tue, 03 Jun 2025 10:00:00 GMT'),
    ]);
    const second = await runCli(['watch', url, '--once', '--ledger', ledger]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/"newStories":1,"alreadyIngested":1/);
    const stories = readFileSync(ledger, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { key: string }).key);
    expect(stories).toEqual(['urn:test:feed:1', 'urn:test:feed:2']);
  });

  it('keeps going with backoff while the feed is down, and ingests once it is back', async () => {
    const ledger = join(mkdtempSync(join(tmpdir(), 'wg-feed-')), 'ledger.jsonl');
    status = 503;
    body = feed([item('urn:test:feed:3', 'Back again', STORY_B.replace('Ottawa', 'Mexico City'), 'Fri, 06 Jun 2025 10:00:00 GMT')]);
    const running = startCli(['watch', url, '--interval', '0.2', '--ledger', ledger]);
    try {
      await until(async () => (running.stderr().match(/retrying with backoff/g) ?? []).length >= 2);
      expect(running.stderr()).toMatch(/HTTP 503/);
      status = 200;
      await until(async () => (await articleIds()).includes('urn:test:feed:3'));
    } finally {
      running.child.kill('SIGTERM');
      status = 200;
    }
    await running.exited;
  });
});
