import type { Sentence } from './nlp.js';
import { MASK } from './lexicons.js';
import { areaListOpeners, listSectors } from './sector-list.js';
import { COLLECTIVE, governedBy } from './party-scope.js';
import { clauseBlocked, dateNear, resolveGroup, type Finding, type MeetingState, type StoryContext } from './relations.js';

const COMPANY_NOUNS = new Set(['producer', 'producers', 'company', 'companies', 'firm', 'firms', 'maker', 'makers', 'manufacturer', 'manufacturers', 'conglomerate', 'miner', 'miners', 'carrier', 'automaker', 'chipmaker', 'startup', 'start-up', 'bank', 'banks', 'lender', 'insurer', 'operator', 'supplier', 'suppliers', 'developer', 'exporter', 'importer', 'refiner', 'utility', 'giant', 'group', 'retailer', 'brand', 'shipbuilder', 'airline', 'investor', 'investors', 'fund']);
const COMPANY_SUFFIX = new Set(['sa', 's.a.', 'ltd', 'ltd.', 'inc', 'inc.', 'corp', 'corp.', 'plc', 'ag', 'asa', 'gmbh', 'nv', 'bv', 'spa', 'co', 'co.', 'llc', 'limited', 'corporation']);
const BUSINESS_GROUPS = new Set(['companies', 'firms', 'groups', 'producers', 'makers', 'carriers', 'banks', 'company', 'firm']);
const NEGATED_AFTER = new Set(['not', "n't", 'never']);

