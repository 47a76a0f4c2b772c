import { describe, expect, it } from 'vitest';
import type { Triple } from '@wiregraph/core';
import { formatReport, personKeysMatch, scoreTriples } from '../../src/eval/index.js';

const P = (key: string) => ({ type: 'Person' as const, key, name: key });
const C = (key: string) => ({ type: 'Country' as const, key, name: key });
const S = (key: string) => ({ type: 'Sector' as const, key, name: key });
const t = (article: string, predicate: Triple['predicate'], subject: Triple['subject'], object: Triple['object'], date: string | null = null): Triple => ({ article, predicate, subject, object, date, evidence: 'e' });

describe('scoreTriples', () => {
  const gold = [
    t('a', 'MET', P('rishi sunak'), P('joe biden'), '2024-01-02'),
    t('a', 'HOLDS_OFFICE', P('rishi sunak'), C('GBR'), '2024-01-03'),
    t('a', 'COOPERATES_WITH', C('GBR'), C('USA')),
    t('b', 'COOPERATES_ON', C('JPN'), S('defence'), '2024-02'),
  ];

  it('computes precision, recall and F1 over unique triples, symmetric either way and by last name', () => {
    const pred = [
      t('a', 'MET', P('biden'), P('sunak'), '2024-01-02'), // symmetric, last names: match
      t('a', 'MET', P('biden'), P('sunak'), '2024-01-02'), // duplicate: not counted twice
      t('a', 'HOLDS_OFFICE', P('rishi sunak'), C('GBR'), '2024-01-04'), // match, wrong date
      t('a', 'COOPERATES_WITH', C('USA'), C('GBR')), // symmetric match
      t('b', 'COOPERATES_ON', C('JPN'), S('trade')), // false positive
      t('a', 'VISITED', P('rishi sunak'), C('USA')), // false positive
    ];
    const r = scoreTriples(gold, pred);
    expect(r.overall).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(r.overall.precision).toBeCloseTo(3 / 5);
    expect(r.overall.recall).toBeCloseTo(3 / 4);
    expect(r.overall.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35);
    expect(r.byPredicate.MET).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.byPredicate.COOPERATES_ON).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.dateAccuracy).toEqual({ matched: 3, correct: 2, accuracy: 2 / 3 });
    expect(r.misses.map((m) => m.object.key)).toEqual(['defence']);
    expect(r.falsePositives.map((m) => m.predicate).sort()).toEqual(['COOPERATES_ON', 'VISITED']);
  });

  it('does not match across articles or non-symmetric predicates reversed', () => {
    const r = scoreTriples([t('a', 'VISITED', P('x y'), C('FRA'))], [t('b', 'VISITED', P('x y'), C('FRA')), t('a', 'VISITED', C('FRA') as never, P('x y') as never)]);
    expect(r.overall).toMatchObject({ tp: 0, fp: 2, fn: 1 });
  });

  it('matches a last-name key only to the end of the full name', () => {
    expect(personKeysMatch('sunak', 'rishi sunak')).toBe(true);
    expect(personKeysMatch('lula da silva', 'luiz inacio lula da silva')).toBe(true);
    expect(personKeysMatch('rishi', 'rishi sunak')).toBe(false);
    expect(personKeysMatch('nak', 'rishi sunak')).toBe(false);
  });

  it('matches names in another order, without a generational suffix, and a shorter form with the same first name', () => {
    expect(personKeysMatch('suga yoshihide', 'yoshihide suga')).toBe(true);
    expect(personKeysMatch('martin luther king', 'martin luther king jr')).toBe(true);
    expect(personKeysMatch('king', 'martin luther king jr')).toBe(true);
    expect(personKeysMatch('luis arce', 'luis arce catacora')).toBe(true);
    expect(personKeysMatch('ana maria lopez', 'ana lopez garcia')).toBe(false);
    expect(personKeysMatch('jose garcia', 'maria jose garcia lopez')).toBe(false);
    expect(personKeysMatch('yoshihide suga', 'yoshihide abe')).toBe(false);
  });

  it('never matches a last name reached through a patronymic', () => {
    expect(personKeysMatch('salman', 'mohammed bin salman')).toBe(false);
    expect(personKeysMatch('zayed', 'abdullah bin zayed')).toBe(false);
    expect(personKeysMatch('al nahyan', 'abdullah bin zayed al nahyan')).toBe(true);
  });

  it('prints a table with an overall row and F1', () => {
    const text = formatReport(scoreTriples(gold, gold), 5);
    expect(text).toMatch(/^overall\s+4\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(text).toContain('F1');
  });
});
