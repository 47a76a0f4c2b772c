// Each person's country, for the people whose office names none: the ordered resolvers, then
// the delegation pass. Returns a verdict per person with its reason; writes to no Person.
import type { Person } from '../people.js';
import { CountryView, type CountryEvidence, type CountryVerdict } from './evidence.js';
import { COUNTRY_RESOLVERS } from './resolvers.js';
import { delegationCountries } from './delegations.js';
import { homeWithTextIssuer } from './inferred-home.js';

export { meetPlaces, type CountryEvidence, type CountryVerdict } from './evidence.js';

/**
 * "NEW YORK (KUNA) --" with nobody of the dateline's country in the story but the agency's own
 * leaders: the dateline is a venue, and unmarked officials are the agency's country's.
 */
function venueOnly(ev: CountryEvidence, view: CountryView): boolean {
  const dl = ev.ctx.datelineCountry;
  const home = ev.home.home;
  const persons = ev.ctx.m.registry.persons;
  return !!dl && !!home && home !== dl && !persons.some((q) => view.country(q) === dl && view.strength(q) >= 2) && persons.some((q) => view.country(q) === home && view.strength(q) >= 2);
}

function resolveOne(p: Person, ev: CountryEvidence, view: CountryView): CountryVerdict | undefined {
  const { visited, travelled, presentOnly, visitors } = ev.travel;
  const away = new Set([...(visited.get(p) ?? [])].filter((w) => travelled.get(p)?.has(w) || !presentOnly.get(p)?.has(w)));
  for (const r of COUNTRY_RESOLVERS) {
    const a = r.resolve({ p, ev, view, away });
    if (!a) continue;
    let country = a.country;
    let reason = a.reason ? `${r.id}:${a.reason}` : r.id;
    if (r.venueCheck && country && country === ev.ctx.datelineCountry && !visitors.has(p) && venueOnly(ev, view)) {
      country = ev.home.home;
      reason += '+venue-is-abroad';
    }
    return country ? { country, strength: r.strength, reason } : undefined;
  }
  return undefined;
}

/** Another holder of one of p's titles is placed in c: p is their counterpart, from elsewhere. */
function counterpartIn(p: Person, c: string, ev: CountryEvidence, view: CountryView): boolean {
  const mine = new Set(p.titles.map((t) => t.toLowerCase()));
  return ev.ctx.m.registry.persons.some((q) => q !== p && view.country(q) === c && view.strength(q) >= 2 && q.titles.some((t) => mine.has(t.toLowerCase())));
}

/** The country of every person whose office named none, with the reason; later answers see earlier ones. */
export function resolvePersonCountries(ev: CountryEvidence): Map<Person, CountryVerdict> {
  const verdicts = new Map<Person, CountryVerdict>();
  const view = new CountryView(verdicts);
  for (const p of ev.ctx.m.needsCountry) {
    if (view.strength(p) > 0) continue;
    const v = resolveOne(p, ev, view);
    if (v) verdicts.set(p, v);
  }
  // A story that names no issuer: whom the resolvers left open, they place again from the
  // issuer its address or text gives (after every clue the text itself gives).
  const textHome = homeWithTextIssuer(ev);
  if (textHome) {
    const evText = { ...ev, home: textHome };
    for (const p of ev.ctx.m.needsCountry) {
      if (view.strength(p) > 0) continue;
      const v = resolveOne(p, evText, view);
      if (v && !counterpartIn(p, v.country, ev, view)) verdicts.set(p, { ...v, reason: `text-issuer:${v.reason}` });
    }
  }
  delegationCountries(ev.ctx, view, verdicts);
  return verdicts;
}
