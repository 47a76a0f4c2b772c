/** Which countries of a cooperation sentence are not its parties: locations, adversaries, topics, a region's members. */

// Words that make the country after them a location, an adversary or a topic, not a party
// ("amid China's assertiveness", "addressing the North Korean nuclear problem").
const PARTY_BLOCK = new Set(['against', 'on', 'over', 'from', 'in', 'at', 'into', 'across', 'through', 'near', 'toward', 'towards', 'to', 'via', 'condemned', 'criticised', 'criticized', 'sanctions',
  'amid', 'amidst', 'despite', 'regarding', 'concerning', 'about', 'addressing', 'tackling', 'countering', 'combating', 'combatting', 'confronting', 'denuclearization', 'denuclearisation']);
/**
 * True when a preposition (maybe past a few lower-case words) puts the token at k in a location
 * or against it. An item of a list of countries takes its list's head: "over Ukraine, North
 * Korea and Iran" puts all three in the topic.
 */
export function governedBy(toks: { low: string; cap: boolean; pos?: string }[], k: number, from: number, placeEndingAt: (q: number) => number | undefined): boolean {
  for (let q = k - 1, n = 0; q >= from && n < 4; q--, n++) {
    const t = toks[q]!;
    // "to strengthen Chile-Peru cooperation": a hyphenated pair modifies the infinitive's object.
    if (t.low === 'to' && q + 1 < k && toks[q + 1]!.pos === 'VERB' && toks[k]!.low.includes('-')) return false;
    if (PARTY_BLOCK.has(t.low)) return true;
    if (t.low === ',' || t.low === 'and') {
      const start = placeEndingAt(q - 1);
      if (start === undefined) return false;
      q = start;
      n = 0;
      continue;
    }
    if (t.cap || t.low === 'with') return false;
  }
  return false;
}

// Frames of a region's or the world's cooperation, not of a pair: "regional cooperation",
// "multilateral cooperation among the member states" (unless a partner follows: "with China").
export const COLLECTIVE = new Set(['regional', 'multilateral', 'international', 'trans-atlantic', 'transatlantic', 'global', 'sub-regional', 'intra-regional']);
