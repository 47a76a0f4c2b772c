import { describe, expect, it } from 'vitest';
import { countries, countryByIso3, sectors, SECTORS_FILE } from '../src/index.js';

describe('reference data', () => {
  it('knows every ISO country with demonyms', () => {
    expect(countries().length).toBeGreaterThan(240);
    expect(countryByIso3('GBR')?.demonyms).toContain('British');
    expect(countryByIso3('jpn')?.name).toBe('Japan');
  });
  it('holds the closed sector taxonomy as package data (docs/triples.md)', () => {
    expect(SECTORS_FILE.pathname).toMatch(/\/packages\/core\/data\/sectors\.yaml$/);
    expect(new Set(sectors().map((s) => s.key)).size).toBe(sectors().length);
    expect(sectors().map((s) => s.key)).toContain('critical-minerals');
    expect(sectors()).toHaveLength(26);
  });
});
