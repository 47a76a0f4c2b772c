import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@wiregraph/core';
import { allStatements, mergeClaims, upsertFacts, pruneFacts, mergeEntities } from '../src/internal/statements.js';
import { planBatch } from '../src/internal/rows.js';
import type { Triple } from '@wiregraph/core';

const statements = allStatements();

describe('loader Cypher', () => {
  // One snapshot per statement (in __snapshots__/statements.test.ts.snap): reviewers read Cypher diffs there.
  for (const [name, text] of Object.entries(statements)) {
    it(`pins ${name}`, () => {
      expect(text).toMatchSnapshot();
    });
  }

  it('takes every value from $rows: no statement carries a quoted literal other than fixed ref prefixes', () => {
    for (const [name, text] of Object.entries(statements)) {
      expect(text, name).toMatch(/^UNWIND \$rows AS row\n/);
      const literals = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      for (const l of literals) expect(['Person:', 'Country:', 'Sector:', 'Organization:', 'Person', 'Organization', ''], `${name}: '${l}'`).toContain(l);
    }
  });

  it('uses only labels and relationship types from the fixed list in core', () => {
    const known = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
    for (const [name, text] of Object.entries(statements)) {
      for (const m of text.matchAll(/[(\[]\w*:(\w+)/g)) expect(known.has(m[1]!), `${name} uses ${m[1]}`).toBe(true);
      for (const m of text.matchAll(/\b\w+:(\w+)\s*\)/g)) expect(known.has(m[1]!), `${name} uses ${m[1]}`).toBe(true);
    }
  });

  it('MERGEs every node on its constraint-backed key and every fact on its end nodes', () => {
    expect(mergeEntities('Country')).toContain('MERGE (n:Country {iso3: row.key})');
    expect(mergeClaims('VISITED')).toContain('MATCH (o:Country {iso3: row.objectKey})');
    expect(upsertFacts('HOLDS_OFFICE')).toContain('MERGE (s)-[r:HOLDS_OFFICE {title: row.title}]->(o)');
    expect(pruneFacts('MET')).toContain('MATCH (s)-[r:MET]->(o)');
  });
});

describe('statement parameters', () => {
  it('pins the rows sent with mergeClaims(MET) and upsertFacts(COOPERATES_ON)', () => {
    const triples: Triple[] = [
      {
        article: 'seed',
        subject: { type: 'Person', key: 'sanae takaichi', name: 'Sanae Takaichi' },
        predicate: 'MET',
        object: { type: 'Person', key: 'keir starmer', name: 'Keir Starmer' },
        date: '2026-01-31',
        evidence: 'The two leaders held talks in Tokyo.',
        confidence: 0.93,
        sentence: 2,
        start: 120,
        end: 156,
        rule: 'met-talks',
      },
      {
        article: 'seed',
        subject: { type: 'Country', key: 'JPN', name: 'Japan' },
        predicate: 'COOPERATES_ON',
        object: { type: 'Sector', key: 'cybersecurity', name: 'cybersecurity' },
        date: '2026-01-31',
        evidence: 'They agreed to cooperate on cyber defence.',
        partners: ['GBR'],
      },
    ];
    const plan = planBatch([{ articleId: 'seed', replace: true, triples }]);
    expect({ rows: plan.claims.MET }).toMatchInlineSnapshot(`
      {
        "rows": [
          {
            "article": "seed",
            "confidence": 0.93,
            "date": "2026-01-31",
            "end": 156,
            "evidence": "The two leaders held talks in Tokyo.",
            "factKey": "MET|keir starmer|sanae takaichi",
            "hash": "8bd896c1126ba2a8",
            "id": "seed|MET|keir starmer|sanae takaichi",
            "objectKey": "sanae takaichi",
            "partners": null,
            "predicate": "MET",
            "rule": "met-talks",
            "sentence": 2,
            "start": 120,
            "subjectKey": "keir starmer",
            "title": null,
          },
        ],
      }
    `);
    expect({ rows: [...plan.facts.values()].filter((f) => f.predicate === 'COOPERATES_ON').map((f) => f.row) }).toMatchInlineSnapshot(`
      {
        "rows": [
          {
            "end": "cybersecurity",
            "factKey": "COOPERATES_ON|JPN|cybersecurity",
            "start": "JPN",
            "title": "",
          },
        ],
      }
    `);
  });
});
