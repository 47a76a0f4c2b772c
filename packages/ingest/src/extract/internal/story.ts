import { foldText, tripleKey, type Article, type Triple } from '@wiregraph/core';
import { parse } from './nlp.js';
import { lexicons } from './lexicons.js';
import { findMentions } from './mentions.js';
import { findDates } from './dates.js';
import { readPreamble } from './text-prep.js';
import { agencyCountry, countryInText } from './gazetteer.js';
import { attendanceFindings, dateNear, isResident, sentenceHas, meetingFindings, joinedMeetingFindings, meetingPlace, modality, visitFindings, visitedFinding, type Finding, type MeetingState, type StoryContext } from './relations.js';
import { cooperationFindings } from './cooperation.js';
import type { Person } from './people.js';

const NO_DATES: never[] = [];
const HERE = /\bhere\b/;
const SUMMIT_IN = /\b(?:summit|conference|forum) in\b/i;
const GUEST_WORDS = /\b(?:guest|visitor|dignitary|visiting)\b/;
const ARRIVAL_WORDS = /\b(?:arrived|arrives|landed|flew in)\b/;
const SCENE_NOUNS = /^(summit|conference|forum|cop\d*|meeting|talks|games)$/;
const SUMMIT_NOUNS = /^(summit|summits|conference|forum|sidelines|margins)$/;
const GUEST_NOUNS = new Set(['guest', 'visitor', 'dignitary']);
const HEAD_OFFICE = /^(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|emperor|crown prince|speaker|chairman)\b/i;

/**
 * "his guest", "the visiting dignitary", "the visitor": the one person the story has travel to
 * where it is set (the highest-ranking one when a delegation travelled).
 */
function guestMentions(ctx: StoryContext, travelled: Map<Person, Set<string>>): void {
  if (!GUEST_WORDS.test(ctx.parsed.text)) return;
  const toks = ctx.parsed.toks;
  let guest: Person | null | undefined;
  const pick = (): Person | null => {
    const scene = ctx.sceneCountry;
    const all = [...travelled.entries()].filter(([p, ws]) => (scene ? ws.has(scene) : true) && p.country !== scene).map(([p]) => p);
    if (all.length === 1) return all[0]!;
    const heads = all.filter((p) => p.titles.some((t) => HEAD_OFFICE.test(t)));
    return heads.length === 1 ? heads[0]! : null;
  };
  for (const s of ctx.parsed.sentences) {
    for (let k = s.from + 1; k < s.to; k++) {
      // "the visiting President", "the visiting prime minister": a title after "the visiting".
      if (toks[k]!.low === 'visiting' && toks[k - 1]!.low === 'the') {
        const head = ctx.lex.heads.matchToks(toks, k + 1, s.to);
        if (!head || ctx.m.persons[s.index]!.some((m) => m.from <= k + head.length && m.to > k - 1)) continue;
        if (guest === undefined) guest = pick();
        if (!guest) return;
        const list = ctx.m.persons[s.index]!;
        list.push({ person: guest, from: k - 1, to: k + 1 + head.length, sent: s.index, kind: 'title-ref', nameFrom: k + 1 + head.length });
        list.sort((a, b) => a.from - b.from);
        continue;
      }
      if (!GUEST_NOUNS.has(toks[k]!.low)) continue;
      let from = k - 1;
      if (/^(visiting|distinguished|royal|foreign|state)$/.test(toks[from]!.low)) from--;
      if (!/^(his|her|their|the|our)$/.test(toks[from]?.low ?? '') || from < s.from) continue;
      if (ctx.m.persons[s.index]!.some((m) => m.from <= k && m.to > from)) continue;
      if (guest === undefined) guest = pick();
      if (!guest) return;
      const list = ctx.m.persons[s.index]!;
      list.push({ person: guest, from, to: k + 1, sent: s.index, kind: 'title-ref', nameFrom: k + 1 });
      list.sort((a, b) => a.from - b.from);
    }
  }
}
const JOINT_VERBS = new Set(['agreed', 'signed', 'pledged', 'decided', 'reaffirmed', 'welcomed', 'vowed']);

/** The article's own date (YYYY-MM-DD) from its metadata or its ` date` header. */
function articleDateOf(article: Article, headerDate: string | undefined): string {
  const d = /^\d{4}-\d{2}-\d{2}/.exec(article.published ?? '')?.[0];
  return d ?? headerDate ?? '';
}