/** "An accord covering civil aviation was not ready": a denial after the sector in its own clause. */
function deniedAfter(toks: { low: string }[], from: number, end: number): boolean {
  for (let q = from; q < end && q - from < 6; q++) {
    const low = toks[q]!.low;
    if (low === ',' || low === ';' || low === 'and' || low === 'but') return false;
    if (NEGATED_AFTER.has(low) && ['was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'yet', 'still'].includes(toks[q - 1]?.low ?? '')) return true;
  }
  return false;
}

const JOINT_WORDS = new Set(['cooperate', 'co-operate', 'cooperation', 'co-operation', 'collaboration', 'collaborate', 'partnership', 'partnerships', 'ties', 'mou', 'mous', 'memoranda', 'memorandum', 'memorandums', 'declaration', 'jointly', 'together', 'with', 'agreements', 'pillars', 'group', 'venture', 'development', 'production', 'work']);

const ONGOING = new Set(['ongoing', 'existing', 'long-standing', 'longstanding', 'decades-old', 'continuing']);
const DEAL_NOUNS = new Set(['deals', 'deal', 'agreements', 'accords', 'pacts', 'partnerships', 'cooperation']);

/** The country that owns "X's deals" / "her government's deals": a possessive country or the subject person's. */
function dealOwner(ctx: StoryContext, s: Sentence, i: number): string | undefined {
  const toks = ctx.parsed.toks;
  for (let q = i - 1; q >= s.from && i - q <= 5; q--) {
    const low = toks[q]!.low;
    if (low === ',' || low === ';') return undefined;
    if (low !== "'s") continue;
    const pl = [...ctx.m.places[s.index]!].find((p) => p.to === q && p.kind !== 'city');
    if (pl) return pl.iso3;
    // "her government's", "the government's": the country of the person the sentence is about.
    if (toks[q - 1]?.low === 'government' && /^(his|her|its|their|the)$/.test(toks[q - 2]?.low ?? '')) {
      const subj = ctx.m.persons[s.index]!.find((m) => m.to <= q && m.person.country && m.person.national);
      return subj?.person.country;
    }
    return undefined;
  }
  return undefined;
}

/** Where an attribution tail ("…, according to a statement from X's office") starts, or end. */
function attributionFrom(toks: { low: string }[], from: number, end: number): number {
  for (let q = from; q < end - 1; q++) if (toks[q]!.low === 'according' && toks[q + 1]!.low === 'to') return q;
  return end;
}

/** The end of the conjunct that a "with" partner sits in: the next clause (", which", ", and VERB", ";") or the sentence end. */
function conjunctEnd(toks: { low: string; pos?: string }[], from: number, end: number): number {
  for (let q = from; q < end; q++) {
    const low = toks[q]!.low;
    if (low === ';') return q;
    if (low !== ',') continue;
    // (", and tourism" goes on with the list; ", and agreed" opens another clause.)
    const next = toks[q + 1]?.low === 'and' ? toks[q + 2] : toks[q + 1];
    if (/^(which|who|where|while|as|but)$/.test(toks[q + 1]?.low ?? '') || next?.pos === 'VERB') return q;
  }
  return end;
}

/** True when the place at k is a "with" partner ("with A", "with A and B") after the frame at from. */
function withPartner(ctx: StoryContext, k: number, from: number): boolean {
  const toks = ctx.parsed.toks;
  for (let q = k - 1; q >= from; q--) {
    const low = toks[q]!.low;
    if (low === 'with') return true;
    if (low === ',' || low === 'and') continue;
    if (ctx.m.places[toks[q]!.sent]!.some((p) => q >= p.from && q < p.to)) continue;
    return false;
  }
  return false;
}

/** True when "amid" opens the phrase the token at k sits in (back to a comma or the frame). */
function amidBefore(toks: { low: string }[], k: number, from: number): boolean {
  for (let q = k - 1; q >= from && k - q <= 8; q--) {
    const low = toks[q]!.low;
    if (low === ',' || low === ';') return false;
    if (low === 'amid' || low === 'amidst') return true;
  }
  return false;
}

const THEY = new Set(['they']);
const SIGNED = new Set(['signed', 'inked']);
const PACT_WORDS = /^(agreements?|accords?|pacts?|deals?|treaty|treaties|mous?|memorand[a-z]*|documents?|protocols?|instruments?)$/;

/** "Agreements were later signed on …", "Three MoUs were also inked": a signing with no subject. */
function passiveSigning(toks: { low: string }[], from: number, f: { from: number; value: string }): boolean {
  if (!SIGNED.has(f.value)) return false;
  if (!/^(was|were|been)$/.test(toks[f.from - 1]?.low ?? '') && !/^(was|were|been)$/.test(toks[f.from - 2]?.low ?? '')) return false;
  for (let q = f.from - 2; q >= from && f.from - q <= 5; q--) if (PACT_WORDS.test(toks[q]!.low)) return true;
  return false;
}

/**
 * The countries of a group subject before the frame: "They" (the people of the last meeting,
 * else the story's current pair), "the two ministers", "both leaders".
 */
function groupSubject(ctx: StoryContext, s: Sentence, frameAt: number, state: MeetingState & { parties: string[] }): { at: number; countries: string[]; length: number } {
  const toks = ctx.parsed.toks;
  const none = { at: -1, countries: [], length: 0 };
  const uniq = (cs: (string | undefined)[]) => [...new Set(cs.filter((c): c is string => !!c))];
  // (Only people: "the two countries'" may mean another pair than the story's current one.)
  const g = ctx.m.groups[s.index]!.find((x) => x.from < frameAt);
  if (g) {
    const cs = g.kind === 'people' ? uniq(resolveGroup(ctx, s, g.from, g.to, state).map((p) => p.country)) : [];
    return { at: g.from, countries: cs, length: cs.length };
  }
  for (let q = s.from; q < frameAt; q++) {
    if (!THEY.has(toks[q]!.low)) continue;
    // Only a subject that opens the clause: no person or country named before it.
    if (ctx.m.persons[s.index]!.some((m) => m.from < q) || ctx.m.places[s.index]!.some((p) => p.from < q)) return none;
    const met = uniq(state.lastGroup.map((p) => p.country));
    const cs = met.length >= 2 ? met : state.parties.length >= 2 ? [...state.parties] : [];
    return { at: q, countries: cs, length: cs.length };
  }
  return none;
}

/**
 * "Cuba maintains medical brigades in more than 50 countries, including A, B and C": one
 * country's ongoing programme in others is existing cooperation of that country with each of
 * them, on the programme's sector. The country opens the sentence, the verb follows it, and the
 * sector phrase's head (or the word after it) is a programme noun.
 */
function presenceFindings(ctx: StoryContext, s: Sentence, state: MeetingState & { parties: string[] }, out: Finding[]): boolean {
  const toks = ctx.parsed.toks;
  const hub = ctx.m.places[s.index]!.find((p) => p.from <= s.from + 1 && p.kind !== 'city' && p.kind !== 'demonym' && !p.possessive);
  if (!hub || !ctx.lex.presenceVerbs.has(toks[hub.to]?.low ?? '')) return false;
  const v = hub.to;
  const sm = ctx.m.sectors[s.index]!.find((x) => x.from > v && x.from - v <= 2);
  if (!sm || !(ctx.lex.presenceNouns.has(toks[sm.to - 1]!.low) || ctx.lex.presenceNouns.has(toks[sm.to]?.low ?? ''))) return false;
  if (clauseBlocked(ctx, s, v)) return false;
  const spokes: string[] = [];
  for (const p of ctx.m.places[s.index]!) {
    if (p.from < sm.to || p.kind === 'city' || p.kind === 'demonym' || p.iso3 === hub.iso3 || spokes.includes(p.iso3)) continue;
    // ("…, despite pressure from Washington": not where the programme runs.)
    if (/^(from|against|despite|by)$/.test(toks[p.from - 1]?.low ?? '')) continue;
    spokes.push(p.iso3);
  }
  if (!spokes.length) return false;
  starFindings(ctx, s, state, out, hub.iso3, spokes, [sm], v);
  return true;
}

/** COOPERATES_WITH and COOPERATES_ON for a hub and its partners (each pair includes the hub). */
function starFindings(ctx: StoryContext, s: Sentence, state: MeetingState & { parties: string[] }, out: Finding[], hub: string, spokes: string[], sectors: { key: string }[], frameAt: number): void {
  const date = dateNear(ctx, s, frameAt) ?? ctx.newsDay ?? (ctx.articleDate || null);
  for (const c of spokes) {
    out.push({ predicate: 'COOPERATES_WITH', subject: { type: 'Country', key: hub, name: hub }, object: { type: 'Country', key: c, name: c }, sent: s.index, date, confidence: 0.75, rule: 'coop.with-hub' });
  }
  for (const sm of sectors) {
    out.push({ predicate: 'COOPERATES_ON', subject: { type: 'Country', key: hub, name: hub }, object: { type: 'Sector', key: sm.key, name: sm.key }, partners: [...spokes], sent: s.index, date, confidence: 0.7, rule: 'coop.on-hub' });
    for (const c of spokes) {
      out.push({ predicate: 'COOPERATES_ON', subject: { type: 'Country', key: c, name: c }, object: { type: 'Sector', key: sm.key, name: sm.key }, partners: [hub], sent: s.index, date, confidence: 0.7, rule: 'coop.on-hub' });
    }
  }
  void state;
}

/**
 * Cooperation frames: "agreed to deepen cooperation in X, Y and Z", "signed an MoU on X",
 * "X's military cooperation with Y", "is willing to work with Y". Parties are the countries the
 * sentence names as actors (not as locations), the countries of the people in it, or the
 * story's current pair for "the two sides"; sectors are the cues of the sentence that no
 * denial or hypothesis covers.
 */
export function cooperationFindings(ctx: StoryContext, s: Sentence, state: MeetingState & { parties: string[] }, out: Finding[]): void {
  const toks = ctx.parsed.toks;
  if (presenceFindings(ctx, s, state, out)) return;
  const frames: { from: number; to: number; noun: boolean; value: string }[] = [];
  for (let i = s.from; i < s.to; i++) {
    if (!(toks[i]!.mask & MASK.coop)) continue;
    const n = ctx.lex.coopNoun.matchToks(toks, i, s.to);
    const v = n ? undefined : ctx.lex.coopVerb.matchToks(toks, i, s.to);
    const m = n ?? v;
    if (!m) continue;
    // Capitalised frame words inside names ("Shanghai Cooperation Organization", "Comprehensive Strategic Partnership").
    // (But a headline-style capital between lower-case words is no name: "a number of Agreements covering …".)
    const lowerAround = !toks[i - 1]?.cap && /^[a-z]/.test(toks[i - 1]?.text ?? '') && /^[a-z]/.test(toks[i + m.length]?.text ?? '');
    if (toks[i]!.cap && i > s.from && !/^(MoU|MoUs|MOU|MOUs)$/.test(toks[i]!.text) && !lowerAround) continue;
    // "economic ties are substantial" describes; "expanding ties in X" cooperates.
    if (m.value === 'ties' && !toks.slice(Math.max(s.from, i - 3), i).some((t) => /^(expand|deepen|strengthen|boost|enhance|broaden|step|build|forge|upgrad|elevat|improv|closer$)/.test(t.low))) continue;
    if (COLLECTIVE.has(toks[i - 1]?.low ?? '') && !/^(with|between)$/.test(toks[i + m.length]?.low ?? '')) {
      i += m.length - 1;
      continue;
    }
    frames.push({ from: i, to: i + m.length, noun: !!n, value: m.value });
    i += m.length - 1;
  }
  // "in the fields of X, Y and Z", "areas such as X": a list of areas frames the sentence too.
  for (const a of areaListOpeners(toks, s)) if (!frames.some((f) => a.from < f.to && f.from < a.to)) frames.push({ ...a, noun: true, value: 'areas of cooperation' });
  frames.sort((a, b) => a.from - b.from);
  // "her government's migration deals with A, B and C": one side's deals with each of several partners.
  let hub: string | undefined;
  const possessive = s.text.includes("'s") || s.text.includes('’s');
  for (let i = s.from + 1; possessive && i < s.to; i++) {
    if (!DEAL_NOUNS.has(toks[i]!.low) || toks[i + 1]?.low !== 'with' || !ctx.m.placeAt.has(i + 2)) continue;
    const owner = dealOwner(ctx, s, i);
    if (!owner) continue;
    hub = owner;
    if (!frames.some((f) => f.from === i)) frames.push({ from: i, to: i + 1, noun: true, value: toks[i]!.low });
    frames.sort((a, b) => a.from - b.from);
    break;
  }
  if (!frames.length) return;
  const live = frames.filter((f) => !clauseBlocked(ctx, s, f.from));
  if (!live.length) return;
  const strongFrame = live.some((f) => f.noun || JOINT_WORDS.has(f.value.split(' ').pop()!.toLowerCase()) || /work|cooperate|collaborate|partner/.test(f.value) || passiveSigning(toks, s.from, f));

  // Sectors in scope: after the first live frame or right before a frame noun, not under a denial.
  const firstFrame = live[0]!.from;
  // "… as Chancellor X sought to lock in energy supplies": a clause of its own person, not the agreement's.
  let asCut = s.to;
  for (let q = firstFrame + 1; q < s.to; q++) {
    if (toks[q]!.low !== 'as' || toks[q - 1]?.low !== ',') continue;
    // (also a country or capital as that clause's subject: ", as Tokyo seeks to …")
    const subject = ctx.m.persons[s.index]!.some((m) => m.from > q && m.from - q <= 3) || ctx.m.places[s.index]!.some((p) => p.from > q && p.from - q <= 2 && !p.possessive);
    if (subject && toks[q + 1]?.low !== 'well' && !live.some((f) => f.from > q)) {
      asCut = q;
      break;
    }
  }
  // (The mention pass's sectors, and the items of area lists it leaves out: "in Culture, Trade and Education".)
  const mentioned = ctx.m.sectors[s.index]!;
  const candidates = [...mentioned, ...listSectors(ctx.lex, toks, s, mentioned)].sort((a, b) => a.from - b.from);
  const sectors = candidates.filter((sm) => {
    if (sm.from >= asCut) return false;
    if (clauseBlocked(ctx, s, sm.from) || deniedAfter(toks, sm.to, s.to)) return false;
    // "… amid uncertainty over U.S. trade policy": the backdrop, not an area of the cooperation.
    if (amidBefore(toks, sm.from, firstFrame)) return false;
    if (sm.from >= firstFrame) return true;
    return live.some((f) => f.noun && sm.from <= f.from && f.from - sm.to <= 6);
  });

  // "North Korea's military cooperation with Russia": exactly the two named sides.
  let parties: string[] | undefined;
  let existing = false;
  // The sentence names no party: it goes on about the cooperation just reported.
  let continuing = false;
  const scoped = new Map<string, [number, number]>();
  for (const f of live) {
    if (!f.noun) continue;
    // "the deepening military cooperation between North Korea and Russia": exactly those two.
    if (toks[f.to]?.low === 'between') {
      const a = ctx.m.placeAt.get(f.to + 1);
      const b = a && toks[a.to]?.low === 'and' ? ctx.m.placeAt.get(a.to + 1) : undefined;
      if (a && b && a.iso3 !== b.iso3 && a.kind !== 'city' && b.kind !== 'city') {
        parties = [a.iso3, b.iso3];
        existing = true;
        break;
      }
      // "cooperation between Mongolia and their respective countries": one side and each of the others.
      if (a && !b && a.kind !== 'city' && toks[a.to]?.low === 'and' && /^(their|its|his|her)$/.test(toks[a.to + 1]?.low ?? '') && /^(respective|own)$/.test(toks[a.to + 2]?.low ?? '')) hub = a.iso3;
    }
    const withTok = toks[f.to]?.low === 'with' ? f.to : -1;
    const pw = withTok >= 0 ? ctx.m.placeAt.get(withTok + 1) : undefined;
    if (!pw) continue;
    for (let q = f.from - 1; q >= s.from && f.from - q <= 5; q--) {
      const pl = ctx.m.placeAt.get(q);
      if (pl && pl.possessive) {
        parties = [pl.iso3, pw.iso3];
        existing = true;
        break;
      }
    }
  }

  // "ongoing cooperation", "has been seeking closer ties": current, so dated by the article.
  if (live.some((f) => toks.slice(Math.max(s.from, f.from - 4), f.from).some((t, j, a) => ONGOING.has(t.low) || (t.low === 'been' && /^(has|have)$/.test(a[j - 1]?.low ?? ''))))) existing = true;
  if (!parties) {
    const set: string[] = [];
    const add = (c: string | undefined) => {
      if (c && !set.includes(c)) set.push(c);
    };
    const ms = ctx.m.persons[s.index]!;
    const tokOrder: { at: number; iso3: string }[] = [];
    const placeEndingAt = (q: number) => ctx.m.places[s.index]!.find((p) => p.to === q + 1 && p.kind !== 'demonym')?.from;
    scoped.clear();
    // "…, according to a statement from X's office": the source of the report, not a party.
    const attribution = attributionFrom(toks, firstFrame, s.to);
    // A leader-elect speaks for their country too; a former holder does not.
    for (const m of ms) if (m.person.country && m.from < attribution && !ctx.m.formerTitled.has(m.person) && (m.person.national || m.person.titles.length === 0)) tokOrder.push({ at: m.from, iso3: m.person.country });
    // "They also agreed …", "The two ministers signed …": a group subject stands for the pair it
    // refers to, and a country named after the frame joins only as a partner ("with X"), not as
    // the object of a clause ("the monitoring of transfers by North Korea").
    const subjectGroup = groupSubject(ctx, s, firstFrame, state);
    for (const pl of ctx.m.places[s.index]!) {
      // A capital stands for its government only as a partner ("ties with Jakarta") or possessor.
      // (So do two capitals as the subject before the frame: "Moscow and Jakarta had agreed".)
      const capitalPair = pl.from < firstFrame && ((toks[pl.to]?.low === 'and' && ctx.m.placeAt.has(pl.to + 1)) || (toks[pl.from - 1]?.low === 'and' && ctx.m.places[s.index]!.some((o) => o.to === pl.from - 1 && o.kind !== 'demonym')));
      if (pl.kind === 'city' && !pl.possessive && !capitalPair && !(toks[pl.from - 1]?.low === 'with' && [2, 3, 4].some((d) => (toks[pl.from - d]?.mask ?? 0) & MASK.coop))) continue;
      // "in neighbouring Somalia", "against an increasingly aggressive Russia": a location or an adversary.
      if (pl.locative || governedBy(toks, pl.from, s.from, placeEndingAt)) continue;
      if (toks[pl.from - 1]?.low === 'of' && toks[pl.from - 2]?.low === 'face') continue;
      // "Chilean producer X", "the South Korean battery maker": a company's nationality, not a party.
      if (COMPANY_NOUNS.has(toks[pl.to]?.low ?? '') || COMPANY_NOUNS.has(toks[pl.to + 1]?.low ?? '') || COMPANY_SUFFIX.has(toks[pl.to]?.low ?? '')) continue;
      if (['de', 'del', 'do', 'da'].includes(toks[pl.from - 1]?.low ?? '') && toks[pl.from - 2]?.cap) continue;
      if (ms.some((m) => pl.from >= m.from && pl.to <= m.to)) continue;
      if (subjectGroup.length >= 2 && pl.from > firstFrame && !withPartner(ctx, pl.from, firstFrame)) continue;
      tokOrder.push({ at: pl.from, iso3: pl.iso3 });
      // "… and accelerate work on a fighter aircraft project with Italy": the partner named by
      // "with" joins only the conjunct it closes, not every sector of the sentence.
      if (toks[pl.from - 1]?.low === 'with' && !ms.some((m) => m.person.country === pl.iso3)) {
        let start = s.from;
        for (let q = pl.from - 2; q > s.from; q--) {
          if ((toks[q]!.low === 'and' || toks[q]!.low === ',') && (toks[q + 1]?.pos === 'VERB' || (toks[q + 1]?.low === 'to' && toks[q + 2]?.pos === 'VERB'))) {
            start = q + 1;
            break;
          }
        }
        // (… and what follows it up to the next clause: "work with Britain on a fighter jet".)
        if (start > s.from) scoped.set(pl.iso3, [start, conjunctEnd(toks, pl.to, s.to)]);
      }
    }
    tokOrder.sort((a, b) => a.at - b.at);
    if (subjectGroup.length >= 2 && toks[subjectGroup.at]?.low === 'they') for (const c of subjectGroup.countries) add(c);
    for (const t of tokOrder) add(t.iso3);
    for (const g of ctx.m.groups[s.index]!) {
      if (g.kind === 'people') for (const p of resolveGroup(ctx, s, g.from, g.to, state)) add(p.country);
      else {
        // "the two countries" when the sentence already names two: nothing to add.
        const n = ({ two: 2, both: 2, three: 3, four: 4 } as Record<string, number>)[toks[g.from + 1]?.low ?? ''] ?? ({ both: 2 } as Record<string, number>)[toks[g.from]!.low];
        if (n && set.length >= n) continue;
        for (const c of state.parties) add(c);
        // No cooperation yet: "the two countries" are those of the people who just met.
        if (state.parties.length < 2) {
          const cs = [...new Set(state.lastGroup.map((p) => p.country).filter((c): c is string => !!c))];
          if (cs.length >= 2 && (!n || cs.length === n)) for (const c of cs) add(c);
        }
      }
    }
    const hasOrg = ctx.m.orgs[s.index]!.length > 0;
    if (set.length === 1 && !hasOrg && state.parties.includes(set[0]!) && state.parties.length >= 2 && live.some((f) => /bilateral|joint|together|cooperat|partner/.test(f.value) || toks.slice(s.from, s.to).some((t) => t.low === 'bilateral'))) {
      for (const c of state.parties) add(c);
    }
    // A sentence that goes on about the same cooperation without naming the parties again
    // (but "the two companies signed …" is business, not the countries).
    let companies = false;
    if (set.length === 0) for (let q = s.from + 1; q < s.to && !companies; q++) companies = BUSINESS_GROUPS.has(toks[q]!.low) && ['two', 'both', 'the'].includes(toks[q - 1]!.low);
    if (set.length === 0 && !hasOrg && state.parties.length >= 2 && strongFrame && !companies) {
      for (const c of state.parties) add(c);
      continuing = true;
    } else if (set.length === 0 && !hasOrg && strongFrame && !companies) {
      // No cooperation reported yet ("The pair also agreed …", "Three MoUs were signed after the
      // talks"): the countries of the two people who just met.
      const met = [...new Set(state.lastGroup.map((p) => p.country).filter((c): c is string => !!c))];
      if (met.length === 2) for (const c of met) add(c);
    }
    parties = set;
  }
  // A hub's deals pair the hub with each partner, not the partners with each other.
  if (hub && parties.includes(hub) && parties.length > 2) {
    const spokes = parties.filter((c) => c !== hub);
    return starFindings(ctx, s, state, out, hub, spokes, sectors, live[0]!.from);
  }
  if (parties.length < 2) return;
  if (!strongFrame && sectors.length === 0) return;
  // A third country that joins one conjunct ("… and to work with Britain on X") is not one of
  // the story's main parties: later sentences about "the partnership" stay with the pair.
  const core = parties.filter((c) => !scoped.has(c));
  const sameSet = core.length === state.parties.length && core.every((c) => state.parties.includes(c));
  state.parties = core.length >= 2 && scoped.size > 0 && sameSet ? core : parties;
  // Cooperation is dated by its meeting or agreement; an existing one, reported as current, by the article.
  const meetingHere = toks.slice(s.from, s.to).some((t) => /^(meeting|talks|summit|met|visit|call)$/.test(t.low));
  // ("agreed to hold joint exercises later this year": that is when the exercises are, not the agreement.)
  const near = dateNear(ctx, s, live[0]!.from);
  const own = near && ctx.dates[s.index]!.some((d) => d.value === near && /\b(later|next|until)\s+$/i.test(ctx.parsed.text.slice(Math.max(0, d.start - 7), d.start))) ? undefined : near;
  // ("The pacts cover …" after "on Tuesday signed three agreements": the signing's day.)
  // ("the pacts cover …", "the agreements signed …" refer back to the agreements just reported.)
  const definite = live.some((f) => f.noun && /agreement|accord|pact|deal|mou|memorand/i.test(f.value) && (/^(the|these|those)$/.test(toks[f.from - 1]?.low ?? '') || /^(the|these|those)$/.test(toks[f.from - 2]?.low ?? '')));
  const samePair = !!state.lastCoop && [...state.lastCoop.parties].sort().join() === [...parties].sort().join();
  const prevCoop = (continuing || definite) && samePair ? state.lastCoop!.date : undefined;
  const date = own ?? prevCoop ?? (existing ? ctx.articleDate || null : (state.lastMeetingDate ?? (meetingHere ? state.eventDate : undefined) ?? ctx.newsDay ?? (ctx.articleDate || null)));
  if (own) state.lastCoop = { parties: [...parties], date: own };
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      out.push({
        predicate: 'COOPERATES_WITH',
        subject: { type: 'Country', key: parties[i]!, name: parties[i]! },
        object: { type: 'Country', key: parties[j]!, name: parties[j]! },
        sent: s.index, date, confidence: 0.8, rule: 'coop.with',
      });
    }
  }
  for (const sm of sectors) {
    const inScope = (c: string) => {
      const r = scoped.get(c);
      return !r || (sm.from >= r[0] && sm.from < r[1]);
    };
    const these = parties.filter(inScope);
    if (these.length < 2) continue;
    for (const c of these) {
      out.push({
        predicate: 'COOPERATES_ON',
        subject: { type: 'Country', key: c, name: c },
        object: { type: 'Sector', key: sm.key, name: sm.key },
        partners: these.filter((x) => x !== c),
        sent: s.index, date, confidence: 0.75, rule: 'coop.on',
      });
    }
  }
}
