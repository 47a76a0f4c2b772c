import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPE, wink } from '../../../src/extract/internal/nlp.js';

// The extractor asks wink only for sentences and tags (WINK_PIPE), which is much cheaper than
// wink's default pipe. That is only safe while wink's tokens, tags and sentence spans do not
// depend on the annotations left out (entities, negation, sentiment): this pins it on real copy.
const SECOND = new URL('../fixtures/second-corpus/articles.jsonl', import.meta.url);

describe('the reduced wink pipe', () => {
  it('leaves out the annotations nothing reads', () => {
    expect(WINK_PIPE).not.toContain('ner');
    expect(WINK_PIPE).not.toContain('sentiment');
  });

  it('gives the same tokens, spaces, tags and sentences as the default pipe', () => {
    const texts = readFileSync(SECOND, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    expect(texts.length).toBeGreaterThan(10);
    const full = winkNLP(model);
    const reduced = wink();
    const view = (nlp: ReturnType<typeof winkNLP>, t: string) => {
      const d = nlp.readDoc(t);
      const its = nlp.its;
      return [d.tokens().out(its.value), d.tokens().out(its.precedingSpaces), d.tokens().out(its.pos), d.sentences().out(its.span)];
    };
    for (const t of texts) expect(view(reduced, t)).toEqual(view(full, t));
  });
});