/** Extracts the triples one article asserts (see docs/triples.md). Pure: same article, same triples. */
export function extractFromArticle(article: Article): Triple[] {
  const full = article.body ?? '';
  const pre = readPreamble(full);
  const offset = pre.bodyStart;
  const body = full.slice(offset);
  const parsed = parse(body);
  const lex = lexicons();
  const m = findMentions(parsed);
  const articleDate = articleDateOf(article, pre.headerDate);
  const allDates = parsed.sentences.map((s) => (articleDate ? findDates(s.text, articleDate).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })) : []));
  // Relative days ("a day earlier") have no value of their own: only the cue-date rule resolves them.
  const dates = allDates.map((ds) => (ds.some((d) => d.rel !== undefined) ? ds.filter((d) => d.rel === undefined) : ds));
  const relDates = allDates.map((ds) => (ds.some((d) => d.rel !== undefined) ? ds.filter((d) => d.rel !== undefined) : NO_DATES));
  const dl = pre.dateline ?? article.dateline;
  const datelineCountry = dl ? (('country' in dl && dl.country && /^[A-Z]{3}$/.test(dl.country) ? dl.country : undefined) ?? countryInText(dl.place) ?? (('countryName' in dl && dl.countryName) ? countryInText(dl.countryName) : undefined)) : undefined;
  const ctx: StoryContext = { articleId: article.id, articleDate, parsed, m, lex, dates, relDates, datelineCountry, sceneCountry: datelineCountry };
  if (!ctx.sceneCountry) {
    // A story without a dateline is set where its summit or conference is ("the climate summit in Belém").
    for (const s of parsed.sentences) {
      for (let k = s.from; k < s.to; k++) {
        if (!SCENE_NOUNS.test(parsed.toks[k]!.low)) continue;
        if (parsed.toks[k + 1]?.low !== 'in') continue;
        const pl = m.placeAt.get(k + 2);
        if (pl && pl.kind !== 'demonym' && !modality(ctx, s, k, { noun: true, cueEnd: k + 1 }) && /summit|conference|forum|cop/.test(parsed.toks[k]!.low)) {
          ctx.sceneCountry = pl.iso3;
          break;
        }
      }
      if (ctx.sceneCountry) break;
    }
  }

  // "on the sidelines of the ASEAN Summit in Kuala Lumpur" in the lede: where "the summit" is, whatever the dateline.
  if (SUMMIT_IN.test(parsed.text)) {
    for (const s of parsed.sentences.slice(0, 2)) {
      for (let k = s.from; k < s.to - 2 && !ctx.summitCountry; k++) {
        if (!/^(summit|conference|forum)$/.test(parsed.toks[k]!.low) || parsed.toks[k + 1]!.low !== 'in') continue;
        const pl = m.placeAt.get(k + 2);
        if (pl && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.iso3 && !modality(ctx, s, k, { noun: true, cueEnd: k + 1 })) ctx.summitCountry = pl.iso3;
      }
    }
  }

  // "Leaders attending the summit here …": the story is set at a summit in the dateline place.
  if (datelineCountry && HERE.test(parsed.text)) {
    for (const s of parsed.sentences) {
      if (!sentenceHas(ctx, s, 'here')) continue;
      for (let k = s.from; k < s.to && !ctx.summitHere; k++) {
        if (SUMMIT_NOUNS.test(parsed.toks[k]!.low) && !modality(ctx, s, k, { noun: true, cueEnd: k + 1 })) ctx.summitHere = true;
      }
      if (ctx.summitHere) break;
    }
  }

  // Who travels: people with a visit frame are not from the place they visit; visitors to the
  // dateline's country come from elsewhere (the agency's home, for an untagged office).
  const visitors = new Set<Person>();
  const visited = new Map<Person, Set<string>>();
  const travelled = new Map<Person, Set<string>>();
  const newState = () => ({ lastGroup: [] as Person[], history: [] as Person[][], parties: [] as string[], eventDate: undefined as string | undefined, lastMeetingDate: undefined as string | undefined, meetings: [] as { people: Person[]; where?: string; sent: number }[] });
  const pre0 = newState();
  // (Presence at a summit in the dateline's own country says nothing about where someone is
  // from: the host's ministers are at it too. It places, but it does not make a visitor.)
  const presentOnly = new Map<Person, Set<string>>();
  for (const s of parsed.sentences) {
    for (const v of visitFindings(ctx, s, pre0, [], true)) {
      if (!visited.has(v.person)) visited.set(v.person, new Set());
      visited.get(v.person)!.add(v.where);
      // Presence at a summit shows travel only where no dateline says where the story is.
      if (v.kind !== 'presence' || !datelineCountry) {
        if (!travelled.has(v.person)) travelled.set(v.person, new Set());
        travelled.get(v.person)!.add(v.where);
      } else if (v.where === datelineCountry) {
        if (!presentOnly.has(v.person)) presentOnly.set(v.person, new Set());
        presentOnly.get(v.person)!.add(v.where);
        continue;
      }
      if (v.where === ctx.sceneCountry) visitors.add(v.person);
    }
  }
  for (const s of parsed.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (parsed.toks[k]!.low !== 'visiting') continue;
      const pm = m.persons[s.index]!.find((x) => x.from >= k && x.from - k <= 4);
      if (pm) visitors.add(pm.person);
    }
  }
  guestMentions(ctx, travelled);
  // A dry run of the meeting rules: who met whom where, and the story's main event date.
  const dry: Finding[] = [];
  const pre1 = newState();
  // Only needed to place people whose office names no country; stories without them skip it.
  if (m.needsCountry.size > 0) for (const s of parsed.sentences) meetingFindings(ctx, s, pre1, dry);
  const eventDate = dry.find((f) => f.predicate === 'MET' && f.date)?.date ?? firstEventDate(ctx);
  const sourceCountry = countryInText(article.source ?? '');
  const home = agencyCountry(dl?.agency) ?? agencyCountry(article.source) ?? sourceCountry;
  const meetPlace = new Map<Person, string>();
  for (const mt of pre1.meetings) {
    if (!mt.where) continue;
    // Someone who met a traveller in X, and did not travel there, is at home in X.
    const travellers = mt.people.filter((p) => travelled.get(p)?.has(mt.where!));
    if (!travellers.length) continue;
    for (const p of mt.people) if (!travellers.includes(p)) meetPlace.set(p, mt.where);
  }
  // Countries the story names anywhere: a few-country title takes the one named.
  const named = new Set<string>();
  for (const list of m.places) for (const pl of list) named.add(pl.iso3);
  // Where the story's travellers went: the host side of a visit is at home there, not at the issuer's.
  const destinations = new Set<string>();
  for (const [, ws] of travelled) for (const w of ws) destinations.add(w);
  // An agency reporting from a summit or sidelines abroad ("NEW YORK (KUNA) -- … on the sidelines of
  // the UN General Assembly") speaks for its home, not for the venue's country.
  // (Only for an agency whose country the story names: a world wire's home is no party to the story.)
  const venueAbroad = !!datelineCountry && !!home && home !== datelineCountry && presentOnly.size > 0 && named.has(home);
  const issuer = venueAbroad ? home : datelineCountry ?? sourceCountry ?? (pre.dateline ? undefined : home);
  // (At such a venue nobody is the host side, and every meeting there is a sideline meeting.)
  const hostCountry = !venueAbroad && destinations.size === 1 && issuer && !destinations.has(issuer) ? [...destinations][0] : undefined;
  if (venueAbroad) ctx.summitHere = true;
  // One head of state or government per country: a second "President" is someone else's.
  const HEAD_TITLES = new Set(['president', 'prime minister', 'chancellor', 'king', 'queen', 'emir', 'premier']);
  // (Also a holder this loop has already placed there: "President A and President B" are two countries' presidents.)
  const placedHere = new Set<Person>();
  const taken = (c: string, p: Person) => m.registry.persons.some((q) => q !== p && q.national && q.country === c && (q.countryStrength >= 2 || placedHere.has(q)) && q.titles.some((t) => HEAD_TITLES.has(t.toLowerCase()) && p.titles.some((u) => u.toLowerCase() === t.toLowerCase())));
  // "NEW YORK (KUNA) --" with nobody of the dateline's country in the story but the agency's
  // own leaders: the dateline is a venue, and unmarked officials are the agency's country's.
  // (Asked when needed: the loop below places the few-country titles first.)
  const venueOnly = () => !!datelineCountry && !!home && home !== datelineCountry
    && !m.registry.persons.some((q) => q.country === datelineCountry && q.countryStrength >= 2)
    && m.registry.persons.some((q) => q.country === home && q.countryStrength >= 2);
  for (const p of m.needsCountry) {
    if (p.countryStrength > 0) continue;
    const away = new Set([...(visited.get(p) ?? [])].filter((w) => travelled.get(p)?.has(w) || !presentOnly.get(p)?.has(w)));
    let c: string | undefined;
    const few = p.titles.map((t) => lex.fewCountryTitles.get(foldText(t))).find((x) => x);
    const fewNamed = few?.filter((x) => named.has(x));
    if (fewNamed?.length === 1) {
      p.country = fewNamed[0];
      p.countryStrength = 2;
      continue;
    }
    // "flying to Tokyo, where he will hold talks with Prime Minister X": the holder is at home there.
    const where = whereHost(parsed, m, p);
    if (where && !travelled.get(p)?.has(where)) {
      p.country = where;
      p.countryStrength = 1;
      placedHere.add(p);
      continue;
    }
    // "On the Philippine side, it was attended by Secretary X": the side a list of officials is on.
    const side = sideOf(parsed, m, p);
    if (side) {
      p.country = side;
      p.countryStrength = 1;
      placedHere.add(p);
      continue;
    }
    // "Foreign Minister X, who travelled with Meloni,": a companion of a traveller is from the traveller's country.
    const companion = companionOf(parsed, m, p);
    if (companion?.country && companion.countryStrength > 0 && companion !== p) {
      p.country = companion.country;
      p.countryStrength = 1;
      placedHere.add(p);
      continue;
    }
    // "Finance Minister X said in Seoul": someone speaking in a place, and not said to travel, is at home there.
    const spoke = visitors.has(p) ? undefined : spokeIn(parsed, m, p);
    if (spoke && !away.has(spoke) && !travelled.has(p)) c = spoke;
    else if (visitors.has(p)) c = home;
    else if (hostCountry) {
      // A story about a trip abroad: someone who met the travellers is a host; anyone else is
      // as likely the travellers' colleague as a host, so no country.
      const metTraveller = pre1.meetings.some((mt) => mt.people.includes(p) && mt.people.some((q) => q !== p && travelled.get(q)?.has(hostCountry)));
      c = meetPlace.get(p) ?? (away.has(hostCountry) || travelled.get(p)?.has(hostCountry) ? issuer : metTraveller ? hostCountry : undefined);
    } else {
      // Someone who met a traveller whose one trip in the story went to X, and who did not travel
      // themselves, is at home in X ("A, who travelled to Seoul, held talks there with Minister B").
      const metDests = new Set<string>();
      for (const mt of pre1.meetings) if (mt.people.includes(p)) for (const q of mt.people) if (q !== p) for (const w of travelled.get(q) ?? []) metDests.add(w);
      const md = metDests.size === 1 && !travelled.has(p) ? [...metDests][0] : undefined;
      c = meetPlace.get(p) ?? (md && md !== issuer ? md : undefined) ?? issuer;
    }
    if (c && !visitors.has(p) && taken(c, p)) {
      // In a story about two countries, the second head of state or government is the other one's.
      // (Only for the one who met that holder: "President A and President B … during their meeting".)
      const holder = m.registry.persons.find((q) => q !== p && q.country === c && placedHere.has(q));
      const metHolder = !!holder && pre1.meetings.some((mt) => mt.people.includes(p) && mt.people.includes(holder));
      const other = named.size === 2 && metHolder ? [...named].find((x) => x !== c) : undefined;
      c = other && !taken(other, p) ? other : undefined;
    }
    if (c && away.has(c)) c = undefined;
    // Last resort: someone who meets a foreign visitor in a named place, and is not said to
    // travel, is at home there ("Foreign Minister X held talks in Rome with his Indonesian counterpart").
    if (!c) c = pre1.meetings.find((mt) => mt.where && mt.people.includes(p) && !away.has(mt.where) && mt.people.some((q) => q !== p && q.country && q.country !== mt.where))?.where;
    // "he was received at the airport by X, Minister of Interior": who welcomes a traveller is at home where the traveller went.
    if (!c) c = welcomerCountry(parsed, m, p, travelled);
    if (!c && p.officeSent !== undefined) {
      // The one country the office sentence names as an actor that nobody else in it stands for.
      const s = parsed.sentences[p.officeSent]!;
      const claimed = new Set(m.persons[s.index]!.filter((x) => x.person !== p).map((x) => x.person.country));
      const cands = [...new Set(m.places[s.index]!.filter((x) => !x.locative && parsed.toks[x.from - 1]?.low !== 'for').map((x) => x.iso3))].filter((x) => !claimed.has(x) && !away.has(x));
      if (cands.length === 1) c = cands[0];
    }
    if (c && c === datelineCountry && !visitors.has(p) && venueOnly()) c = home;
    if (c) {
      p.country = c;
      p.countryStrength = 1;
      placedHere.add(p);
    }
  }

  companionCountries(parsed, m);

  ctx.away = visited;
  const findings: Finding[] = [];
  const state = { ...newState(), eventDate };
  const arrivals = ARRIVAL_WORDS.test(parsed.text);
  for (const s of parsed.sentences) {
    const before = findings.length;
    // "a day earlier" counts from the last meeting reported so far (or the story's main event).
    ctx.relBase = state.lastMeetingDate ?? state.eventDate;
    if (s.index > 0 && arrivals && ARRIVAL_WORDS.test(parsed.sentences[s.index - 1]!.text)) {
      const d = [...dates[s.index - 1]!].reverse().find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value));
      if (d) ctx.arrivalBase = d.value;
    }
    meetingFindings(ctx, s, state, findings);
    if (findings.length === before) jointActionMeeting(ctx, s, state, findings);
    if (findings.length === before) joinedMeetingFindings(ctx, s, state, findings);
    attendanceFindings(ctx, s, state, findings);
    visitFindings(ctx, s, state, findings);
    cooperationFindings(ctx, s, state, findings);
  }
  accompaniedVisits(ctx, findings);
  for (const p of m.registry.persons) {
    if (!p.national || !p.country || p.officeSent === undefined) continue;
    const civil = lex.civilService.get(p.country);
    if (civil && p.titles.every((t) => civil.has(foldText(t)))) continue;
    // "King X and Queen Y": beside a reigning king, a queen is his consort, who holds no office.
    if (p.titles.every((t) => /^queen$/i.test(t)) && m.registry.persons.some((q) => q !== p && q.country === p.country && q.titles.some((t) => /^king$/i.test(t)))) continue;
    findings.push({
      predicate: 'HOLDS_OFFICE',
      subject: { type: 'Person', key: p.key, name: p.name },
      object: { type: 'Country', key: p.country, name: p.country },
      sent: p.officeSent, date: articleDate || null, confidence: p.countryStrength >= 2 ? 0.9 : 0.7, rule: 'office.title', title: p.titles.join('; '),
    });
  }
  return toTriples(article.id, findings, parsed.sentences, offset, m.registry.persons);
}

