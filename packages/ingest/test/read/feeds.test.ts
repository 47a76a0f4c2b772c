import { describe, expect, it } from 'vitest';
import { fixture, readAll } from './helpers.js';

describe('RSS 2.0', () => {
  it('reads each item with its guid, link, title, date and the channel title as source', async () => {
    const { articles } = await readAll([fixture('rss', 'world-desk.rss')]);
    expect(articles.map((a) => [a.id, a.published, a.source, a.format])).toEqual([
      ['harbourwire:2026:0412', '2026-02-01T09:30:00+09:00', 'Harbour Wire World Desk', 'rss'],
      ['https://wire.example.org/world/ports', '2026-02-02T07:00:00Z', 'Harbour Wire World Desk', 'rss'],
      [expect.stringMatching(/^wg-/), '2026-02-03T12:00:00Z', 'Harbour Wire World Desk', 'rss'],
    ]);
    expect(articles[0]).toMatchObject({ url: 'https://wire.example.org/world/grid-link', title: 'Chile and Peru agree to link their power grids', language: 'en' });
    expect(articles.map((a) => a.origin?.item)).toEqual([1, 2, 3]);
  });

  it('turns content:encoded HTML into clean paragraphs: tags and scripts gone, entities resolved', async () => {
    const { articles } = await readAll([fixture('rss', 'world-desk.rss')]);
    expect(articles[0]!.body).toBe(
      'Chile and Peru agreed on Saturday to connect their electricity grids & share surplus solar power.\n\n' +
        'The two energy ministers signed the accord in Santiago.\nWork starts in June.\n\nFirst item\n\nSecond item',
    );
    expect(articles[0]!.dateline).toEqual({ place: 'SANTIAGO', country: 'CHL', agency: 'Harbour Wire' });
  });

  it('unescapes an escaped-HTML description once and a title\'s entities', async () => {
    const { articles } = await readAll([fixture('rss', 'world-desk.rss')]);
    expect(articles[1]!.title).toBe('Ports reopen after <storm> & floods');
    expect(articles[1]!.body).toBe('Ports along the coast reopened on Monday & cargo moved again.\n\nCafé owners welcomed the news.');
    expect(articles[2]!.body).toBe('Plain description text without any markup — and a numeric entity.');
  });

  it('skips one broken item with its line and column and reads the others', async () => {
    const file = fixture('rss', 'one-broken-item.xml');
    const { articles, summary } = await readAll([file]);
    expect(articles.map((a) => a.id)).toEqual(['broken-feed-1', 'broken-feed-3']);
    expect(articles[0]!.source).toBe('Broken Feed Co');
    expect(summary.skipped).toEqual([
      expect.objectContaining({ file, item: 2, line: 14, column: 59, reason: 'malformed-xml', message: expect.stringContaining(`${file}:14:59`) }),
    ]);
  });
});

describe('a feed broken outside its items', () => {
  it('reads every item and reports the break as a warning with its line', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'wiregraph-feed-')), 'feed.rss');
    writeFileSync(file, '<rss><channel><title>T</title>\n<bad attr=1>\n<item><guid>o1</guid><description>One.</description></item>\n<item><guid>o2</guid><description>Two.</description></item>\n</channel></rss>\n');
    const { articles, summary } = await readAll([file]);
    expect(articles.map((a) => a.id)).toEqual(['o1', 'o2']);
    expect(summary.skippedTotal).toBe(0);
    expect(summary.warnings.items).toContainEqual(expect.objectContaining({ code: 'malformed-xml-outside-items', line: 2 }));
  });
});

describe('XML in a declared legacy encoding', () => {
  it('decodes a feed whose XML declaration says ISO-8859-1', async () => {
    const { articles, summary } = await readAll([fixture('rss', 'latin1-declared.rss')]);
    expect(summary.skippedTotal).toBe(0);
    expect(articles[0]).toMatchObject({ source: 'Agencia Ibérica', title: 'Sánchez visita Lisboa', body: 'Pedro Sánchez viajó a Lisboa el lunes.', dateline: { place: 'MADRID', country: 'ESP', agency: 'AI' } });
  });
});

describe('Atom', () => {
  it('reads entries with id, alternate link, published (else updated) and the feed title as source', async () => {
    const { articles } = await readAll([fixture('atom', 'policy-feed.atom')]);
    expect(articles.map((a) => [a.id, a.url, a.published])).toEqual([
      ['tag:briefs.example.org,2026:fisheries', 'https://briefs.example.org/fisheries', '2026-02-04T10:00:00+01:00'],
      ['tag:briefs.example.org,2026:cyber', 'https://briefs.example.org/cyber', '2026-02-05T09:00:00Z'],
      ['tag:briefs.example.org,2026:summary', undefined, '2026-02-06T09:00:00Z'],
    ]);
    expect(articles.every((a) => a.source === 'Policy Briefs' && a.format === 'atom' && a.language === 'en')).toBe(true);
  });

  it('reads html, xhtml and text content into paragraphs', async () => {
    const { articles } = await readAll([fixture('atom', 'policy-feed.atom')]);
    expect(articles[0]!.title).toBe('Norway & Iceland sign fisheries pact');
    expect(articles[0]!.body).toBe('Norway and Iceland signed a fisheries pact on Wednesday.\n\nQuotas will be reviewed every year.');
    expect(articles[0]!.dateline).toEqual({ place: 'OSLO', country: 'NOR', agency: 'Policy Briefs' });
    expect(articles[1]!.body).toBe('Estonia opened its cyber range to Latvia and Lithuania on Thursday.\n\nOfficials called it a first step & more will follow.');
    expect(articles[2]!.body).toBe('A summary in plain text.\n\nA second paragraph of the summary.');
  });
});
