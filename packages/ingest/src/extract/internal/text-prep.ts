/** What comes before the first sentence of a wire story: a ` date` header and a dateline. */
export interface Preamble {
  /** Where the story proper starts in the text. */
  bodyStart: number;
  headerDate?: string;
  /** The dateline as written: place, the country named beside it, the agency tag. */
  dateline?: { place: string; countryName?: string; agency?: string };
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/;
// "Tokyo [Japan], February 1 (ANI):"
const ANI = /^([A-Z][\p{L} .'-]{1,40}?)\s*\[([^\]]{2,40})\],\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*\(([A-Za-z]{2,12})\)\s*:?\s*/u;
// "LONDON, March 3 (Reuters) -", "Santiago, Mar 3 (PTI)", "TOKYO, Dec. 10 (Kyodo) --"
const DATED = /^([A-Z][\p{L} .'-]{1,40}?),\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*\(([A-Za-z ]{2,20})\)\s*(?:--|-|—|–|:)?\s*/u;
// "RIYADH, December 9, 2025, SPA --", "ABU DHABI, 3rd March, 2025 (WAM) --": a full date, then the agency.
const DATED_YEAR = /^([A-Z][\p{L} .'-]{1,40}?),\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9}),?\s+\d{4},?\s*\(?([A-Z][A-Za-z]{1,12})\)?\s*(?:--|-|—|–|:)\s*/u;
// "NEW DELHI (AP) —", "GYEONGJU, South Korea (AP) —", "TOKYO (Kyodo) --"
const UNDATED = /^([A-Z][\p{Lu} .'-]{1,40}?)(?:,\s*([A-Z][\p{L} .'-]{1,40}?))?\s*\(([A-Za-z ]{2,20})\)\s*(?:--|-|—|–|:)\s*/u;

/** Finds the header and dateline at the start of a story, if any: evidence never includes them. */
export function readPreamble(text: string): Preamble {
  let pos = 0;
  let headerDate: string | undefined;
  const h = HEADER.exec(text);
  if (h) {
    headerDate = h[1];
    pos = h[0].length;
  } else {
    pos = text.length - text.trimStart().length;
  }
  const rest = text.slice(pos);
  let m = ANI.exec(rest);
  if (m) return { bodyStart: pos + m[0].length, headerDate, dateline: { place: m[1]!.trim(), agency: m[3], countryName: m[2]!.trim() } };
  m = DATED_YEAR.exec(rest);
  if (m) return { bodyStart: pos + m[0].length, headerDate, dateline: { place: m[1]!.trim(), agency: m[2]!.trim() } };
  m = DATED.exec(rest);
  if (m) return { bodyStart: pos + m[0].length, headerDate, dateline: { place: m[1]!.trim(), agency: m[2]!.trim() } };
  m = UNDATED.exec(rest);
  if (m) return { bodyStart: pos + m[0].length, headerDate, dateline: { place: m[1]!.trim(), agency: m[3]!.trim(), ...(m[2] ? { countryName: m[2].trim() } : {}) } };
  return { bodyStart: pos, headerDate };
}
