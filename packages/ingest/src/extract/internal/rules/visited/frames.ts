// Rule visited.frame: "arrived in X", "a visit to X", "hosted P in X", presence at a summit, trips, stays.
import type { Sentence } from '../../nlp.js';
import { MASK } from '../../lexicons.js';
import type { Person } from '../../people.js';
import type { StoryContext, Finding, MeetingState } from '../../types.js';
import { dateNear } from '../../clauses/dates-near.js';
import { BOUNDARY, isModalAround, modality } from '../../clauses/modality.js';
import { coordinated, resolveGroup, sentenceHas, uniqPersons } from '../../clauses/people.js';
import { SUMMIT_WORDS, TRIP_NOUNS, coordinatedPlaces, meetingPlace, referredCountry, venueIn } from '../../clauses/places.js';
import { visitedFinding } from './finding.js';

const ARRIVAL = /^(arrived|arrives|arriving|arrive|landed|flew in|flew into)\b/;

/** Visits: "arrived in X", "on a three-day visit to X", "travelled to X", "hosted P in X", presence at a summit. */
export function visitFindings(ctx: StoryContext, s: Sentence, state: MeetingState, out: Finding[], markOnly = false): { person: Person; where: string; kind: 'move' | 'host' | 'presence' }[] {
  const toks = ctx.parsed.toks;
  const ms = ctx.m.persons[s.index]!;
  const visitors: { person: Person; where: string; kind: 'move' | 'host' | 'presence' }[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (!(toks[i]!.mask & MASK.visit)) continue;
    const mv = ctx.lex.visitMove.matchToks(toks, i, s.to);
    const pr = mv ? undefined : ctx.lex.presence.matchToks(toks, i, s.to);
    const host = !mv && !pr && ctx.lex.visitHost.has(toks[i]!.low) ? toks[i]!.low : undefined;
    if (!mv && !pr && !host) continue;
    const len = mv?.length ?? pr?.length ?? 1;
    // "X's visit to Washington was postponed": a visit noun with its own predicate.
    const noun = !!mv && /^(visit|trip|tour)\b/.test(mv.value);
    if (modality(ctx, s, i, noun ? { noun, cueEnd: i + len } : {}) || isModalAround(ctx, s, i)) {
      i += len - 1;
      continue;
    }
    let who: Person[] = [];
    let where: string | undefined;
    const alsoWhere: string[] = [];
    let end = i + len;
    if (host) {
      // "hosted P in Adelaide", "welcomed P to London".
      const idx = ms.findIndex((m) => m.from >= end && m.from - end <= 3);
      if (idx < 0) continue;
      who = uniqPersons(coordinated(toks, ms, idx, 1));
      end = ms[idx]!.to;
      for (let q = end; q < s.to && q - end < 12; q++) {
        const low = toks[q]!.low;
        if (low === ';') break;
        const pl = ctx.m.placeAt.get(q);
        if (pl && (toks[q - 1]?.low === 'in' || toks[q - 1]?.low === 'to' || (toks[q - 1]?.low === 'the' && toks[q - 2]?.low === 'at')) && pl.kind !== 'demonym') {
          where = pl.iso3;
          break;
        }
      }
    } else {
      const before = ms.filter((m) => m.to <= i);
      if (before.length) {
        const last = before[before.length - 1]!;
        const idx = ms.indexOf(last);
        who = uniqPersons(coordinated(toks, ms, idx, -1));
      } else {
        const g = ctx.m.groups[s.index]!.find((x) => x.to <= i && x.kind === 'people');
        if (g) who = resolveGroup(ctx, s, g.from, g.to, state);
        // "During his visit to Brazil, X met …": the possessive points to the clause's subject after it.
        else if (/^(his|her)$/.test(toks[i - 1]?.low ?? '')) {
          const comma = toks.findIndex((t, q) => q > i && q < s.to && t.low === ',');
          const subj = comma > 0 ? ms.find((m) => m.from > comma && m.from - comma <= 6) : undefined;
          if (subj) who = [subj.person];
        }
      }
      if (pr) {
        // ("who is also attending the summit": the summit the lede places, not the dateline.)
        where = meetingPlace(ctx, s, i) ?? venueIn(ctx, s) ?? (ctx.summitCountry && SUMMIT_WORDS.some((w) => sentenceHas(ctx, s, w)) ? ctx.summitCountry : ctx.sceneCountry);
      } else {
        for (let q = end; q < s.to && q - end < 14; q++) {
          const t = toks[q]!;
          // (", which is negotiating a pact with India": a relative clause names other places.)
          if (t.low === ';' || (t.low === ',' && q - end > 8) || (BOUNDARY.has(t.low) && q > end)) break;
          if (t.low === 'here') {
            where = ctx.datelineCountry;
            break;
          }
          // "arrived in the national capital": the dateline's capital, unless a place or "of" follows.
          if (t.low === 'capital' && /^(the|national|federal)$/.test(toks[q - 1]!.low) && toks[q + 1]?.low !== 'of' && !ctx.m.placeAt.has(q + 1) && ctx.datelineCountry) {
            where = ctx.datelineCountry;
            break;
          }
          const pl = ctx.m.placeAt.get(q);
          if (pl && (pl.kind !== 'demonym' || /^(capital|city)$/.test(toks[pl.to]?.low ?? ''))) {
            where = pl.iso3;
            // "took him to Gambia and Senegal", "travelled to Oman, Qatar and Kuwait": every destination.
            if (pl.kind !== 'demonym') alsoWhere.push(...coordinatedPlaces(ctx, pl.to, s.to));
            break;
          }
        }
      }
    }
    // "signed agreements with Peru during his visit to the Latin American nation": a descriptive
    // reference to a country stands for the one country named before it in the sentence.
    if (!where && mv && !host) where = referredCountry(ctx, s, i, end, who);
    i = end - 1;
    // "Kast … arrived late Monday", "flew in on Monday night": no place, but the one country the
    // story has them visit; this dates that visit by its arrival.
    if (!where && mv && who.length === 1 && /^(arrived|arrives|arriving|flew in|landed)\b/.test(mv.value)) {
      const away = ctx.away?.get(who[0]!);
      if (away && away.size === 1) where = [...away][0];
    }
    if (!where || !who.length) continue;
    const date = dateNear(ctx, s, i) ?? null;
    const dests = [where, ...alsoWhere].filter((w, k, a) => a.indexOf(w) === k);
    for (const [p, where] of who.flatMap((x) => dests.map((w) => [x, w] as const))) {
      visitors.push({ person: p, where, kind: host ? 'host' : pr ? 'presence' : 'move' });
      if (markOnly || (p.country && p.country === where)) continue;
      if (!p.country && host) continue;
      out.push(visitedFinding(p, where, s.index, date ?? state.eventDate ?? null, pr ? 0.6 : 0.85, host ? 'visited.hosted' : pr ? 'visited.presence' : mv && (ARRIVAL.test(mv.value) || (!!date && ctx.dates[s.index]!.some((d) => d.range && d.value === date))) ? 'visited.arrival' : 'visited.move'));
    }
  }
  // "The final leg took Fidan to Doha on Friday", "the tour took the president to Ghana and Togo":
  // a trip noun as the subject of "took <person> to <place>".
  for (let i = s.from + 1; i < s.to - 3; i++) {
    if (!/^(took|takes|take|brought|brings)$/.test(toks[i]!.low)) continue;
    if (!toks.slice(Math.max(s.from, i - 4), i).some((t) => TRIP_NOUNS.test(t.low)) || modality(ctx, s, i)) continue;
    const pm = ms.find((m) => m.from === i + 1);
    if (!pm || pm.kind === 'pronoun' || toks[pm.to]?.low !== 'to') continue;
    const pl = ctx.m.placeAt.get(pm.to + 1);
    if (!pl || pl.kind === 'demonym' || pl.kind === 'org' || pl.kind === 'none' || !pl.iso3) continue;
    const date = dateNear(ctx, s, i) ?? null;
    const p = pm.person;
    for (const w of [pl.iso3, ...coordinatedPlaces(ctx, pl.to, s.to)].filter((w, k, a) => a.indexOf(w) === k)) {
      visitors.push({ person: p, where: w, kind: 'move' });
      if (markOnly || !p.country || p.country === w) continue;
      out.push(visitedFinding(p, w, s.index, date ?? state.eventDate ?? null, 0.8, 'visited.trip'));
    }
  }
  // "the visit of the Foreign Minister, X, to Abu Dhabi and Doha last month": a visit named by a noun.
  for (let i = s.from + 1; i < s.to - 3; i++) {
    if (toks[i + 1]?.low !== 'of' || !(toks[i]!.mask & MASK.visit) || !/^(visit|visits|trip|tour)$/.test(toks[i]!.low) || modality(ctx, s, i, { noun: true, cueEnd: i + 1 })) continue;
    const pm = ms.find((m) => m.from > i + 1 && m.from - i <= 4);
    if (!pm) continue;
    let q = pm.to;
    if (toks[q]?.low === ',') q++;
    if (toks[q]?.low !== 'to') continue;
    q++;
    const date = dateNear(ctx, s, i) ?? null;
    for (;;) {
      const pl = ctx.m.placeAt.get(q);
      if (!pl || pl.kind === 'demonym') break;
      const p = pm.person;
      visitors.push({ person: p, where: pl.iso3, kind: 'move' });
      if (!markOnly && p.country && p.country !== pl.iso3) {
        out.push(visitedFinding(p, pl.iso3, s.index, date, 0.75, 'visited.noun'));
      }
      q = pl.to;
      if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
      else if (toks[q]?.low === 'and' || toks[q]?.low === ',') q++;
      else break;
    }
  }
  // "X, who was in Seoul on a three-day trip": being in a place on a visit or trip.
  const stay = / (?:visit|trip|tour|mission)\b/.test(s.text);
  for (let i = s.from + 1; stay && i < s.to - 2; i++) {
    if (toks[i]!.low !== 'in' || !/^(is|was|are|were|been|remains|remained)$/.test(toks[i - 1]!.low)) continue;
    const pl = ctx.m.placeAt.get(i + 1);
    if (!pl || pl.kind === 'demonym') continue;
    let trip = false;
    for (let q = pl.to; q < s.to && q - pl.to < 7; q++) {
      const low = toks[q]!.low;
      if (/^(visit|trip|tour|mission)$/.test(low) && toks.slice(pl.to, q).some((t) => t.low === 'on')) trip = true;
      if (trip || low === ',' || low === ';') break;
    }
    if (!trip || modality(ctx, s, i - 1)) continue;
    let before = ms.filter((m) => m.to <= i - 1);
    // "…, who was in Seoul": the relative pronoun's antecedent.
    if (toks[i - 2]?.low === 'who') before = ms.filter((m) => m.to <= i - 3);
    const last = before[before.length - 1];
    if (!last) continue;
    const p = last.person;
    // An ongoing stay ("is in Tokyo") is current news: the article's date.
    const date = dateNear(ctx, s, i) ?? (/^(is|are|remains)$/.test(toks[i - 1]!.low) ? ctx.articleDate || null : state.eventDate ?? null);
    visitors.push({ person: p, where: pl.iso3, kind: 'move' });
    if (markOnly || !p.country || p.country === pl.iso3) continue;
    out.push(visitedFinding(p, pl.iso3, s.index, date, 0.8, 'visited.stay'));
  }
  return visitors;
}
