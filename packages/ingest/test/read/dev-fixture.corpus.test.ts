import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corporaPath, DEV_CORPUS } from '../../../../scripts/test/corpora.js';

// fixtures/dev-corpus is the upstream corpus/dev without the seed story (which may not be copied).
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const story = (l: string) => { const o = JSON.parse(l) as { id?: string; article?: string }; return o.id ?? o.article; };

describe('the dev corpus held in the repository', () => {
  it.each([['articles.jsonl', DEV_CORPUS.articles], ['gold.jsonl', DEV_CORPUS.gold]])('%s is the upstream file line for line, the seed left out', (name, ours) => {
    const upstream = lines(corporaPath('corpus', 'dev', name));
    expect(upstream.some((l) => story(l) === 'seed')).toBe(true);
    expect(lines(ours)).toEqual(upstream.filter((l) => story(l) !== 'seed'));
  });
});
