import { describe, expect, it } from 'vitest';
import { fixture, readAll } from './helpers.js';

describe('NewsML-G2', () => {
  it('reads a newsItem: guid, headline folded, contentCreated, located country, infoSource, XHTML body without head', async () => {
    const { articles } = await readAll([fixture('newsml', 'item-xhtml.xml')]);
    expect(articles[0]).toEqual({
      id: 'urn:newsml:example.org:20260208:ghana-rail',
      source: 'Gulf Coast Agency',
      title: 'Ghana and Togo plan a coastal rail link',
      published: '2026-02-08T15:45:00+00:00',
      dateline: { place: 'Accra', country: 'GHA', agency: 'GCA' },
      body: 'Ghana and Togo will build a coastal rail link, the two transport ministers said on Sunday.\n\nThe line is due to open in 2029.',
      language: 'en',
      format: 'newsml',
      origin: { file: fixture('newsml', 'item-xhtml.xml') },
    });
  });

  it('reads every item of a newsMessage: NITF and plain inline bodies, dates falling back to itemMeta', async () => {
    const { articles } = await readAll([fixture('newsml', 'package.xml')]);
    expect(articles.map((a) => [a.id, a.title, a.published, a.origin?.item])).toEqual([
      ['urn:pkg:1', 'First packaged story', '2026-02-10T09:00:00+01:00', 1],
      ['urn:pkg:2', 'Second packaged story', '2026-02-10T11:00:00Z', 2],
    ]);
    expect(articles[0]!.body).toBe('Italy and Greece agreed to cooperate on ferry safety.\n\nA joint drill is planned.');
    expect(articles[0]!.dateline).toEqual({ place: 'ROME', country: 'ITA', agency: 'Xinhua' });
    expect(articles[1]!.body).toBe('Plain inline data, first paragraph.\n\nSecond paragraph of inline data.');
    expect(articles.every((a) => a.source === 'Example Package Service')).toBe(true);
  });

  it('skips one broken item of a package and reads the others', async () => {
    const { articles, summary } = await readAll([fixture('newsml', 'package-one-broken.xml')]);
    expect(articles.map((a) => a.id)).toEqual(['urn:broken-pkg:1', 'urn:broken-pkg:3']);
    expect(summary.skipped).toEqual([expect.objectContaining({ item: 2, line: 11, reason: 'malformed-xml' })]);
    expect(summary.skipped[0]!.message).toContain('opened in line 11');
  });
});

describe('NITF 3.x', () => {
  it('reads doc-id, date.issue, hedline, dateline and body.content, ignoring a DOCTYPE without entities', async () => {
    const { articles, summary } = await readAll([fixture('nitf', 'kyodo-style.nitf')]);
    expect(summary.skippedTotal).toBe(0);
    expect(articles[0]).toMatchObject({
      id: 'NITF-2026-0207-0001',
      source: 'Pacific Desk',
      title: 'Japan, New Zealand to expand science exchanges',
      published: '2026-02-07T10:15:00+09:00',
      dateline: { place: 'WELLINGTON', country: 'NZL' },
      language: 'en',
      format: 'nitf',
    });
    expect(articles[0]!.body).toBe(
      'Japan and New Zealand agreed on Saturday to expand science exchanges, including Antarctic research & polar logistics.\n\n' +
        'The ministers met in Wellington. Researchers from both countries will share a station near Ross Island — the first such arrangement.\n\n' +
        'Café talk followed.',
    );
  });
});
