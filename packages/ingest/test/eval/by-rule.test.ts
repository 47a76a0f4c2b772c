import { describe, expect, it } from 'vitest';
import type { Triple } from '@wiregraph/core';
import { formatByRule, scoreByRule } from '../../src/eval/index.js';

const person = (key: string) => ({ type: 'Person' as const, key, name: key });
const country = (key: string) => ({ type: 'Country' as const, key, name: key });
const t = (article: string, a: string, b: string, rule?: string): Triple => ({ article, subject: person(a), predicate: 'MET', object: person(b), date: null, evidence: '.', ...(rule ? { rule } : {}) });

describe('scoreByRule', () => {
  const gold = [t('s1', 'ann lee', 'bo chan'), t('s1', 'ann lee', 'cy dunn'), { ...t('s2', 'x', 'y'), predicate: 'VISITED' as const, object: country('FRA') }];

  it('counts each predicted triple as TP or FP under the rule it carries', () => {
    const predicted = [t('s1', 'lee', 'bo chan', 'met.verb'), t('s1', 'ann lee', 'ed fox', 'met.verb'), t('s1', 'cy dunn', 'ann lee', 'met.noun'), t('s2', 'x', 'z', 'met.noun')];
    const rows = scoreByRule(gold, predicted);
    expect(rows).toEqual([
      { rule: 'met.noun', tp: 1, fp: 1, duplicates: 0, precision: 0.5 },
      { rule: 'met.verb', tp: 1, fp: 1, duplicates: 0, precision: 0.5 },
    ]);
  });

  it('counts a second triple of the same fact as a duplicate, and a triple without an id under (none)', () => {
    const predicted = [t('s1', 'ann lee', 'bo chan', 'met.verb'), t('s1', 'bo chan', 'ann lee', 'met.joint-action'), t('s1', 'ann lee', 'cy dunn')];
    const rows = scoreByRule(gold, predicted);
    expect(rows.find((r) => r.rule === 'met.joint-action')).toMatchObject({ tp: 0, fp: 0, duplicates: 1 });
    expect(rows.find((r) => r.rule === '(none)')).toMatchObject({ tp: 1, fp: 0 });
    expect(formatByRule(rows)).toMatch(/^met\.verb\s+1\s+0\s+0\s+1\.000$/m);
  });
});
