import { describe, expect, it } from 'vitest';
import type { Article, Triple } from '@wiregraph/core';
import { claimRow, factOf, planBatch, entitiesOf } from '../src/internal/rows.js';

const met = (article: string, a: string, b: string, date: string | null = '2026-01-31'): Triple => ({
  article,
  subject: { type: 'Person', key: a, name: a.replace(/\b\w/g, (c) => c.toUpperCase()) },
  predicate: 'MET',
  object: { type: 'Person', key: b, name: b.replace(/\b\w/g, (c) => c.toUpperCase()) },
  date,
  evidence: `${a} met ${b}.`,
});

const office = (article: string, person: string, iso3: string, title?: string): Triple => ({
  article,
  subject: { type: 'Person', key: person, name: person },
  predicate: 'HOLDS_OFFICE',
  object: { type: 'Country', key: iso3, name: 'Britain' },
  date: '2026-02-01',
  evidence: 'e',
  ...(title ? { title } : {}),
});

const coopOn = (article: string, iso3: string, sector: string, partners: string[]): Triple => ({
  article,
  subject: { type: 'Country', key: iso3, name: iso3 },
  predicate: 'COOPERATES_ON',
  object: { type: 'Sector', key: sector, name: sector },
  date: '2026-01-31',
  evidence: 'They agreed to cooperate.',
  partners,
});

describe('factOf', () => {
  it('orders the two ends of a symmetric predicate so either order gives one fact', () => {
    expect(factOf(met('a', 'sanae takaichi', 'keir starmer'))).toEqual(factOf(met('a', 'keir starmer', 'sanae takaichi')));
    expect(factOf(met('a', 'sanae takaichi', 'keir starmer')).start).toBe('keir starmer');
  });

  it('keeps the direction of a directed predicate', () => {
    const t: Triple = { ...met('a', 'x', 'y'), predicate: 'VISITED', subject: { type: 'Person', key: 'zed', name: 'Zed' }, object: { type: 'Country', key: 'AUS', name: 'Australia' } };
    expect(factOf(t)).toMatchObject({ start: 'zed', end: 'AUS' });
  });

  it('gives each office title its own HOLDS_OFFICE fact, and an untitled office the empty title', () => {
    const pm = factOf(office('a', 'keir starmer', 'GBR', 'Prime Minister'));
    const fm = factOf(office('a', 'keir starmer', 'GBR', 'Foreign Minister'));
    expect(pm.factKey).not.toBe(fm.factKey);
    expect(pm.title).toBe('Prime Minister');
    expect(factOf(office('a', 'keir starmer', 'GBR')).title).toBe('');
  });

  it('escapes the separator so keys containing "|" cannot collide', () => {
    const a = factOf(met('x', 'a|b', 'c'));
    const b = factOf(met('x', 'a', 'b|c'));
    expect(a.factKey).not.toBe(b.factKey);
  });
});

describe('claimRow', () => {
  it('is one claim per article and fact, whatever the order of a symmetric pair', () => {
    expect(claimRow(met('seed', 'sanae takaichi', 'keir starmer')).id).toBe(claimRow(met('seed', 'keir starmer', 'sanae takaichi')).id);
    expect(claimRow(met('seed', 'a', 'b')).id).not.toBe(claimRow(met('dev01', 'a', 'b')).id);
  });

  it('pins the row of a triple with every optional field', () => {
    const t: Triple = { ...coopOn('seed', 'JPN', 'defence', ['GBR', 'ITA', 'GBR']), confidence: 0.9, sentence: 3, start: 10, end: 80, rule: 'coop-frame' };
    expect(claimRow(t)).toMatchInlineSnapshot(`
      {
        "article": "seed",
        "confidence": 0.9,
        "date": "2026-01-31",
        "end": 80,
        "evidence": "They agreed to cooperate.",
        "factKey": "COOPERATES_ON|JPN|defence",
        "hash": "6efc17b7b69f48dc",
        "id": "seed|COOPERATES_ON|JPN|defence",
        "objectKey": "defence",
        "partners": [
          "GBR",
          "ITA",
        ],
        "predicate": "COOPERATES_ON",
        "rule": "coop-frame",
        "sentence": 3,
        "start": 10,
        "subjectKey": "JPN",
        "title": null,
      }
    `);
  });

  it('changes its hash when the evidence or date changes, and only then', () => {
    const base = met('seed', 'a', 'b');
    expect(claimRow(base).hash).toBe(claimRow({ ...base }).hash);
    expect(claimRow({ ...base, date: '2026-02-01' }).hash).not.toBe(claimRow(base).hash);
    expect(claimRow({ ...base, evidence: 'Corrected.' }).hash).not.toBe(claimRow(base).hash);
  });
});

