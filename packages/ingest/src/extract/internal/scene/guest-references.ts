// "his guest", "the visiting President": references to the story's one traveller, added to the
// person mentions once travel is known.
import type { Person } from '../people.js';
import type { StoryContext } from '../types.js';

const GUEST_WORDS = /\b(?:guest|visitor|dignitary|visiting)\b/;
const GUEST_NOUNS = new Set(['guest', 'visitor', 'dignitary']);

/**
 * "his guest", "the visiting dignitary", "the visitor": the one person the story has travel to
 * where it is set (the highest-ranking one when a delegation travelled).
 */
export function guestMentions(ctx: StoryContext, travelled: Map<Person, Set<string>>): void {
  if (!GUEST_WORDS.test(ctx.parsed.text)) return;
  const toks = ctx.parsed.toks;
  let guest: Person | null | undefined;
  const pick = (): Person | null => {
    const scene = ctx.sceneCountry;
    const all = [...travelled.entries()].filter(([p, ws]) => (scene ? ws.has(scene) : true) && p.country !== scene).map(([p]) => p);
    if (all.length === 1) return all[0]!;
    const heads = all.filter((p) => p.titles.some((t) => ctx.lex.headTitles.senior.test(t)));
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
