/** A Person node as resolution sees it: its name forms and the evidence beside the name. */
export interface PersonRecord {
  key: string;
  name: string;
  aliases: string[];
  /** Keys of nodes merged into this one (each a key some story wrote). */
  aliasKeys: string[];
  /** Bare keys some of whose stories moved to this node (what a split of them finds it by). */
  storyKeys?: string[];
  /** Keys a split decided are someone else: never merged with this node again. */
  keepApart: string[];
  /** The node's resolution log (JSON lines, see log.ts); carried over when the node is merged. */
  log?: string[];
  /** Offices the graph gives the person (HOLDS_OFFICE facts). */
  offices: Office[];
  /** For a one-word key: the keys of the other people its stories name (MENTIONS). */
  storyPeople?: string[];
}

export interface Office {
  country: string;
  title: string;
  from: string | null;
  to: string | null;
  /** The stories that give the office (the fact's articleIds). */
  articles?: string[];
}

/** Every key the node answers to: its own and those merged into it. */
export const formsOf = (p: PersonRecord): string[] => [...new Set([p.key, ...p.aliasKeys])];

export const countriesOf = (p: Pick<PersonRecord, 'offices'>): Set<string> => new Set(p.offices.map((o) => o.country));

/** `title` folded for comparison ("Prime Minister" = "prime minister"). */
export const officeId = (o: Office) => `${o.country}:${o.title.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** Offices one person holds at a time in a country: two holders in one story are an extraction error. */
const ONE_HOLDER = new Set(['president', 'prime minister', 'king', 'queen', 'emir', 'sultan', 'chancellor', 'premier', 'crown prince', 'emperor']);

/**
 * Offices another person holds in the same story: the same one-holder title of the same country
 * ("President" of one country given to both a leader and a visitor). One of the two is an
 * extraction error and the story does not say which, so neither gives its holder a country.
 */
export function contestedOffices(people: readonly Pick<PersonRecord, 'offices'>[]): Set<Office> {
  const holders = new Map<string, Set<number>>();
  people.forEach((p, i) => {
    for (const o of p.offices) {
      if (!o.title.split(';').every((t) => ONE_HOLDER.has(t.trim().toLowerCase()))) continue;
      for (const a of o.articles ?? []) {
        const id = `${officeId(o)}\u0000${a}`;
        if (!holders.has(id)) holders.set(id, new Set());
        holders.get(id)!.add(i);
      }
    }
  });
  const contested = new Set<Office>();
  people.forEach((p) => {
    for (const o of p.offices) if ((o.articles ?? []).some((a) => (holders.get(`${officeId(o)}\u0000${a}`)?.size ?? 0) > 1)) contested.add(o);
  });
  return contested;
}

/** The year of a date ("2024-05-01", "2024") or null. */
const year = (d: string | null) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);

/** Whether two spells of one office lie within `years` of each other (both dated). */
export function nearInTime(a: Office, b: Office, years: number): boolean {
  const [af, at, bf, bt] = [year(a.from), year(a.to ?? a.from), year(b.from), year(b.to ?? b.from)];
  if (af === null || at === null || bf === null || bt === null) return false;
  return af - bt <= years && bf - at <= years;
}