describe('entitiesOf', () => {
  it('names the partner countries of COOPERATES_ON with their reference names', () => {
    expect(entitiesOf(coopOn('seed', 'JPN', 'defence', ['GBR', 'ITA']))).toEqual([
      { type: 'Country', key: 'JPN', name: 'JPN' },
      { type: 'Sector', key: 'defence', name: 'defence' },
      { type: 'Country', key: 'GBR', name: 'United Kingdom' },
      { type: 'Country', key: 'ITA', name: 'Italy' },
    ]);
  });
});

describe('planBatch', () => {
  const article: Article = {
    id: 'seed',
    source: 'ANI',
    title: 'Japan and UK deepen ties',
    published: '2026-02-01',
    dateline: { place: 'Tokyo', country: 'JPN', agency: 'ANI' },
    body: 'text',
    format: 'text',
  };

  it('builds every row of one transaction from whole articles', () => {
    const plan = planBatch([
      { articleId: 'seed', article, replace: true, triples: [met('seed', 'keir starmer', 'sanae takaichi'), office('seed', 'keir starmer', 'GBR', 'Prime Minister'), coopOn('seed', 'JPN', 'defence', ['GBR'])] },
      { articleId: 'dev01', replace: true, triples: [met('dev01', 'sanae takaichi', 'keir starmer', null)] },
    ]);
    expect(plan.tripleCount).toBe(4);
    expect(plan.articles).toMatchInlineSnapshot(`
      [
        {
          "id": "seed",
          "meta": {
            "dateline": "Tokyo",
            "datelineCountry": "JPN",
            "format": "text",
            "published": "2026-02-01",
            "source": "ANI",
            "title": "Japan and UK deepen ties",
            "url": null,
          },
        },
        {
          "id": "dev01",
          "meta": null,
        },
      ]
    `);
    expect(plan.entities).toMatchInlineSnapshot(`
      {
        "Country": [
          {
            "iso2": "GB",
            "key": "GBR",
            "names": [
              "United Kingdom",
              "Britain",
            ],
          },
          {
            "iso2": "JP",
            "key": "JPN",
            "names": [
              "Japan",
              "JPN",
            ],
          },
        ],
        "Organization": [],
        "Person": [
          {
            "key": "keir starmer",
            "names": [
              "Keir Starmer",
              "keir starmer",
            ],
          },
          {
            "key": "sanae takaichi",
            "names": [
              "Sanae Takaichi",
            ],
          },
        ],
        "Sector": [
          {
            "key": "defence",
            "names": [
              "Defence and security",
              "defence",
            ],
          },
        ],
      }
    `);
    expect(plan.replaced).toEqual([
      {
        article: 'seed',
        claimIds: ['seed|COOPERATES_ON|JPN|defence', 'seed|HOLDS_OFFICE|keir starmer|GBR|Prime Minister', 'seed|MET|keir starmer|sanae takaichi'],
        keep: ['Country:GBR', 'Country:JPN', 'Person:keir starmer', 'Person:sanae takaichi', 'Sector:defence'],
      },
      { article: 'dev01', claimIds: ['dev01|MET|keir starmer|sanae takaichi'], keep: ['Person:keir starmer', 'Person:sanae takaichi'] },
    ]);
    expect(plan.mentions.Country).toEqual([
      { article: 'seed', key: 'GBR' },
      { article: 'seed', key: 'JPN' },
    ]);
    expect(plan.claims.MET?.map((c) => c.id)).toEqual(['seed|MET|keir starmer|sanae takaichi', 'dev01|MET|keir starmer|sanae takaichi']);
    // Two articles asserting one meeting: one fact.
    expect([...plan.facts.keys()].sort()).toEqual(['COOPERATES_ON|JPN|defence', 'HOLDS_OFFICE|keir starmer|GBR|Prime Minister', 'MET|keir starmer|sanae takaichi']);
  });

  it('keeps one claim when an article repeats a fact, the later line winning', () => {
    const plan = planBatch([{ articleId: 'a', replace: true, triples: [met('a', 'x', 'y', '2026-01-01'), met('a', 'y', 'x', '2026-01-02')] }]);
    expect(plan.claims.MET).toHaveLength(1);
    expect(plan.claims.MET?.[0]?.date).toBe('2026-01-02');
  });

  it('asks for no stale-claim removal when a batch adds to an article already written in this load', () => {
    const plan = planBatch([{ articleId: 'a', replace: false, triples: [met('a', 'x', 'y')] }]);
    expect(plan.replaced).toEqual([]);
  });

  it('replaces an article given with no triples: it asserts nothing now', () => {
    const plan = planBatch([{ articleId: 'dev08', replace: true, triples: [] }]);
    expect(plan.replaced).toEqual([{ article: 'dev08', claimIds: [], keep: [] }]);
    expect(plan.articles).toEqual([{ id: 'dev08', meta: null }]);
  });
});
