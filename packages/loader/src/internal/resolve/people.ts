/** A Person node as resolution sees it: its name forms and the evidence beside the name. */
export interface PersonRecord {
  key: string;
  name: string;
  aliases: string[];
  /** Keys of nodes merged into this one (each a key some story wrote). */
  aliasKeys: string[];
  /** Keys a split decided are someone else: never merged with this node again. */
  keepApart: string[];
  /** The node's resolution log (JSON lines, see log.ts); carried over when the node is merged. */
  log?: string[];
  /** Offices the graph gives the person (HOLDS_OFFICE facts). */
  offices: Office[];
}

export interface Office {
  country: string;
  title: string;
  from: string | null;
  to: string | null;
}

/** Every key the node answers to: its own and those merged into it. */
export const formsOf = (p: PersonRecord): string[] => [...new Set([p.key, ...p.aliasKeys])];

export const countriesOf = (p: Pick<PersonRecord, 'offices'>): Set<string> => new Set(p.offices.map((o) => o.country));

/** `title` folded for comparison ("Prime Minister" = "prime minister"). */
export const officeId = (o: Office) => `${o.country}:${o.title.toLowerCase().replace(/\s+/g, ' ').trim()}`;
