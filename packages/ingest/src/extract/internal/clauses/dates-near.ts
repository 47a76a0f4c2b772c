// The date a cue carries: the nearest date in its clause, a relative day, or a follow-up's.
import type { Sentence, Tok } from '../nlp.js';
import type { DateMention } from '../dates.js';
import type { StoryContext } from '../types.js';
import { BOUNDARY } from './modality.js';

/**
 * The date a cue at token c refers to: the nearest date expression of its own clause (no comma
 * or clause break between them), or one in the sentence's opening adverbial ("On Saturday, …").
 * Dates inside quotations belong to the speaker's time and are skipped.
 */
export function dateNear(ctx: StoryContext, s: Sentence, c: number): string | undefined {
  const abs = ctx.dates[s.index]!;
  const rel = ctx.relDates?.[s.index] ?? [];
  if (abs.length === 0 && rel.length === 0) return undefined;
  let ds = abs;
  if (rel.length) {
    // A relative day counts from a day date before it in the sentence, else from the last meeting.
    ds = [...abs];
    for (const r of rel) {
      // ("the same day" is the day just named; "a day earlier" counts from the story's last meeting.)
      const inSentence = [...abs].reverse().find((d) => d.end <= r.start && /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value;
      const base = r.fromArrival ? ctx.arrivalBase : r.rel === 0 ? (inSentence ?? ctx.relBase) : (ctx.relBase ?? inSentence);
      if (base && /^\d{4}-\d{2}-\d{2}$/.test(base)) ds.push({ start: r.start, end: r.end, value: addDays(base, r.rel!) });
    }
    ds.sort((a, b) => a.start - b.start);
    if (ds.length === 0) return undefined;
  }
  const toks = ctx.parsed.toks;
  // Commas that set off a person's name or title ("met the Speaker of X, Gerry Brown, on Monday") break no clause.
  const apposition = new Set<number>();
  for (const m of ctx.m.persons[s.index]!) {
    for (let k = m.from; k <= m.to; k++) if (toks[k]?.low === ',') apposition.add(k);
    if (toks[m.from - 1]?.low === ',' && m.kind === 'full' && m.nameFrom !== undefined && m.nameFrom > m.from) apposition.add(m.from - 1);
  }
  // Nor do those around a place's country ("in Kananaskis, Canada, in June last year").
  for (const pl of ctx.m.places[s.index]!) {
    if (pl.kind !== 'name' || toks[pl.from - 1]?.low !== ',' || !toks[pl.from - 2]?.cap) continue;
    apposition.add(pl.from - 1);
    if (toks[pl.to]?.low === ',') apposition.add(pl.to);
  }
  const pos = toks[c]!.start;
  const quoted = s.text.includes('"') || s.text.includes('“') ? quoteSpans(s.text, s.start) : [];
  let firstComma: Tok | undefined;
  for (let k = s.from; k < s.to; k++) if (toks[k]!.low === ',') {
    firstComma = toks[k];
    break;
  }
  let best: DateMention | undefined;
  let bestD = Infinity;
  for (const d of ds) {
    if (quoted.some(([a, b]) => d.start >= a && d.end <= b)) continue;
    if (d.planned) continue;
    const opening = !!firstComma && d.end <= firstComma.start && pos > firstComma.start;
    const lo = d.start >= pos ? pos : d.end;
    const hi = d.start >= pos ? d.start : pos;
    let broken = false;
    for (let k = s.from; k < s.to && !broken; k++) {
      const t = toks[k]!;
      if (t.start >= lo && t.end <= hi && ((t.low === ',' && !apposition.has(k)) || BOUNDARY.has(t.low) || t.low === 'when' || t.low === 'since')) broken = true;
    }
    // ", most recently on June 6": the latest of several events, stated for the cue's clause.
    const latest = /\b(?:most\s+recently|latest)\s+(?:on\s+|in\s+)?$/i.test(ctx.parsed.text.slice(Math.max(0, d.start - 20), d.start));
    if (broken && !opening && !latest) continue;
    const dist = latest ? -1 : d.start >= pos ? d.start - pos : (pos - d.end) * 1.5;
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best?.value;
}

function addDays(ymd: string, n: number): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function quoteSpans(text: string, offset: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /"[^"]*"|“[^”]*”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([offset + m.index, offset + m.index + m[0].length]);
  return out;
}

/**
 * "The sultan arrived on Monday … The king then held talks with his guest": a sentence that
 * goes on with "then" (and names no date) happened on the day the sentence before names.
 */
export function followUpDate(ctx: StoryContext, s: Sentence): string | undefined {
  if (s.index === 0) return undefined;
  const toks = ctx.parsed.toks;
  let then = false;
  for (let k = s.from; k < s.to && k - s.from < 5; k++) if (/^(then|afterwards|thereafter)$/.test(toks[k]!.low)) then = true;
  if (!then) return undefined;
  const prev = ctx.dates[s.index - 1]!;
  return [...prev].reverse().find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value;
}
