/**
 * The watcher's ledger: what it has ingested, kept in a JSON Lines file so a restarted watcher
 * ingests nothing twice. One line per entry, appended (a crash loses at most the line being
 * written; a torn last line is ignored on reading):
 *   {"kind":"file","key":"/abs/path/story.xml","hash":"<sha256>","status":"ingested"|"partial"|"skipped","at":"…"}
 *   {"kind":"story","key":"<article id>","source":"<feed URL>","at":"…"}
 * A file is ingested again only when its content (hash) changes — a corrected story.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type FileStatus = 'ingested' | 'partial' | 'skipped';

export interface LedgerEntry {
  kind: 'file' | 'story';
  key: string;
  hash?: string;
  /** partial: some stories of the file were loaded and some skipped. */
  status?: FileStatus;
  source?: string;
  at: string;
}

export class WatchLedger {
  private readonly files = new Map<string, string>();
  private readonly stories = new Set<string>();

  constructor(readonly path: string) {
    if (!existsSync(path)) return;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as LedgerEntry;
        if (e.kind === 'file' && e.hash) this.files.set(e.key, e.hash);
        else if (e.kind === 'story') this.stories.add(e.key);
      } catch {
        // A line torn by a crash mid-write: the entry it was writing is simply not recorded.
      }
    }
  }

  hasFile(path: string, hash: string): boolean {
    return this.files.get(path) === hash;
  }

  hasStory(id: string): boolean {
    return this.stories.has(id);
  }

  recordFile(path: string, hash: string, status: FileStatus): void {
    this.files.set(path, hash);
    this.append({ kind: 'file', key: path, hash, status, at: new Date().toISOString() });
  }

  recordStory(id: string, source: string): void {
    this.stories.add(id);
    this.append({ kind: 'story', key: id, source, at: new Date().toISOString() });
  }

  get size(): { files: number; stories: number } {
    return { files: this.files.size, stories: this.stories.size };
  }

  private append(entry: LedgerEntry): void {
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, JSON.stringify(entry) + '\n');
  }
}