/**
 * "Marcos was joined at the meeting by Secretary X and Secretary Y", "she was accompanied by
 * Minister Z": office holders whose country the text leaves open are of the subject's delegation.
 */
function companionCountries(parsed: ReturnType<typeof parse>, m: ReturnType<typeof findMentions>): void {
  const toks = parsed.toks;
  if (!/\b(?:joined|accompanied|travell?ed)\b/.test(parsed.text)) return;
  for (const s of parsed.sentences) {
    for (let k = s.from + 1; k < s.to; k++) {
      // "Foreign Minister X, who travelled with Meloni,": the one they travelled with.
      if (toks[k - 1]!.low === 'who' && toks[k - 2]?.low === ',' && (/^travell?ed$/.test(toks[k]!.low) && toks[k + 1]?.low === 'with' || toks[k]!.low === 'accompanied')) {
        const at = toks[k]!.low === 'accompanied' ? k + 1 : k + 2;
        const guest = m.persons[s.index]!.find((x) => x.to === k - 2)?.person;
        const host = m.persons[s.index]!.find((x) => x.from === at)?.person;
        if (guest && host?.country && guest !== host && guest.national && guest.countryStrength <= 1) {
          guest.country = host.country;
          guest.countryStrength = 1;
        }
        continue;
      }
      if ((toks[k]!.low !== 'joined' && toks[k]!.low !== 'accompanied') || !/^(?:was|were|is|are|been)$/.test(toks[k - 1]!.low)) continue;
      let by = k + 1;
      while (by < s.to && by - k <= 6 && toks[by]!.low !== 'by') by++;
      if (toks[by]?.low !== 'by') continue;
      const host = m.persons[s.index]!.find((x) => x.to <= k)?.person;
      if (!host?.country) continue;
      for (const x of m.persons[s.index]!) {
        const p = x.person;
        if (x.from > by && p !== host && p.national && p.countryStrength <= 1) {
          p.country = host.country;
          p.countryStrength = 1;
        }
      }
    }
  }
}

