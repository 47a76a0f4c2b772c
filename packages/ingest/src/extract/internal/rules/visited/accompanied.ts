// Rule visited.accompanied: "X accompanied Y": X made Y's visits in this story.
import type { Finding, StoryContext } from '../../types.js';
import { modality } from '../../clauses/modality.js';
import { isResident } from '../../clauses/people.js';
import { ACCOMPANY, TRAVEL_VERBS, TRAVEL_WITH } from '../../travel-words.js';
import { companionList } from './companions.js';

/** "X accompanied Y", "X, who accompanied the president,": X made Y's visits in this story. */
export function accompaniedVisits(ctx: StoryContext, findings: Finding[]): void {
  listedCompanions(ctx, findings);
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


/** "X was accompanied by A and B", "X's delegation included A; B": A and B made X's visits. */
function listedCompanions(ctx: StoryContext, findings: Finding[]): void {
  for (const s of ctx.parsed.sentences) {
    const list = companionList(ctx, s);
    if (!list) continue;
    let theirs = findings.filter((f) => f.predicate === 'VISITED' && f.subject.key === list.leader.person.key);
    // (A traveller in the place the story is set in was accompanied on that trip, not on earlier ones.)
    if (theirs.some((f) => f.object.key === ctx.sceneCountry)) theirs = theirs.filter((f) => f.object.key === ctx.sceneCountry);
    for (const { person: p } of list.members) {
      if (isResident(p)) continue;
      for (const f of theirs) {
        if (p.country === f.object.key || findings.some((g) => g.predicate === 'VISITED' && g.subject.key === p.key && g.object.key === f.object.key)) continue;
        findings.push({ ...f, subject: { type: 'Person', key: p.key, name: p.name }, sent: s.index, confidence: 0.6, rule: 'visited.delegation' });
      }
    }
  }
}
