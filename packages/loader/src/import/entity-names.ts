import { countryByIso3, type EntityType } from '@wiregraph/core';
import { countryRows, sectorRows } from '../internal/reference-data.js';
import type { ImportFiles } from './import-files.js';

/**
 * Every entity's name and aliases, as the loader leaves them: reference data first (every ISO
 * country and every sector, with their reference names and aliases), then each batch's names in
 * input order (addNames): a new key takes its first name, and every later spelling that is neither the name
 * nor an alias yet is appended to the aliases (mergeEntities does exactly this per batch).
 * One entry per distinct key: the vocabulary of an archive, not its size.
 */
interface Names {
  name: string;
  aliases: string[];
}

export class EntityNames {
  private readonly byLabel: Record<EntityType, Map<string, Names>> = {
    Person: new Map(),
    Country: new Map(),
    Sector: new Map(),
    Organization: new Map(),
  };

  constructor() {
    for (const c of countryRows()) this.byLabel.Country.set(c.iso3, { name: c.name, aliases: [...c.aliases] });
    for (const s of sectorRows()) this.byLabel.Sector.set(s.key, { name: s.name, aliases: [...s.aliases] });
  }

  /** Adds the names seen for one key, in input order (the loader's order: the preferred first). */
  addNames(label: EntityType, key: string, names: readonly string[]): void {
    const known = this.byLabel[label];
    let entry = known.get(key);
    if (!entry) {
      entry = { name: names[0] ?? key, aliases: [] };
      known.set(key, entry);
    }
    for (const n of names) if (n !== entry.name && !entry.aliases.includes(n)) entry.aliases.push(n);
  }

  /** Distinct keys per label (reference data included). */
  get keys(): Record<EntityType, number> {
    return {
      Person: this.byLabel.Person.size,
      Country: this.byLabel.Country.size,
      Sector: this.byLabel.Sector.size,
      Organization: this.byLabel.Organization.size,
    };
  }

  async write(files: ImportFiles): Promise<void> {
    for (const [key, e] of this.byLabel.Country) await files.entities.Country.write([key, countryByIso3(key)?.iso2 ?? null, e.name, e.aliases]);
    for (const label of ['Person', 'Sector', 'Organization'] as const) {
      for (const [key, e] of this.byLabel[label]) await files.entities[label].write([key, e.name, e.aliases]);
    }
  }
}