/** "<place>, where <someone> … meet/talks with <p>": the country of that place, for p's office mention. */
function whereHost(parsed: ReturnType<typeof parse>, m: ReturnType<typeof findMentions>, p: Person): string | undefined {
  if (p.officeSent === undefined) return undefined;
  const toks = parsed.toks;
  const mine = m.persons[p.officeSent]!.find((x) => x.person === p && x.kind === 'full');
  if (!mine) return undefined;
  const s = parsed.sentences[p.officeSent]!;
  for (let w = mine.from - 1; w > s.from + 1 && mine.from - w <= 12; w--) {
    if (toks[w]!.low !== 'where' || toks[w - 1]!.low !== ',') continue;
    // Only the meeting's other side: "where he is expected to meet President X", "hold talks with Prime Minister X".
    const between = toks.slice(w + 1, mine.from).map((t) => t.low);
    if (!between.some((x) => /^(?:meet|met|meets|talks|meeting|call)$/.test(x))) return undefined;
    // ("leave for Sri Lanka on Sunday, where": the last place of the clause before the comma.)
    const pl = [...m.places[s.index]!].reverse().find((x) => x.to <= w - 1 && w - 1 - x.to <= 3);
    return pl && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' && pl.iso3 ? pl.iso3 : undefined;
  }
  return undefined;
}

