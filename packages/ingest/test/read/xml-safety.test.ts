import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readAll } from './helpers.js';

describe('XML entity attacks are never expanded', () => {
  it('refuses a billion-laughs file quickly, without growing memory, and reads the next file', async () => {
    const before = process.memoryUsage().heapUsed;
    const { articles, summary } = await readAll([fixture('bad', 'billion-laughs.xml'), fixture('nitf', 'kyodo-style.nitf')]);
    const grown = process.memoryUsage().heapUsed - before;
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'unsafe-xml', file: fixture('bad', 'billion-laughs.xml'), line: 3 })]);
    expect(articles.map((a) => a.id)).toEqual(['NITF-2026-0207-0001']);
    expect(JSON.stringify(articles)).not.toContain('lol');
    // Expanded, lol9 alone is 10^9 characters; anything near that would show here.
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an external entity (XXE) that points at a local file and never reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-xxe-'));
    const marker = `SECRET-${process.pid}-${Date.now()}`;
    writeFileSync(join(dir, 'secret.txt'), marker);
    const attack = join(dir, 'attack.rss');
    writeFileSync(
      attack,
      `<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://${join(dir, 'secret.txt')}"> ]>\n` +
        `<rss version="2.0"><channel><title>&xxe;</title><item><guid>x</guid><title>&xxe;</title><description>Body &xxe;</description></item></channel></rss>\n`,
    );
    const { articles, summary } = await readAll([attack]);
    expect(articles).toEqual([]);
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'unsafe-xml', line: 2, message: expect.stringContaining('never expanded') })]);
    expect(JSON.stringify(summary)).not.toContain(marker);
  });

  it('refuses the XXE fixture that names /etc/passwd and a network address', async () => {
    const { articles, summary } = await readAll([fixture('bad', 'xxe-passwd.nitf')]);
    expect(articles).toEqual([]);
    expect(summary.skippedByReason).toEqual({ 'unsafe-xml': 1 });
    expect(JSON.stringify(summary)).not.toMatch(/root:/);
  });

  it('leaves a reference to an undeclared entity as plain text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-entity-'));
    const file = join(dir, 'story.nitf');
    writeFileSync(file, '<nitf><head><docdata><doc-id id-string="plain-1"/></docdata></head><body><body.content><p>Fish &amp; chips &xxe; stay.</p></body.content></body></nitf>');
    const { articles } = await readAll([file]);
    expect(articles[0]!.body).toBe('Fish & chips &xxe; stay.');
  });

  it('treats a DOCTYPE quoted inside story text as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiregraph-doctype-'));
    const file = join(dir, 'feed.rss');
    writeFileSync(
      file,
      '<rss version="2.0"><channel><title>T</title><item><guid>d1</guid><description>An article about &lt;!DOCTYPE x [&lt;!ENTITY y "z"&gt;]&gt; attacks.</description></item></channel></rss>',
    );
    const { articles, summary } = await readAll([file]);
    expect(summary.skippedTotal).toBe(0);
    expect(articles[0]!.body).toContain('attacks.');
  });

  describe('entity declarations are refused whatever precedes the DOCTYPE', () => {
    const marker = 'ENTITY-TEXT-SHOULD-NEVER-APPEAR';
    const body = `<rss version="2.0"><channel><title>T</title><item><guid>g1</guid><description>Ministers met. &e;</description></item></channel></rss>\n`;
    const cases: [string, string][] = [
      ['a comment holding "<a"', `<?xml version="1.0"?>\n<!-- see <a href="x"> -->\n<!DOCTYPE rss [ <!ENTITY e "${marker}"> ]>\n${body}`],
      ['a processing instruction holding "<!--"', `<?xml version="1.0"?>\n<?note <!-- ?>\n<!DOCTYPE rss [ <!ENTITY e "${marker}"> ]>\n<!-- -->\n${body}`],
      ['a comment inside the internal subset holding "]>"', `<!DOCTYPE rss [ <!-- ]> --> <!ENTITY e "${marker}"> ]>\n${body}`],
      ['a lower-case doctype after a comment with quotes', `<!-- it's "quoted" <b> -->\n<!doctype rss [<!entity e "${marker}">]>\n${body}`],
      ['an entity declaration outside any DOCTYPE', `<!-- <x> -->\n<!ENTITY e "${marker}">\n${body}`],
    ];
    it.each(cases)('refuses a DOCTYPE after %s', async (_name, xml) => {
      const dir = mkdtempSync(join(tmpdir(), 'wiregraph-doctype-'));
      const file = join(dir, 'feed.rss');
      writeFileSync(file, xml);
      const { articles, summary } = await readAll([file]);
      expect(articles).toEqual([]);
      expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'unsafe-xml', file })]);
      expect(JSON.stringify(summary)).not.toContain(marker);
    });
    it('still reads a document whose DOCTYPE declares no entity, after a comment holding "<a"', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'wiregraph-doctype-'));
      const file = join(dir, 'feed.rss');
      writeFileSync(file, `<!-- <a> -->\n<!DOCTYPE rss SYSTEM "http://127.0.0.1:1/rss.dtd">\n${body.replace(' &e;', '')}`);
      const { articles, summary } = await readAll([file]);
      expect(summary.skippedTotal).toBe(0);
      expect(articles.map((a) => a.body)).toEqual(['Ministers met.']);
    });
  });
});
