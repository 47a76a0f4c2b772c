// The ordered resolvers of a person's country, for people whose office names none. The first
// resolver that answers wins; each answer carries its reason. The context resolvers' answers
// (`venueCheck`) are also checked against a dateline that is only a venue.
import { foldText } from '@wiregraph/core';
import type { Person } from '../people.js';
import type { PlaceMention } from '../mentions.js';
import type { CountryEvidence, CountryView } from './evidence.js';
import { companionOf, credentialsReceiver, sideOf, spokeIn, welcomerCountry, whereHost } from './clues.js';

/** What one resolver reads about one person. */
export interface PersonQuery {
  p: Person;
  ev: CountryEvidence;
  view: CountryView;
  /** Where p is said to be away (visited, not merely present at a summit at home). */
  away: Set<string>;
}

export interface CountryResolver {
  id: string;
  /** 2 when the answer is as good as a title naming the country, else 1. */
  strength: 1 | 2;
  venueCheck: boolean;
  resolve(q: PersonQuery): { country: string | undefined; reason?: string } | undefined;
}


/** Another holder of p's head title is already placed in c (by a title, or by this stage): one per country. */
function taken({ p, ev, view }: PersonQuery, c: string): boolean {
  return ev.ctx.m.registry.persons.some((q) => q !== p && q.national && view.country(q) === c && (view.strength(q) >= 2 || view.placedHere(q))
    && q.titles.some((t) => ev.ctx.lex.headTitles.onePerCountry.has(t.toLowerCase()) && p.titles.some((u) => u.toLowerCase() === t.toLowerCase())));
}

/**
 * "Foreign Secretary" with the few countries that style it so: the one the story names or
 * issues from that no other holder of p's head title already holds.
 */
const fewCountryTitle: CountryResolver['resolve'] = (q) => {
  const { p, ev } = q;
  const few = p.titles.map((t) => ev.ctx.lex.fewCountryTitles.get(foldText(t))).find((x) => x);
  const fewNamed = few?.filter((x) => (ev.home.named.has(x) || x === ev.home.issuer) && !taken(q, x));
  return fewNamed?.length === 1 ? { country: fewNamed[0] } : undefined;
};

/** "flying to Tokyo, where he will hold talks with Prime Minister X": the holder is at home there. */
const whereHostResolver: CountryResolver['resolve'] = ({ p, ev }) => {
  const where = whereHost(ev.ctx.parsed, ev.ctx.m, p);
  return where && !ev.travel.travelled.get(p)?.has(where) ? { country: where } : undefined;
};

/** "On the Philippine side, it was attended by Secretary X": the side a list of officials is on. */
const sideResolver: CountryResolver['resolve'] = ({ p, ev }) => {
  const side = sideOf(ev.ctx.parsed, ev.ctx.m, p);
  return side ? { country: side } : undefined;
};

/** "Foreign Minister X, who travelled with Meloni,": a companion of a traveller is from the traveller's country. */
const companionResolver: CountryResolver['resolve'] = ({ p, ev, view }) => {
  const companion = companionOf(ev.ctx.parsed, ev.ctx.m, p);
  const c = companion ? view.country(companion) : undefined;
  return companion && c && view.strength(companion) > 0 && companion !== p ? { country: c } : undefined;
};

/** "the new ambassador to Peru presented his credentials to President X": X is of Peru. */
const credentialsResolver: CountryResolver['resolve'] = ({ p, ev }) => {
  const c = credentialsReceiver(ev.ctx.parsed, ev.ctx.m, p);
  return c ? { country: c } : undefined;
};

/**
 * p's role in the story: speaking in a place, a visitor, the host side of a trip, or by default
 * the issuer's. A second holder of a head title already placed there goes to the other country.
 */