const WELCOME_VERBS = /^(received|welcomed|greeted)$/;
const SPEECH_VERBS = /^(said|says|told|announced|stated|declared|insisted|warned|added)$/;

/** The country of the place p is said to speak in, at their office mention ("X said in Seoul"). */
function spokeIn(parsed: ReturnType<typeof parse>, m: ReturnType<typeof findMentions>, p: Person): string | undefined {
  if (p.officeSent === undefined) return undefined;
  const toks = parsed.toks;
  const mine = m.persons[p.officeSent]!.find((x) => x.person === p && x.kind === 'full');
  if (!mine) return undefined;
  let q = mine.to;
  if (toks[q]?.low === 'also' || toks[q]?.low === 'later') q++;
  if (!SPEECH_VERBS.test(toks[q]?.low ?? '') || toks[q + 1]?.low !== 'in') return undefined;
  const pl = m.placeAt.get(q + 2);
  return pl && pl.kind !== 'demonym' && pl.kind !== 'org' && pl.kind !== 'none' && pl.iso3 ? pl.iso3 : undefined;
}

/** "On the Philippine side, … Secretary X": the country of the side named before p in p's office sentence. */
function sideOf(parsed: ReturnType<typeof parse>, m: ReturnType<typeof findMentions>, p: Person): string | undefined {
  if (p.officeSent === undefined) return undefined;
  const s = parsed.sentences[p.officeSent]!;
  if (!s.text.includes(' side')) return undefined;
  const toks = parsed.toks;
  const mine = m.persons[s.index]!.find((x) => x.person === p);
  if (!mine) return undefined;
  let found: string | undefined;
  for (let k = s.from; k < mine.from - 3; k++) {
    if (!/^(on|from|for)$/.test(toks[k]!.low) || toks[k + 1]!.low !== 'the') continue;
    const pl = m.placeAt.get(k + 2);
    if (pl && pl.iso3 && (pl.kind === 'demonym' || pl.kind === 'name') && toks[pl.to]?.low === 'side') found = pl.iso3;
  }
  return found;
}

