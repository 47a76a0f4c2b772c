/**
 * The resolution log on a Person node (`resolution`, a list of JSON strings, oldest first): each
 * merge into the node with its evidence, each bare name's stories moved to it, and each split out of it. It is what `resolve --report`
 * shows and what a split reads to give the restored person back its names.
 */
export type ResolutionLogEntry =
  | { action: 'merged'; key: string; name: string; names: string[]; evidence: string[] }
  | { action: 'split'; key: string; names: string[] }
  /** Some stories of a bare name that two people share, read as this person. */
  | { action: 'moved'; key: string; articles: string[]; evidence: string[] };

export const logText = (e: ResolutionLogEntry) => JSON.stringify(e);

export function parseLog(lines: readonly string[]): ResolutionLogEntry[] {
  const out: ResolutionLogEntry[] = [];
  for (const line of lines) {
    try {
      const e = JSON.parse(line) as ResolutionLogEntry;
      if (e && (e.action === 'merged' || e.action === 'split' || e.action === 'moved') && typeof e.key === 'string') out.push(e);
    } catch {
      // A hand-edited entry that is not JSON is shown by the report as it is, never dropped.
      out.push({ action: 'merged', key: line, name: line, names: [], evidence: [] });
    }
  }
  return out;
}