const storyRole: CountryResolver['resolve'] = (q) => {
  const { p, ev, away } = q;
  const { visitors, travelled } = ev.travel;
  const { home, issuer, hostCountry, named } = ev.home;
  let c: string | undefined;
  let reason: string;
  // "Finance Minister X said in Seoul": someone speaking in a place, and not said to travel, is at home there.
  const spoke = visitors.has(p) ? undefined : spokeIn(ev.ctx.parsed, ev.ctx.m, p);
  if (spoke && !away.has(spoke) && !travelled.has(p)) [c, reason] = [spoke, 'spoke-in'];
  else if (visitors.has(p)) [c, reason] = [home, 'visitor-home'];
  else if (hostCountry) {
    // A story about a trip abroad: someone who met the travellers is a host; anyone else is
    // as likely the travellers' colleague as a host, so no country.
    const metTraveller = ev.meetings.some((mt) => mt.people.includes(p) && mt.people.some((x) => x !== p && travelled.get(x)?.has(hostCountry)));
    c = ev.meetPlace.get(p) ?? (away.has(hostCountry) || travelled.get(p)?.has(hostCountry) ? issuer : metTraveller ? hostCountry : undefined);
    reason = 'trip-side';
  } else {
    // Someone who met a traveller whose one trip in the story went to X, and who did not travel
    // themselves, is at home in X ("A, who travelled to Seoul, held talks there with Minister B").
    const metDests = new Set<string>();
    for (const mt of ev.meetings) if (mt.people.includes(p)) for (const x of mt.people) if (x !== p) for (const w of travelled.get(x) ?? []) metDests.add(w);
    const md = metDests.size === 1 && !travelled.has(p) ? [...metDests][0] : undefined;
    c = ev.meetPlace.get(p) ?? (md && md !== issuer ? md : undefined) ?? issuer;
    reason = 'issuer-or-met-destination';
  }
  if (c && !visitors.has(p) && taken(q, c)) {
    // In a story about two countries, the second head of state or government is the other one's.
    // (Only for the one who met that holder: "President A and President B … during their meeting".)
    const holder = ev.ctx.m.registry.persons.find((x) => x !== p && q.view.country(x) === c && q.view.placedHere(x));
    const metHolder = !!holder && ev.meetings.some((mt) => mt.people.includes(p) && mt.people.includes(holder));
    const other = named.size === 2 && metHolder ? [...named].find((x) => x !== c) : undefined;
    [c, reason] = [other && !taken(q, other) ? other : undefined, 'second-head'];
  }
  if (c && away.has(c)) c = undefined;
  return c ? { country: c, reason } : undefined;
};

/** p's office is written "host Prime Minister X". */
function hostTitled(ev: CountryEvidence, p: Person): boolean {
  if (p.officeSent === undefined) return false;
  const toks = ev.ctx.parsed.toks;
  const mine = ev.ctx.m.persons[p.officeSent]!.find((x) => x.person === p && x.kind === 'full');
  return !!mine && (toks[mine.from]?.low === 'host' || toks[mine.from - 1]?.low === 'host');
}

/**
 * "Prime Minister X" in a story that names two countries, one of which already has its prime
 * minister (by a title naming the country, or by this stage): X is the other country's.
 */
const otherHead: CountryResolver['resolve'] = (q) => {
  const { p, ev, away } = q;
  if (!p.titles.some((t) => ev.ctx.lex.headTitles.onePerCountry.has(t.toLowerCase()))) return undefined;
  // ("host Prime Minister X" at a meeting of several leaders: the host's country may go unnamed.)
  if (hostTitled(ev, p)) return undefined;
  // (A country named only as where things happen is a venue: "met in Helsinki, Finland".)
  const { m, parsed } = ev.ctx;
  const afterCity = (pl: PlaceMention) => parsed.toks[pl.from - 1]?.low === ',' && m.places[pl.sent]!.some((x) => x.to === pl.from - 1 && x.kind === 'city');
  // (Nor a place word that is also a word of someone's name: "Lima held talks".)
  const nameWords = new Set(m.registry.persons.flatMap((q) => q.words));
  const inName = (pl: PlaceMention) => pl.to - pl.from === 1 && nameWords.has(parsed.toks[pl.from]!.low);
  const named = [...ev.home.named].filter((c) => !!c && m.places.some((list) => list.some((pl) => pl.iso3 === c && !pl.locative && !afterCity(pl) && !inName(pl))));
  if (named.length !== 2) return undefined;
  const held = named.filter((c) => taken(q, c));
  const other = held.length === 1 ? named.find((c) => c !== held[0]) : undefined;
  return other && !away.has(other) ? { country: other } : undefined;
};

