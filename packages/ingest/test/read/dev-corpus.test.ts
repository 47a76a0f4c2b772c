import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../src/read/index.js';
import { DEV_ARTICLES, DEV_GOLD, readAll } from './helpers.js';

const records = readFileSync(DEV_ARTICLES, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string; text: string; title: string; source: string });
const gold = readFileSync(DEV_GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { article: string; evidence: string });

describe('the dev corpus (dev01–dev30, held in fixtures/dev-corpus)', () => {
  it('reads all 30 stories with their ids kept exactly and nothing skipped', async () => {
    const { articles, summary } = await readAll([DEV_ARTICLES]);
    expect(articles.map((a) => a.id)).toEqual(records.map((r) => r.id));
    expect(summary.read).toBe(30);
    expect(summary.skippedTotal).toBe(0);
    expect(summary.duplicates.total).toBe(0);
  });

  it('keeps every gold evidence sentence verbatim in the body', async () => {
    const { articles } = await readAll([DEV_ARTICLES]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    const missing = gold.filter((g) => !byId.get(g.article)!.body.includes(g.evidence));
    expect(missing).toEqual([]);
  });

  it('takes each story\'s published date from its record', async () => {
    const { articles } = await readAll([DEV_ARTICLES]);
    for (const r of records) expect(articles.find((x) => x.id === r.id)!.published).toBe(r.date);
  });

  it('finds the same date in the text alone, from the header or the dated dateline', () => {
    const dated = [...Array.from({ length: 12 }, (_, i) => `dev${String(i + 1).padStart(2, '0')}`), 'dev16', 'dev17', 'dev19', 'dev20', 'dev21', 'dev23'];
    for (const id of dated) {
      const r = records.find((x) => x.id === id)!;
      // A reference ten days later: a wrong fallback to it would show.
      const reference = new Date(Date.parse(r.date) + 10 * 86_400_000);
      expect(articleFromRecord({ text: r.text }, { referenceDate: reference }).published, id).toBe(r.date);
    }
  });

  it('finds the dateline agency of every agency story and none in press releases and features', async () => {
    const { articles } = await readAll([DEV_ARTICLES]);
    for (const a of articles) {
      const n = Number(a.id.slice(3));
      if (n <= 21) expect(a.dateline?.agency, a.id).toBe(a.source.split(' ')[0]);
      else if (n <= 29) expect(a.dateline, a.id).toBeUndefined();
      else expect(a.dateline).toEqual({ place: 'WARSAW', country: 'POL', agency: 'AP' });
    }
  });

  it('removes headline lines before the story but keeps the story itself', async () => {
    const { articles } = await readAll([DEV_ARTICLES]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    expect(byId.get('dev23')!.body.startsWith('1. At the invitation of Prime Minister')).toBe(true);
    expect(byId.get('dev24')!.body.startsWith('The Minister for Foreign Affairs')).toBe(true);
    expect(byId.get('dev25')!.body.startsWith('Federal Chancellor Friedrich Merz today received')).toBe(true);
    expect(byId.get('dev26')!.body).toBe(records.find((r) => r.id === 'dev26')!.text.trim());
  });
});