/** The person p is said to travel with or accompany in p's office sentence (", who travelled with Y,"). */
function companionOf(parsed: ReturnType<typeof parse>, m: ReturnType<typeof findMentions>, p: Person): Person | undefined {
  if (p.officeSent === undefined) return undefined;
  const s = parsed.sentences[p.officeSent]!;
  if (!s.text.includes('ccompan') && !TRAVEL_WITH.test(s.text)) return undefined;
  const toks = parsed.toks;
  const ms = m.persons[s.index]!;
  const mine = ms.find((x) => x.person === p && x.kind === 'full');
  if (!mine) return undefined;
  let k = mine.to;
  if (toks[k]?.low === ',' && toks[k + 1]?.low === 'who') k += 2;
  const withVerb = TRAVEL_VERBS.has(toks[k]?.low ?? '') && toks[k + 1]?.low === 'with';
  if (!withVerb && !ACCOMPANY.has(toks[k]?.low ?? '')) return undefined;
  return ms.find((x) => x.from > k && x.from - k <= (withVerb ? 3 : 2) && x.kind !== 'pronoun')?.person;
}

/** The one destination of a traveller whom p welcomed ("was received … by p"), if any. */
function welcomerCountry(parsed: ReturnType<typeof parse>, m: ReturnType<typeof findMentions>, p: Person, travelled: Map<Person, Set<string>>): string | undefined {
  const toks = parsed.toks;
  for (const s of parsed.sentences) {
    const ms = m.persons[s.index]!;
    const mine = ms.find((x) => x.person === p && toks[x.from - 1]?.low === 'by');
    if (!mine) continue;
    if (!toks.slice(Math.max(s.from, mine.from - 8), mine.from).some((t) => WELCOME_VERBS.test(t.low))) continue;
    const dests = new Set<string>();
    for (const x of ms) if (x.person !== p) for (const w of travelled.get(x.person) ?? []) dests.add(w);
    if (dests.size === 1) return [...dests][0];
  }
  return undefined;
}

/** "A and B agreed …": two leaders of different countries acting jointly have met (or spoken). */
function jointActionMeeting(ctx: StoryContext, s: ReturnType<typeof parse>['sentences'][number], state: MeetingState, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  void toks;
  const ms = ctx.m.persons[s.index]!;
  if (ms.length < 2) return;
  // "welcomed X to the palace, where the two leaders agreed …": the group named just before the verb.
  if (ctx.m.groups[s.index]!.length) {
    for (let k = s.from; k < s.to; k++) {
      if (JOINT_VERBS.has(toks[k]!.low) && !modality(ctx, s, k) && groupAgreement(ctx, s, k, state, out)) return;
    }
  }
  for (let k = s.from; k < s.to; k++) {
    if (!JOINT_VERBS.has(toks[k]!.low)) continue;
    if (modality(ctx, s, k)) return;
    let end = k;
    // Skip a relative clause: "A and B, who flew in on Sunday, signed …".
    if (parsed(ctx)[k - 1]?.low === ',') {
      for (let q = k - 2; q > s.from && k - q < 20; q--) {
        if (parsed(ctx)[q]!.low === ',' && ['who', 'whose'].includes(parsed(ctx)[q + 1]?.low ?? '')) {
          end = q;
          break;
        }
      }
    }
    const subj = ms.filter((x) => x.to <= end && end - x.to <= 3);
    if (!subj.length) return;
    const idx = ms.indexOf(subj[subj.length - 1]!);
    const a = ms[idx - 1];
    const b = ms[idx]!;
    if (!a || a.person === b.person) return;
    const gap = toks.slice(a.to, b.from).map((t) => t.low);
    if (!(gap.length === 1 && gap[0] === 'and')) return;
    if (!a.person.country || !b.person.country || a.person.country === b.person.country) return;
    const date = dateNear(ctx, s, k) ?? sentenceDate(ctx, s, k) ?? state.lastMeetingDate ?? state.eventDate ?? null;
    if (date) state.lastMeetingDate = date;
    out.push({
      predicate: 'MET',
      subject: { type: 'Person', key: a.person.key, name: a.person.name },
      object: { type: 'Person', key: b.person.key, name: b.person.name },
      sent: s.index, date, confidence: 0.6, rule: 'met.joint-action',
    });
    state.lastGroup = [a.person, b.person];
    state.history.push([a.person, b.person]);
    // Leaders agreeing together were together where the story is set, unless it says by phone.
    if (toks.slice(s.from, s.to).some((t) => ctx.lex.remote.starts(t.low) && /phone|telephone|video|virtual|call/.test(t.low))) return;
    const place = meetingPlace(ctx, s, k);
    let where = place ?? ctx.sceneCountry;
    if (!place && where && ![a.person, b.person].some((p) => p.country === where) && !sentenceHas(ctx, s, 'here')) where = undefined;
    if (!where) return;
    for (const p of [a.person, b.person]) {
      if (!p.country || p.country === where || isResident(p)) continue;
      out.push(visitedFinding(p, where, s.index, date, 0.6, 'visited.joint-action'));
    }
    return;
  }
}

