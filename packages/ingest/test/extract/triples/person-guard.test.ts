import { describe, expect, it } from 'vitest';
import type { EntityRef, Triple } from '@wiregraph/core';
import { guardPeople } from '../../../src/extract/person-guard.js';

const p = (name: string, key = name.toLowerCase()): EntityRef => ({ type: 'Person', key, name });
const c = (iso3: string): EntityRef => ({ type: 'Country', key: iso3, name: iso3 });
const t = (subject: EntityRef, predicate: Triple['predicate'], object: EntityRef): Triple => ({ article: 'a1', subject, predicate, object, date: null, evidence: 'written for the test' });

describe('the person guard after extraction', () => {
  it('strips ranks, styles and caption tails from keys and names', () => {
    const out = guardPeople([t(p('Samdech Moha Borvor Thipadei Hun Manet'), 'HOLDS_OFFICE', c('KHM')), t(p('Fumio Kishida photo'), 'VISITED', c('USA'))]);
    expect(out.map((x) => [x.subject.key, x.subject.name])).toEqual([['hun manet', 'Hun Manet'], ['fumio kishida', 'Fumio Kishida']]);
  });
  it('drops triples about something that is not a person', () => {
    const out = guardPeople([t(p('Embassy'), 'VISITED', c('FRA')), t(p('Leste'), 'HOLDS_OFFICE', c('TLS')), t(p('Climate'), 'MET', p('Keir Starmer'))]);
    expect(out).toEqual([]);
  });
  it('drops a key that runs two of the story’s people together, and a meeting with oneself', () => {
    const mbs = p('Mohammed bin Salman');
    const out = guardPeople([
      t(mbs, 'MET', p('Adel Abdul Mahdi')),
      t(p('Mohammed bin Salman Adel Abdul Mahdi'), 'HOLDS_OFFICE', c('SAU')),
      t(p('Professor Jane Doe', 'professor jane doe'), 'MET', p('Jane Doe')),
    ]);
    expect(out.map((x) => `${x.subject.key} ${x.predicate} ${x.object.key}`)).toEqual(['mohammed bin salman MET adel abdul mahdi']);
  });
  it('gives one person named two ways in the story one key: a given name alone, a misspelling', () => {
    const out = guardPeople([
      t(p('Dariush Tabrizi'), 'MET', p('Omar Kaddour')),
      t(p('Dariush'), 'VISITED', c('QAT')),
      t(p('Tesfaye Gebremariam'), 'HOLDS_OFFICE', c('ETH')),
      t(p('Tesfaye Gebremariam'), 'MET', p('Omar Kaddour')),
      t(p('Tesfaye Gebremriam'), 'HOLDS_OFFICE', c('KEN')),
    ]);
    expect(out.map((x) => `${x.subject.name} ${x.predicate} ${x.object.key}`)).toEqual([
      'Dariush Tabrizi MET omar kaddour',
      'Dariush Tabrizi VISITED QAT',
      'Tesfaye Gebremariam HOLDS_OFFICE ETH',
      'Tesfaye Gebremariam MET omar kaddour',
      'Tesfaye Gebremariam HOLDS_OFFICE KEN',
    ]);
  });
  it('passes other triples through unchanged', () => {
    const triple = t(p('Keir Starmer'), 'MET', p('Sanae Takaichi'));
    expect(guardPeople([triple])[0]).toBe(triple);
  });
});
