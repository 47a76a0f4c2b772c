// A plural title's holders each marked by their portfolio: "Ministers A (Foreign Affairs), B
// (Finance) and C", "several Cabinet Secretaries (A of Lands, Professor B of Health, Sanitation
// and Public Welfare, and Ambassador C of Foreign Affairs)". The portfolio marks make the run a
// list of office holders, one office each.
import { matchTitle, nameEnd, nameText } from '../../people.js';
import type { MentionScan } from '../scan.js';
import { ENTOURAGE_NOUNS } from '../words.js';
import { cover, spanText, type CastCursor } from './cursor.js';
import type { TitleRead } from './holder.js';

/** One holder: the name [from, to), the office their own title or portfolio gives, where the item ends. */
interface PortfolioHolder {
  from: number;
  to: number;
  title?: string;
  after: number;
}

/** The end of a portfolio phrase from q on ("Lands and Settlement of Rural Communities"), or q when none. */
function portfolioPhraseEnd(st: MentionScan, c: CastCursor, q: number): number {
  const { lex, toks, placeAt } = st;
  const end = c.s.to;
  let last = q;
  let portfolio = false;
  for (let k = q; k < end; k++) {
    const t = toks[k]!;
    if (t.cap && !placeAt.has(k)) {
      last = k + 1;
      portfolio ||= lex.portfolio.has(t.low);
      continue;
    }
    // A joiner goes on in the phrase unless the next holder starts after it.
    if (k > q && ['and', '&', 'the', 'of', ','].includes(t.low)) {
      const n = t.low === ',' && toks[k + 1]?.low === 'and' ? k + 2 : k + 1;
      if (toks[n]?.cap && !startsHolder(st, c, n)) {
        k = n - 1;
        continue;
      }
    }
    break;
  }
  return portfolio ? last : q;
}

/** The name an item starts with at q (past honorifics and its own title), as [from, to). */
function itemName(st: MentionScan, c: CastCursor, q: number): { k: number; e: number; own?: { title: string } } {
  const { p, lex, toks, stopAt, skipHonorifics } = st;
  const end = c.s.to;
  let k = skipHonorifics(q, end);
  // An item's own office ("Ambassador A of Foreign Affairs").
  const tm = toks[k]?.cap ? matchTitle(toks, k, end, lex, false, p.text) : undefined;
  const own = tm && !tm.plural ? tm : undefined;
  if (own) k = skipHonorifics(own.to, end);
  return { k, e: nameEnd(toks, k, end, stopAt), own };
}

/** A holder's name and mark start at q ("Paul Otieno of Defence", "Ruth Hall (Finance)"). */
function startsHolder(st: MentionScan, c: CastCursor, q: number): boolean {
  const { k, e } = itemName(st, c, q);
  return e - k >= 2 && (st.toks[e]?.low === 'of' || st.toks[e]?.text === '(');
}

/** "A of Lands", "A (Foreign Affairs)", "Ambassador A of Foreign Affairs" at token q. */
function holderAt(st: MentionScan, c: CastCursor, q: number, title: string, last: boolean): PortfolioHolder | undefined {
  const { p, lex, toks, placeAt } = st;
  const { k, e, own } = itemName(st, c, q);
  if (e - k < 2 || placeAt.has(k)) return undefined;
  for (let r = k; r < e; r++) if (lex.notPersonWords.has(toks[r]!.low)) return undefined;
  const open = toks[e]?.text === '(';
  const from = open || toks[e]?.low === 'of' ? e + 1 : -1;
  const pe = from > 0 ? portfolioPhraseEnd(st, c, from) : -1;
  if (pe > from && (!open || toks[pe]?.text === ')')) {
    const portfolio = spanText(p.text, toks, from, pe);
    return { from: k, to: e, title: own ? own.title : `${title} of ${portfolio}`, after: open ? pe + 1 : pe };
  }
  // The list's last holder may go unmarked ("…, B (Finance) and C.").
  return last ? { from: k, to: e, title: own?.title ?? title, after: e } : undefined;
}

/** "<Leader>'s delegation included Ministers …": the country of the leader whose party the list is. */
function entourageCountry(st: MentionScan, c: CastCursor, i: number): string | undefined {
  const { toks, registry } = st;
  for (let q = c.s.from; q + 2 < i; q++) {
    if (toks[q + 1]!.low !== "'s" || !ENTOURAGE_NOUNS.has(toks[q + 2]!.low) || !toks[q]!.cap) continue;
    const leader = registry.findByWords([toks[q]!.low]);
    if (leader?.country && leader.countryStrength >= 2) return leader.country;
  }
  return undefined;
}

/** The holders after a plural title at r, each marked by a portfolio; the token to read on from. */
export function holdersWithPortfolios(st: MentionScan, c: CastCursor, i: number, r: TitleRead): number | undefined {
  const { p, toks, registry, addTitle, mention } = st;
  const { s } = c;
  const single = r.tm.title;
  let q = r.tm.to;
  if (toks[q]?.text === '(' || toks[q]?.low === ',' || toks[q]?.low === ':') q++;
  const items: PortfolioHolder[] = [];
  for (;;) {
    const item = holderAt(st, c, q, single, items.length >= 2);
    if (!item) break;
    items.push(item);
    q = item.after;
    if (item.after === item.to) break;
    if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
    else if (toks[q]?.low === ',' || toks[q]?.low === 'and') q++;
    else break;
  }
  if (items.filter((it) => it.after > it.to).length < 2) return undefined;
  const owner = r.country ? undefined : entourageCountry(st, c, i);
  const [country, strength] = r.country ? [r.country, r.strength] : owner ? [owner, 3] : [undefined, 0];
  for (const it of items) {
    const person = registry.register(nameText(p.text, toks, it.from, it.to), it.from, s.index);
    addTitle(person, it.title!, country, strength, r.national, s.index);
    mention(person, it.from, it.to, s.index, 'full', it.from);
  }
  const end = items[items.length - 1]!.after;
  cover(st.covered, i, end);
  return end - 1;
}