/**
 * "A hosted B …, where the two leaders agreed/signed …": both named in this sentence, of
 * different countries, acting together, have met (unless a call is mentioned).
 */
function groupAgreement(ctx: StoryContext, s: ReturnType<typeof parse>['sentences'][number], k: number, state: MeetingState, out: Finding[]): boolean {
  const toks = ctx.parsed.toks;
  const g = ctx.m.groups[s.index]!.find((x) => x.kind === 'people' && x.to <= k && k - x.to <= 2 && /^(two|both)$/.test(toks[x.from + 1]?.low ?? toks[x.from]!.low));
  if (!g) return false;
  const named = [...new Set(ctx.m.persons[s.index]!.filter((m) => m.to <= g.from).map((m) => m.person))];
  if (named.length !== 2) return false;
  const [a, b] = named as [Person, Person];
  if (!a.country || !b.country || a.country === b.country) return false;
  if (toks.slice(s.from, s.to).some((t) => /^(phone|telephone|video|virtual|call|letter)$/.test(t.low))) return false;
  const date = dateNear(ctx, s, k) ?? sentenceDate(ctx, s, k) ?? state.lastMeetingDate ?? state.eventDate ?? null;
  if (date) state.lastMeetingDate = date;
  out.push({
    predicate: 'MET',
    subject: { type: 'Person', key: a.key, name: a.name },
    object: { type: 'Person', key: b.key, name: b.name },
    sent: s.index, date, confidence: 0.6, rule: 'met.group-agreement',
  });
  state.lastGroup = [a, b];
  state.history.push([a, b]);
  return true;
}

const ACCOMPANY = new Set(['accompanied', 'accompanying', 'accompanies']);
const TRAVEL_VERBS = new Set(['arrived', 'travelling', 'traveling', 'travelled', 'traveled', 'came', 'flew']);
const TRAVEL_WITH = /\b(?:arrived|travell?ing|travell?ed|came|flew) with\b/;

/** "X accompanied Y", "X, who accompanied the president,": X made Y's visits in this story. */
function accompaniedVisits(ctx: StoryContext, findings: Finding[]): void {
  const toks = ctx.parsed.toks;
  if (!ctx.parsed.text.includes('ccompan') && !TRAVEL_WITH.test(ctx.parsed.text)) return;
  for (const s of ctx.parsed.sentences) {
    if (!s.text.includes('ccompan') && !TRAVEL_WITH.test(s.text)) continue;
    for (let k = s.from + 1; k < s.to; k++) {
      // "X, who arrived with Y,", "X, who is travelling with the prime minister,": Y's companion.
      const withVerb = TRAVEL_VERBS.has(toks[k]!.low) && toks[k + 1]?.low === 'with';
      if ((!ACCOMPANY.has(toks[k]!.low) && !withVerb) || modality(ctx, s, k)) continue;
      const ms = ctx.m.persons[s.index]!;
      const obj = ms.find((m) => m.from > k && m.from - k <= (withVerb ? 3 : 2));
      // "the delegation accompanying the Vietnamese President, including Minister X (and Y)": the members.
      if (obj && toks[k - 1]?.low === 'delegation' && toks[obj.to]?.low === ',' && toks[obj.to + 1]?.low === 'including') {
        // The mention right after "including", then those coordinated with it ("A, B and C").
        const members: typeof ms = [];
        for (const m of ms) {
          if (m.from <= obj.to + 1) continue;
          const from = members.length ? members[members.length - 1]!.to : obj.to + 2;
          if (!toks.slice(from, m.from).every((t) => t.low === ',' || t.low === 'and')) break;
          members.push(m);
        }
        const theirs = findings.filter((f) => f.predicate === 'VISITED' && f.subject.key === obj.person.key);
        for (const mm of members) {
          const p = mm.person;
          if (p === obj.person || isResident(p)) continue;
          for (const f of theirs) if (!(p.country && p.country === f.object.key)) findings.push({ ...f, subject: { type: 'Person', key: p.key, name: p.name }, sent: s.index, confidence: 0.6, rule: 'visited.delegation' });
        }
        continue;
      }
      // The companion: the subject before the verb, or before ", who" for a relative clause.
      const subjEnd = toks[k - 1]?.low === 'who' && toks[k - 2]?.low === ',' ? k - 2 : k;
      const subj = [...ms].reverse().find((m) => m.to <= subjEnd && subjEnd - m.to <= 1);
      if (!obj || !subj || obj.person === subj.person) continue;
      const p = subj.person;
      // An ambassador accompanying a visitor in the country of the post is at home there.
      if (isResident(p)) continue;
      // (The leader's arrival, when the text gives one, dates the companion's visit too.)
      let theirs = findings.filter((f) => f.predicate === 'VISITED' && f.subject.key === obj.person.key).sort((a, b) => Number(b.rule === 'visited.arrival') - Number(a.rule === 'visited.arrival'));
      // (A traveller in the place the story is set in was accompanied on that trip, not on earlier ones.)
      if (theirs.some((f) => f.object.key === ctx.sceneCountry)) theirs = theirs.filter((f) => f.object.key === ctx.sceneCountry);
      for (const f of theirs) {
        if (p.country && p.country === f.object.key) continue;
        findings.push({ ...f, subject: { type: 'Person', key: p.key, name: p.name }, sent: s.index, confidence: 0.6, rule: 'visited.accompanied' });
      }
    }
  }
}