/** Someone who meets a foreign visitor in a named place, and is not said to travel, is at home there. */
const metVisitorInPlace: CountryResolver['resolve'] = ({ p, ev, view, away }) => {
  // (Not a meeting of several countries' leaders, nor one on a summit's sidelines: everyone there may be a guest.)
  const bilateral = (mt: (typeof ev.meetings)[number]) => {
    const others = new Set(mt.people.filter((x) => x !== p && view.country(x)).map((x) => view.country(x)));
    return others.size === 1 && !SUMMIT_WORDS.test(ev.ctx.parsed.sentences[mt.sent]!.text);
  };
  const c = ev.meetings.find((mt) => mt.where && mt.people.includes(p) && !away.has(mt.where) && mt.people.some((x) => x !== p && view.country(x) && view.country(x) !== mt.where) && bilateral(mt))?.where;
  return c ? { country: c } : undefined;
};
const SUMMIT_WORDS = /\b(?:summit|sidelines?|margins?)\b/i;

/** "he was received at the airport by X, Minister of Interior": who welcomes a traveller is at home where the traveller went. */
const welcomer: CountryResolver['resolve'] = ({ p, ev }) => {
  const c = welcomerCountry(ev.ctx.parsed, ev.ctx.m, p, ev.travel.travelled);
  return c ? { country: c } : undefined;
};

const TRIP_NOUNS = new Set(['visit', 'trip', 'tour']);

/**
 * The one country the office sentence names as an actor that nobody else in it stands for.
 * Not a place's country ("in London, United Kingdom"), a destination ("during a China visit"),
 * nor a country that marks another office ("Israel's PM").
 */
const officeSentenceActor: CountryResolver['resolve'] = ({ p, ev, view, away }) => {
  if (p.officeSent === undefined) return undefined;
  const { parsed, m, lex } = ev.ctx;
  const toks = parsed.toks;
  const s = parsed.sentences[p.officeSent]!;
  const claimed = new Set(m.persons[s.index]!.filter((x) => x.person !== p).map((x) => view.country(x.person)));
  const afterCity = (from: number) => toks[from - 1]?.low === ',' && m.places[s.index]!.some((c) => c.to === from - 1 && c.kind === 'city');
  // (An office with its holder named after it is someone's own title: "the UAE's Minister of Industry X".)
  const marksOffice = (to: number, possessive: boolean) => {
    const q = toks[to]?.low === "'s" ? to + 1 : to;
    return possessive && !!lex.heads.matchToks(toks, q, s.to) && !m.persons[s.index]!.some((x) => x.to > q && x.to - q <= 10);
  };
  const actors = m.places[s.index]!.filter((x) => !x.locative && toks[x.from - 1]?.low !== 'for' && !afterCity(x.from) && !TRIP_NOUNS.has(toks[x.to]?.low ?? '') && !marksOffice(x.to, x.possessive));
  const cands = [...new Set(actors.map((x) => x.iso3))].filter((x) => !claimed.has(x) && !away.has(x));
  return cands.length === 1 ? { country: cands[0] } : undefined;
};

/** In the order they are asked. */
export const COUNTRY_RESOLVERS: readonly CountryResolver[] = [
  { id: 'few-country-title', strength: 2, venueCheck: false, resolve: fewCountryTitle },
  { id: 'where-host', strength: 1, venueCheck: false, resolve: whereHostResolver },
  { id: 'side', strength: 1, venueCheck: false, resolve: sideResolver },
  { id: 'companion', strength: 1, venueCheck: false, resolve: companionResolver },
  { id: 'credentials', strength: 1, venueCheck: false, resolve: credentialsResolver },
  { id: 'other-head', strength: 1, venueCheck: false, resolve: otherHead },
  { id: 'story-role', strength: 1, venueCheck: true, resolve: storyRole },
  { id: 'met-visitor-in-place', strength: 1, venueCheck: true, resolve: metVisitorInPlace },
  { id: 'welcomer', strength: 1, venueCheck: true, resolve: welcomer },
  { id: 'office-sentence-actor', strength: 1, venueCheck: true, resolve: officeSentenceActor },
];
