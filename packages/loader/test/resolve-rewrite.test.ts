import { describe, expect, it } from 'vitest';
import { mergeMove, rewriteClaim, splitMove, type StoredClaim } from '../src/internal/resolve/rewrite.js';
import { resolutionStatements } from '../src/internal/resolve/statements.js';

const claim = (over: Partial<StoredClaim>): StoredClaim => ({
  id: 'x', article: 'a1', predicate: 'MET', subjectKey: 'keir starmer', objectKey: 'sisi', factKey: 'MET|keir starmer|sisi',
  title: '', subjectWritten: null, objectWritten: null, ...over,
});

describe('moving a claim to other people', () => {
  const into = new Map([['sisi', 'abdel fattah al-sisi']]);
  it('rebuilds id and fact key as the loader would, ends in key order for a symmetric fact, and keeps the key the story wrote', () => {
    expect(rewriteClaim(claim({}), mergeMove(into))).toMatchObject({
      from: 'x', id: 'a1|MET|abdel fattah al-sisi|keir starmer', factKey: 'MET|abdel fattah al-sisi|keir starmer',
      subjectKey: 'abdel fattah al-sisi', objectKey: 'keir starmer', subjectWritten: 'sisi', objectWritten: null, objectIsPerson: true,
    });
  });
  it('keeps the office title in the fact key and leaves country ends alone', () => {
    const c = claim({ predicate: 'HOLDS_OFFICE', subjectKey: 'sisi', objectKey: 'EGY', title: 'President', factKey: 'HOLDS_OFFICE|sisi|EGY|President' });
    expect(rewriteClaim(c, mergeMove(into))).toMatchObject({ id: 'a1|HOLDS_OFFICE|abdel fattah al-sisi|EGY|President', objectKey: 'EGY', objectIsPerson: false });
  });
  it('says when a meeting becomes one with oneself, and when nothing moves', () => {
    expect(rewriteClaim(claim({ subjectKey: 'abdel fattah al-sisi', objectKey: 'sisi' }), mergeMove(into))).toBe('self');
    expect(rewriteClaim(claim({ subjectKey: 'a', objectKey: 'b' }), mergeMove(into))).toBeNull();
  });
  it('a split moves back exactly the ends the story wrote with that key', () => {
    const merged = claim({ subjectKey: 'abdel fattah al-sisi', objectKey: 'keir starmer', subjectWritten: 'sisi' });
    expect(rewriteClaim(merged, splitMove('sisi'))).toMatchObject({ subjectKey: 'keir starmer', objectKey: 'sisi', subjectWritten: null, objectWritten: null });
    expect(rewriteClaim(merged, splitMove('el-sisi'))).toBeNull();
  });
});

describe('the Cypher of resolution', () => {
  it('takes every value as a parameter (snapshot of every statement)', () => {
    const all = resolutionStatements();
    for (const text of Object.values(all)) expect(text).not.toMatch(/'[^']+'/);
    expect(all).toMatchSnapshot();
  });
});
