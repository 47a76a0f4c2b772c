import { describe, expect, it } from 'vitest';
import { hashedArticleId, normaliseBody } from '../../src/read/index.js';

describe('body normalisation for ids and duplicates', () => {
  it('folds every run of white space to one space, like /\\s+/g', () => {
    const body = ' Leaders  met \n\n in\tRome \r\n today.\u2003Then  \n  left. ';
    expect(normaliseBody(body)).toBe(body.replace(/\s+/g, ' ').trim());
    expect(normaliseBody(body)).toBe('Leaders met in Rome today. Then left.');
  });

  it('straightens typographic quotes and applies NFKC', () => {
    expect(normaliseBody('“Fine” it’s ﬁne')).toBe('"Fine" it\'s fine');
    expect(normaliseBody('Sa\u0301nchez')).toBe('Sánchez');
  });

  it('gives one hashed id to bodies that differ only in white space and quotes, another to a different body', () => {
    expect(hashedArticleId('AP', 'He said “yes”.\n\nThen left.')).toBe(hashedArticleId('ap', 'He said "yes". Then left.'));
    expect(hashedArticleId('AP', 'He said yes.')).not.toBe(hashedArticleId('Reuters', 'He said yes.'));
  });
});
