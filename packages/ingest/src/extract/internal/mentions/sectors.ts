// Sectors: cue phrases from data/sector-cues.yaml, kept only where they name an area of cooperation.
import { MASK } from '../lexicons.js';
import { inDealTitle, listSectors } from '../sector-list.js';
import type { MentionScan } from './scan.js';

/** Every sector mention, per sentence. */
export function findSectors(st: MentionScan): void {
  const { p, lex, toks, sectors } = st;
  for (const s of p.sentences) {
    for (let i = s.from; i < s.to; ) {
      const m = toks[i]!.mask & MASK.sector ? lex.sectors.matchToks(toks, i, s.to) : undefined;
      if (m) {
        const first = toks[i]!;
        // A capitalised cue inside a sentence is part of a name ("Asia-Pacific Economic Cooperation").
        // …unless it is the subject of a named agreement ("Memorandum of Understanding on Cooperation in Cybersecurity").
        // (or the title of a deal: "the Arts and Culture Agreement").
        const dealTitle = first.cap && inDealTitle(toks, s, i, i + m.length);
        const inName = first.cap && i > s.from && !dealTitle && !lex.sectorCapsOk.has(toks.slice(i, i + m.length).map((t) => t.low).join(' ')) && !/^[A-Z0-9&]+$/.test(first.text);
        const nameAfter = !inName && first.cap && i === s.from && toks[i + m.length]?.cap && !lex.sectorCapsOk.has(first.low);
        // "their foreign and defense ministers", "the trade ministry": an office, not an area.
        const inTitle = lex.sectorTitleHeads.has(toks[i + m.length]?.low ?? '');
        if (m.value !== 'none' && !inName && !nameAfter && !inTitle) {
          const list = sectors[s.index]!;
          const last = list[list.length - 1];
          // One noun phrase, one sector: the modifier is the specific one ("AI research", "electricity exports").
          if (last && last.to === i) {
            i += m.length;
            continue;
          }
          list.push({ key: m.value, from: i, to: i + m.length, sent: s.index });
        }
        i += m.length;
      } else i++;
    }
    // The items of area lists the cue scan leaves out ("cooperation in Culture, Trade and Education",
    // "economic and cultural ties"): sectors named only by their place in a list.
    sectors[s.index]!.push(...listSectors(lex, toks, s, sectors[s.index]!));
  }
}

/** Sector mentions that another one nearby overrules. */
export function refineSectors(st: MentionScan): void {
  const { lex, toks, sectors } = st;
  // "the construction of nuclear power plants": the head yields to its object's sector.
  for (const list of sectors) {
    for (let j = list.length - 1; j >= 0; j--) {
      const sm = list[j]!;
      if (sm.to !== sm.from + 1 || !lex.sectorGenericHeads.has(toks[sm.from]!.low) || toks[sm.to]?.low !== 'of') continue;
      const objAt = ['the', 'a', 'an', 'new'].includes(toks[sm.to + 1]?.low ?? '') ? sm.to + 2 : sm.to + 1;
      if (list.some((o) => o !== sm && o.from === objAt)) list.splice(j, 1);
    }
  }

  // A cable that links power grids carries power, not telecommunications.
  for (const list of sectors) {
    for (let j = list.length - 1; j >= 0; j--) {
      const sm = list[j]!;
      if (sm.key !== 'telecommunications' || !toks.slice(sm.from, sm.to).some((t) => /^cables?$/.test(t.low))) continue;
      const energy = list.some((o) => o.key === 'energy' && Math.abs(o.from - sm.from) <= 10);
      const power = toks.slice(Math.max(0, sm.from - 8), sm.from).some((t) => /^(power|electricity|grids?|interconnectors?)$/.test(t.low) && t.sent === sm.sent);
      if (energy || power) {
        if (energy) list.splice(j, 1);
        else sm.key = 'energy';
      }
    }
  }
}
