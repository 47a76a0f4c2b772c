import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@wiregraph/core';
import { allStatements, upsertFacts, pruneFacts, mergeEntities, addToFacts, MERGE_CLAIMS } from '../src/internal/statements.js';
import { CLAIM_FIELDS, claimValues, planBatch } from '../src/internal/rows.js';
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
    expect(MERGE_CLAIMS).toContain('MERGE (c:Claim {id: row[3]})');
    expect(addToFacts('HOLDS_OFFICE')).toContain('MERGE (s)-[r:HOLDS_OFFICE {title: row.title}]->(o)');
    expect(upsertFacts('HOLDS_OFFICE')).toContain('MERGE (s)-[r:HOLDS_OFFICE {title: row.title}]->(o)');
    expect(pruneFacts('MET')).toContain('MATCH (s)-[r:MET]->(o)');
  });

  it('returns the element ids that later statements of the batch match nodes and facts on', () => {
    for (const l of ['Person', 'Country', 'Sector', 'Organization'] as const) expect(mergeEntities(l)).toMatch(/RETURN row\.key AS key, elementId\(n\) AS node$/);
    expect(allStatements().MERGE_ARTICLES).toMatch(/RETURN row\.id AS id, elementId\(a\) AS node, EXISTS \{ \(a\)-\[:ASSERTS\|MENTIONS\]->\(\) \} AS known$/);
  });

  it('reads a fact’s aggregates only after the SET that takes its write lock', () => {
    for (const p of ['MET', 'VISITED', 'HOLDS_OFFICE', 'COOPERATES_WITH', 'COOPERATES_ON'] as const) {
      const text = addToFacts(p);
      expect(text, p).toContain('SET r.claimCount = coalesce(r.claimCount, 0)\nWITH r, row, properties(r) AS cur\n');
      // Every later read of the fact goes through `cur`, never a property read the planner could cache before the lock.
      const after = text.slice(text.indexOf('properties(r) AS cur'));
      const uses = [...after.matchAll(/\br\.(\w+)( =)?/g)];
      expect(uses.length, p).toBeGreaterThan(4);
      for (const m of uses) expect(m[2], `${p}: r.${m[1]} is read after the lock`).toBe(' =');
    }
  });
});

describe('statement parameters', () => {
  it('pins the claim rows and properties sent with the claim statements, and the rows of upsertFacts(COOPERATES_ON)', () => {
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
    // What the claim statements store: the values in CLAIM_FIELDS order, offsets as integers, nulls (not stored) kept in place.
    const values = claimValues(plan.claims.MET![0]!);
    expect(values).toHaveLength(CLAIM_FIELDS.length);
    const byField = Object.fromEntries(CLAIM_FIELDS.map((f, i) => [f, values[i]]));
    expect(byField).toMatchObject({ id: 'seed|MET|keir starmer|sanae takaichi', article: 'seed', predicate: 'MET', date: '2026-01-31', confidence: 0.93, rule: 'met-talks', title: null, partners: null, hash: '8bd896c1126ba2a8' });
    expect([byField.sentence, byField.start, byField.end].map((n) => (n as { toNumber(): number }).toNumber())).toEqual([2, 120, 156]);
    expect(neo4j.isInt(byField.sentence)).toBe(true);
    expect(claimValues(plan.claims.COOPERATES_ON![0]!)[CLAIM_FIELDS.indexOf('partners')]).toEqual(['GBR']);
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
