import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countries, countryByIso3, sectors, SECTORS_FILE } from '../src/index.js';

describe('reference data', () => {
  it('knows every ISO country with demonyms', () => {
    expect(countries().length).toBeGreaterThan(240);
    expect(countryByIso3('GBR')?.demonyms).toContain('British');
    expect(countryByIso3('jpn')?.name).toBe('Japan');
  });
  it('keeps the sector taxonomy identical to the shared spec', () => {
    const shared = new URL('../../../../shared/spec/sectors.yaml', import.meta.url);
    expect(readFileSync(SECTORS_FILE, 'utf8')).toBe(readFileSync(shared, 'utf8'));
    expect(sectors().map((s) => s.key)).toContain('critical-minerals');
    expect(sectors()).toHaveLength(26);
  });
});
