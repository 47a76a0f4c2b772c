import { countries, sectors } from '@wiregraph/core';

export interface ReferenceCountryRow {
  iso3: string;
  iso2: string;
  name: string;
  aliases: string[];
}

export interface ReferenceSectorRow {
  key: string;
  name: string;
  aliases: string[];
}

/** Every ISO 3166-1 country: aliases are the official name, the other spellings and the demonyms, so search finds "Britain" and "British". */
export function countryRows(): ReferenceCountryRow[] {
  return countries().map((c) => ({
    iso3: c.iso3,
    iso2: c.iso2,
    name: c.name,
    aliases: [...new Set([c.official, ...c.altSpellings, ...c.demonyms])].filter((a) => a && a !== c.name),
  }));
}

/** Every sector of sectors.yaml: name = its label, aliases = its cue words. */
export function sectorRows(): ReferenceSectorRow[] {
  return sectors().map((s) => ({
    key: s.key,
    name: s.label,
    aliases: [...new Set(s.cues)].filter((a) => a && a !== s.label),
  }));
}
