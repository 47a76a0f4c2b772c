/** Issue 16, dates: an unparseable date is an error, a missing one comes from the text or is null — never now. */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../../src/extract/index.js';
import { parseArticleText, readArticles } from '../../src/read/index.js';
import type { Article } from '@wiregraph/core';

const dir = () => mkdtempSync(join(tmpdir(), 'wg-dates-'));

async function read(file: string) {
  const run = readArticles([file]);
  const articles: Article[] = [];
  for await (const a of run) articles.push(a);
  return { articles, summary: run.summary() };
}

const text = (body: string) => parseArticleText(body, { file: 'story.txt' }).published;

describe('a date that is not a date', () => {
  it('is an error naming the record, and the other records are read', async () => {
    const file = join(dir(), 'wire.jsonl');
    writeFileSync(file, [{ id: 'a', date: 'not-a-date', text: 'The ministers met in Rome.' }, { id: 'b', date: '2024-03-01', text: 'The ministers met in Paris.' }].map((r) => JSON.stringify(r)).join('\n'));
    const { articles, summary } = await read(file);
    expect(articles.map((a) => a.id)).toEqual(['b']);
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: 'invalid-date', file, line: 1, message: `${file}:1: "date" "not-a-date" is not a date (YYYY-MM-DD, ISO 8601 or RFC 822)` })]);
  });
});

describe('a story with no date field', () => {
  it('is null when the text states no date, whatever the file time or the clock', async () => {
    const file = join(dir(), 'undated.txt');
    writeFileSync(file, 'The foreign ministers of two countries met on Friday and agreed to talk again.\n');
    utimesSync(file, new Date('2019-04-02T10:00:00Z'), new Date('2019-04-02T10:00:00Z'));
    const { articles, summary } = await read(file);
    expect(articles[0]!.published).toBeNull();
    expect(summary.warnings.items).toEqual([expect.objectContaining({ code: 'no-date' })]);
  });

  it('takes a full date stated at the top of the story ("Monday 30 May 2022")', () => {
    expect(text('Monday 30 May 2022\n\nThe two prime ministers met in the capital and signed a trade pact.')).toBe('2022-05-30');
    expect(text('On Thursday, June 2, 2022, the foreign ministers met in the capital.')).toBe('2022-06-02');
  });

  it('gives a dateline day the year of a full date the story states near it, and no year otherwise', () => {
    expect(text('LONDON, May 30 (Reuters) - The ministers met on Monday and agreed to meet again on 2 June 2022 in the capital.')).toBe('2022-05-30');
    expect(text('LONDON, Dec 30 (Reuters) - The ministers agreed to meet again on 2 January 2023.')).toBe('2022-12-30');
    expect(text('LONDON, May 30 (Reuters) - The ministers met on Monday and agreed to meet again.')).toBeNull();
    // A date years away says nothing about the dateline's year.
    expect(text('LONDON, May 30 (Reuters) - The treaty signed on 4 March 1998 was renewed.')).toBeNull();
  });

  it('leaves relative dates ("on Friday") unresolved, rather than resolving them against today', () => {
    const article = parseArticleText('Italian Prime Minister Giorgia Meloni met Indian Prime Minister Narendra Modi in Rome on Friday.\n', { file: 'undated.txt' });
    expect(article.published).toBeNull();
    const met = extractTriples(article).filter((t) => t.predicate === 'MET');
    expect(met.length).toBeGreaterThan(0);
    for (const t of met) expect(t.date).toBeNull();
  }, 60_000); // the first extraction loads the language model
});
