// The story's issuer when neither its dateline nor its source names one: the publisher's
// country-code domain, else the country the text itself speaks from.
import { countries } from '@wiregraph/core';
import type { StoryHome } from '../scene/home.js';
import type { CountryEvidence } from './evidence.js';

// Country-code domains sold worldwide as generic names ("news.tv", "app.io"): no country.
const GENERIC_DOMAINS = new Set(['tv', 'io', 'co', 'me', 'fm', 'ai', 'cc']);
let byDomain: Map<string, string> | undefined;

/** The country of a web address's country-code domain ("www.example.lk/…" → LKA), if any. */
export function domainCountry(address: string | undefined): string | undefined {
  const tld = address?.match(/^https?:\/\/[^/?#]+\.([a-z]{2})(?:[:/?#]|$)/i)?.[1]?.toLowerCase();
  if (!tld || GENERIC_DOMAINS.has(tld)) return undefined;
  byDomain ??= new Map(countries().map((c) => [c.iso2.toLowerCase(), c.iso3]));
  return byDomain.get(tld === 'uk' ? 'gb' : tld);
}

/** Every country a traveller of the story went to. */
function destinationsOf(ev: CountryEvidence): Set<string> {
  const out = new Set<string>();
  for (const [, ws] of ev.travel.travelled) for (const w of ws) out.add(w);
  return out;
}

/**
 * The country an unplaced story speaks from, read from its text: the country it names most,
 * leaving out where its travellers went (abroad) and the countries its titles mark
 * ("Japanese Prime Minister X"): news marks foreign office holders, not its own. None on a tie.
 */
function textIssuer(ev: CountryEvidence, destinations: Set<string>): string | undefined {
  const { m } = ev.ctx;
  const counts = new Map<string, number>();
  for (const list of m.places) {
    for (const pl of list) if (pl.iso3 && pl.kind !== 'org' && pl.kind !== 'none' && !destinations.has(pl.iso3)) counts.set(pl.iso3, (counts.get(pl.iso3) ?? 0) + 1);
  }
  const marked = new Set(m.registry.persons.filter((q) => q.national && q.country && q.countryStrength >= 2).map((q) => q.country!));
  if ([...counts.keys()].some((c) => !marked.has(c))) for (const c of marked) counts.delete(c);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return undefined;
  return ranked[0]![0];
}

/**
 * The story's home with an issuer from its address (a country the story names) or its text,
 * and the host side of a trip from that issuer; undefined when the scene gave an issuer or none is read.
 */
export function homeWithTextIssuer(ev: CountryEvidence): StoryHome | undefined {
  if (ev.home.issuer) return undefined;
  const byDomain = domainCountry(ev.address);
  const destinations = destinationsOf(ev);
  const issuer = (byDomain && ev.home.named.has(byDomain) ? byDomain : undefined) ?? textIssuer(ev, destinations);
  if (!issuer) return undefined;
  const hostCountry = destinations.size === 1 && !destinations.has(issuer) ? [...destinations][0] : undefined;
  return { ...ev.home, home: ev.home.home ?? issuer, issuer, hostCountry };
}