const EVENT_WORDS = /^(met|meet|talks|meeting|discussions|summit|call|spoke|visit|visited|arrived|agreed|signed|pledged|held|hosted|received)$/;

/** The story's main event date: the first date in a sentence that reports a meeting, visit or agreement as done. */
function firstEventDate(ctx: StoryContext): string | undefined {
  // A dated meeting is the main event before a dated arrival or signing ("arrived on Monday …
  // the two leaders met on Tuesday"), as the meeting rules' own first date would be.
  let other: string | undefined;
  for (const s of ctx.parsed.sentences) {
    const ds = ctx.dates[s.index]!;
    if (!ds.length) continue;
    for (let k = s.from; k < s.to; k++) {
      const low = ctx.parsed.toks[k]!.low;
      if (!EVENT_WORDS.test(low)) continue;
      const meeting = MEETING_WORDS.test(low);
      if (!meeting && other) continue;
      // (A noun's own predicate can call it off: "talks planned for Tuesday were put off".)
      if (modality(ctx, s, k, { noun: NOUN_EVENTS.test(low), cueEnd: k + 1 })) continue;
      if (meeting) return ds[0]!.value;
      other = ds[0]!.value;
    }
  }
  return other;
}
const NOUN_EVENTS = /^(talks|meeting|summit|call|visit)$/;
const MEETING_WORDS = /^(met|talks|meeting|summit|call|spoke|held|hosted)$/;

function parsed(ctx: StoryContext) {
  return ctx.parsed.toks;
}

/** One triple per fact: the first sentence is the evidence; dates and partners are merged. */
function toTriples(articleId: string, findings: Finding[], sentences: { text: string; start: number; end: number }[], offset: number, persons: Person[]): Triple[] {
  const byKey = new Map<string, Triple>();
  const order = findings.slice().sort((a, b) => a.sent - b.sent);
  const nameOf = new Map(persons.map((p) => [p.key, p.name]));
  for (const f of order) {
    const subject = { ...f.subject, name: f.subject.type === 'Person' ? (nameOf.get(f.subject.key) ?? f.subject.name) : f.subject.name };
    const object = { ...f.object, name: f.object.type === 'Person' ? (nameOf.get(f.object.key) ?? f.object.name) : f.object.name };
    const t: Triple = { article: articleId, subject, predicate: f.predicate, object, date: f.date, evidence: sentences[f.sent]!.text, confidence: f.confidence };
    const key = tripleKey(t);
    const prev = byKey.get(key);
    if (prev) {
      if (f.partners) prev.partners = [...new Set([...(prev.partners ?? []), ...f.partners])];
      if (!prev.date && f.date) prev.date = f.date;
      // A visit is dated by the arrival when the text gives one (an arrival before any other move).
      if (f.predicate === 'VISITED' && f.date && ((f.rule === 'visited.move' && prev.rule !== 'visited.move' && prev.rule !== 'visited.arrival') || (f.rule === 'visited.arrival' && prev.rule !== 'visited.arrival'))) {
        prev.date = f.date;
        prev.rule = f.rule;
      }
      prev.confidence = Math.min(0.99, (prev.confidence ?? 0.5) + 0.05);
      continue;
    }
    if (f.title) t.title = f.title;
    if (f.partners) t.partners = [...f.partners];
    const s = sentences[f.sent]!;
    t.sentence = f.sent;
    t.start = s.start + offset;
    t.end = s.end + offset;
    t.rule = f.rule;
    byKey.set(key, t);
  }
  return [...byKey.values()];
}

/**
 * A date elsewhere in the sentence of a joint action ("A and B, who met on Monday, agreed …"),
 * but not one inside a clause about something else ("… a venture announced earlier this year"):
 * only a date before the verb counts.
 */
function sentenceDate(ctx: StoryContext, s: { index: number }, k: number): string | undefined {
  const tok = ctx.parsed.toks[k]!;
  return ctx.dates[s.index]!.find((d) => d.end <= tok.start)?.value;
}
