import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, INTERNAL_LABELS, KEY_PROPERTY } from '@wiregraph/core';
import { schemaStatements, splitCypherScript } from '../src/internal/schema.js';
import { countryRows, sectorRows } from '../src/internal/reference-data.js';
import { countries, sectors } from '@wiregraph/core';

describe('cypher/schema.cypher', () => {
  const statements = schemaStatements();

  it('is idempotent: every statement is CREATE … IF NOT EXISTS or DROP … IF EXISTS', () => {
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(s).toMatch(/^(CREATE [^;]* IF NOT EXISTS|DROP (INDEX|CONSTRAINT) \w+ IF EXISTS$)/);
  });

  it('has a uniqueness constraint on the key of every label', () => {
    const keys: Record<string, string> = { ...KEY_PROPERTY, Article: 'id', Claim: 'id' };
    for (const l of [...ENTITY_LABELS, ...INTERNAL_LABELS]) {
      expect(statements.some((s) => s.includes(`FOR (n:${l}) REQUIRE n.${keys[l]} IS UNIQUE`)), l).toBe(true);
    }
  });

  it('has the entity_names full-text index with the standard-folding analyzer', () => {
    const ft = statements.find((s) => s.includes('FULLTEXT INDEX entity_names'));
    expect(ft).toContain('FOR (n:Person|Country|Sector|Organization) ON EACH [n.name, n.aliases]');
    expect(ft).toContain("'standard-folding'");
  });
});

describe('splitCypherScript', () => {
  it('drops comment lines and splits on semicolons that end a line', () => {
    expect(splitCypherScript('// c\nCREATE A;\n\nCREATE B\nOPTIONS {x: \'a;b\'};\n')).toEqual(['CREATE A', "CREATE B\nOPTIONS {x: 'a;b'}"]);
  });
});

describe('reference data rows', () => {
  it('has one row for every ISO country, with other spellings and demonyms as aliases', () => {
    const rows = countryRows();
    expect(rows).toHaveLength(countries().length);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(rows.length);
    const gbr = rows.find((r) => r.iso3 === 'GBR')!;
    expect(gbr).toMatchObject({ iso2: 'GB', name: 'United Kingdom' });
    expect(gbr.aliases).toEqual(expect.arrayContaining(['Great Britain', 'British']));
    expect(gbr.aliases).not.toContain('United Kingdom');
  });

  it('has one row for every sector of sectors.yaml, its label as name', () => {
    const rows = sectorRows();
    expect(rows.map((r) => r.key)).toEqual(sectors().map((s) => s.key));
    expect(rows.length).toBe(26);
    expect(rows.find((r) => r.key === 'critical-minerals')?.name).toBe(sectors().find((s) => s.key === 'critical-minerals')?.label);
  });
});
