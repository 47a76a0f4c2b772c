import { createRequire } from 'node:module';

/** Reference data for one ISO 3166-1 country, from the world-countries package. */
export interface CountryRecord {
  iso3: string;
  iso2: string;
  /** Common English name ("United Kingdom"). */
  name: string;
  official: string;
  /** Other English names and codes the package lists ("GB", "UK", "Great Britain"). */
  altSpellings: string[];
  /** English demonyms ("British"). */
  demonyms: string[];
  capitals: string[];
  independent: boolean;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean | null;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f?: string; m?: string } };
}

let cache: CountryRecord[] | undefined;

/** Every ISO 3166-1 country (about 250), read once. */
export function countries(): readonly CountryRecord[] {
  if (cache) return cache;
  // world-countries ships its data as JSON; createRequire keeps it a plain synchronous read.
  const require = createRequire(import.meta.url);
  const raw = require('world-countries/countries.json') as WorldCountry[];
  cache = raw.map((c) => ({
    iso3: c.cca3,
    iso2: c.cca2,
    name: c.name.common,
    official: c.name.official,
    altSpellings: (c.altSpellings ?? []).filter((s) => s !== c.cca2),
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))],
    capitals: c.capital ?? [],
    independent: c.independent ?? false,
  }));
  return cache;
}

let byIso3: Map<string, CountryRecord> | undefined;

/** The country with this ISO alpha-3 code, or undefined. */
export function countryByIso3(iso3: string): CountryRecord | undefined {
  byIso3 ??= new Map(countries().map((c) => [c.iso3, c]));
  return byIso3.get(iso3.toUpperCase());
}
