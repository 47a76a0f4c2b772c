import { readFileSync } from 'node:fs';
import type { Article } from '@wiregraph/core';

/** One line of a dev-corpus style JSON Lines file: id, date, source, title, text. */
export interface JsonlRecord {
  id: string;
  date?: string;
  source?: string;
  title?: string;
  text?: string;
  body?: string;
}

/** The Article of one JSON Lines record (id kept as given; header and dateline left for the extractor). */
export function articleFromJsonl(rec: JsonlRecord, file = '-', line?: number): Article {
  return {
    id: String(rec.id),
    published: rec.date ?? '',
    body: rec.text ?? rec.body ?? '',
    title: rec.title,
    source: rec.source ?? '',
    format: 'jsonl',
    origin: { file, ...(line !== undefined ? { line } : {}) },
  };
}

/** Reads a whole JSON Lines file of stories into Articles. */
export function readJsonlArticles(path: string): Article[] {
  const out: Article[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      if (l.trim()) out.push(articleFromJsonl(JSON.parse(l) as JsonlRecord, path, i + 1));
    });
  return out;
}
