import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/read/index.js';
import { fixture, readAll, REFERENCE } from './helpers.js';

describe('plain text stories', () => {
  it('reads a PTI story with a header line and a dateline without a dash', async () => {
    const { articles } = await readAll([fixture('text', 'dev05-pti-header.txt')]);
    const [a] = articles;
    expect(a).toMatchObject({ source: 'PTI', published: '2025-10-08', format: 'text', dateline: { place: 'New Delhi', country: 'IND', agency: 'PTI' } });
    expect(a!.body.startsWith('India and France on Wednesday agreed')).toBe(true);
    expect(a!.id).toMatch(/^wg-/);
  });

  it('dates a Reuters story from its dateline with the year from the reference date', async () => {
    const { articles } = await readAll([fixture('text', 'dev09-reuters.txt')], { referenceDate: new Date('2025-10-25') });
    expect(articles[0]).toMatchObject({ published: '2025-10-21', source: 'Reuters', dateline: { place: 'BRASILIA', country: 'BRA', agency: 'Reuters' } });
    expect(articles[0]!.body.startsWith('Spanish Prime Minister Pedro Sánchez')).toBe(true);
  });

  it('leaves a dateline day whose year the story never states undated, never taking the file time', async () => {
    const { articles } = await readAll([fixture('text', 'dev19-xinhua.txt')], { referenceDate: undefined });
    expect(articles[0]!.published).toBeNull();
  });

  it('reads an AP dateline with a country and no date: published null with a warning, whatever the reference date', async () => {
    const { articles, summary } = await readAll([fixture('text', 'dev13-ap.txt')]);
    expect(articles[0]).toMatchObject({ source: 'AP', published: null, dateline: { place: 'GYEONGJU', country: 'KOR', agency: 'AP' } });
    expect(summary.warnings.items).toEqual([expect.objectContaining({ code: 'no-date', file: fixture('text', 'dev13-ap.txt') })]);
  });

  it('reads a Kyodo dateline without a date', async () => {
    const { articles } = await readAll([fixture('text', 'dev18-kyodo-no-date.txt')]);
    expect(articles[0]!.dateline).toEqual({ place: 'TOKYO', country: 'JPN', agency: 'Kyodo' });
    expect(articles[0]!.body.startsWith('Foreign Minister Toshimitsu Motegi')).toBe(true);
  });

  it('reads a press release with no dateline: headline line becomes the title, source unknown', async () => {
    const { articles } = await readAll([fixture('text', 'dev25-press-release.txt')]);
    expect(articles[0]).toMatchObject({ title: 'Federal Chancellor Merz receives President of Ghana', source: 'unknown' });
    expect(articles[0]!.dateline).toBeUndefined();
    expect(articles[0]!.body.startsWith('Federal Chancellor Friedrich Merz today received')).toBe(true);
  });

  it('normalises CRLF line endings so paragraphs are separated by a blank line', async () => {
    const { articles } = await readAll([fixture('text', 'dev02-ani-crlf.txt')]);
    expect(articles[0]!.body).not.toContain('\r');
    expect(articles[0]!.body.split('\n\n')).toHaveLength(7);
    expect(articles[0]!.dateline).toEqual({ place: 'Johannesburg', country: 'ZAF', agency: 'ANI' });
  });

  it.each(['utf16le-bom.txt', 'utf16be-bom.txt'])('decodes UTF-16 with a byte-order mark (%s)', async (name) => {
    const { articles, summary } = await readAll([fixture('text', name)]);
    expect(summary.skippedTotal).toBe(0);
    expect(articles[0]).toMatchObject({ published: '2026-01-20', dateline: { place: 'BERLIN', country: 'DEU', agency: 'Reuters' } });
    expect(articles[0]!.body).toBe('Germany and Poland agreed to build a bridge over the Oder, a project named „Brücke“.\n\nWork starts in spring.');
  });

  it('gives the same story the same hashed id however often and from wherever it is read', () => {
    const text = 'LONDON, March 3 (Reuters) - Britain and Norway agreed on a North Sea cable.';
    const a = parseArticleText(text, { file: 'a.txt', referenceDate: REFERENCE });
    const b = parseArticleText(`${text.replace(' - ', ' -  ')}\n\n`, { file: 'other/b.txt', referenceDate: REFERENCE });
    expect(a.id).toBe(b.id);
    expect(parseArticleText(text.replace('cable', 'pipeline'), { file: 'a.txt' }).id).not.toBe(a.id);
  });
});
