// Who travels where in the story, read by the visit rule's frames before any finding is made:
// people with a visit frame are not from the place they visit, and visitors to the place the
// story is set come from elsewhere.
import type { Person } from '../people.js';
import type { StoryContext } from '../types.js';
import { visitFindings } from '../rules/visited/frames.js';
import { newRuleState } from '../rules/state.js';

export interface Travel {
  /** Every country each person is said to be in by a visit frame. */
  visited: Map<Person, Set<string>>;
  /** The countries each person is said to travel to. */
  travelled: Map<Person, Set<string>>;
  /** Presence at a summit in the dateline's own country: it places, but does not make a visitor. */
  presentOnly: Map<Person, Set<string>>;
  /** People who travelled to where the story is set, or are called "visiting". */
  visitors: Set<Person>;
}

const addTo = (m: Map<Person, Set<string>>, p: Person, c: string) => {
  if (!m.has(p)) m.set(p, new Set());
  m.get(p)!.add(c);
};

export function readTravel(ctx: StoryContext): Travel {
  const { parsed, m, datelineCountry } = ctx;
  const t: Travel = { visited: new Map(), travelled: new Map(), presentOnly: new Map(), visitors: new Set() };
  const state = newRuleState();
  for (const s of parsed.sentences) {
    for (const v of visitFindings(ctx, s, state, [], true)) {
      addTo(t.visited, v.person, v.where);
      // Presence at a summit shows travel only where no dateline says where the story is.
      // (The host's ministers are at a summit in their own country too.)
      if (v.kind !== 'presence' || !datelineCountry) {
        addTo(t.travelled, v.person, v.where);
      } else if (v.where === datelineCountry) {
        addTo(t.presentOnly, v.person, v.where);
        continue;
      }
      if (v.where === ctx.sceneCountry) t.visitors.add(v.person);
    }
  }
  for (const s of parsed.sentences) {
    for (let k = s.from; k < s.to; k++) {
      if (parsed.toks[k]!.low !== 'visiting') continue;
      const pm = m.persons[s.index]!.find((x) => x.from >= k && x.from - k <= 4);
      if (pm) t.visitors.add(pm.person);
    }
  }
  return t;
}
