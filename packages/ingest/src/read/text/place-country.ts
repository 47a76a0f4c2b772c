import { countries, foldText } from '@wiregraph/core';

/**
 * A small place → ISO alpha-3 lookup for datelines: country names and capitals from core's
 * reference data, plus wire cities that are not capitals. Extraction keeps the richer gazetteer;
 * this only has to name the country of a dateline.
 */
const WIRE_CITIES: Record<string, string> = {
  istanbul: 'TUR', shanghai: 'CHN', tianjin: 'CHN', hefei: 'CHN', guangzhou: 'CHN', shenzhen: 'CHN',
  mumbai: 'IND', kolkata: 'IND', chennai: 'IND', bengaluru: 'IND', hyderabad: 'IND', colombo: 'LKA',
  karachi: 'PAK', lahore: 'PAK', osaka: 'JPN', gyeongju: 'KOR', busan: 'KOR', sydney: 'AUS',
  melbourne: 'AUS', perth: 'AUS', adelaide: 'AUS', johannesburg: 'ZAF', 'cape town': 'ZAF',
  'new york': 'USA', 'los angeles': 'USA', washington: 'USA', 'united nations': 'USA', geneva: 'CHE',
  davos: 'CHE', zurich: 'CHE', frankfurt: 'DEU', hamburg: 'DEU', munich: 'DEU', milan: 'ITA',
  barcelona: 'ESP', 'rio de janeiro': 'BRA', 'sao paulo': 'BRA', belem: 'BRA', toronto: 'CAN',
  montreal: 'CAN', dubai: 'ARE', jeddah: 'SAU', 'ho chi minh city': 'VNM', almaty: 'KAZ',
  'the hague': 'NLD', strasbourg: 'FRA', edinburgh: 'GBR',
};

let index: Map<string, string> | undefined;

function key(name: string): string {
  return foldText(name).replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();
}

function build(): Map<string, string> {
  const map = new Map<string, string>();
  // Capitals first, names after: a name always wins over a capital of the same spelling.
  for (const c of countries()) for (const cap of c.capitals) map.set(key(cap), c.iso3);
  for (const [city, iso3] of Object.entries(WIRE_CITIES)) map.set(city, iso3);
  for (const c of countries()) {
    for (const n of [c.name, c.official, ...c.altSpellings]) if (n.length > 3) map.set(key(n), c.iso3);
  }
  return map;
}

/** ISO alpha-3 of a country or city name ("Japan", "TOKYO", "South Korea"), or undefined. */
export function countryOfPlace(name: string | undefined): string | undefined {
  if (!name) return undefined;
  index ??= build();
  const k = key(name);
  return index.get(k) ?? index.get(k.replace(/^the /, ''));
}

let countryNames: Set<string> | undefined;

/** Whether a name is a country's own name ("Morocco"), not a city's: "Morocco: …" heads a headline, not a dateline. */
export function isCountryName(name: string): boolean {
  countryNames ??= new Set(countries().flatMap((c) => [c.name, c.official, ...c.altSpellings].map(key)));
  const k = key(name);
  return countryNames.has(k) || countryNames.has(k.replace(/^the /, ''));
}

/** ISO alpha-3 from an alpha-2 or alpha-3 code ("US", "USA"), or undefined. */
export function countryOfCode(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (c.length === 3) return countries().some((r) => r.iso3 === c) ? c : undefined;
  if (c.length === 2) return countries().find((r) => r.iso2 === c)?.iso3;
  return undefined;
}
