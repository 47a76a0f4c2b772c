import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WatchLedger } from '../src/internal/watch-ledger.js';

describe('the watch ledger', () => {
  it('remembers files by content and stories by id across restarts', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'wg-ledger-')), 'sub', 'ledger.jsonl');
    const first = new WatchLedger(path);
    first.recordFile('/in/a.txt', 'h1', 'ingested');
    first.recordStory('urn:x:1', 'http://feed');
    const second = new WatchLedger(path);
    expect(second.hasFile('/in/a.txt', 'h1')).toBe(true);
    expect(second.hasFile('/in/a.txt', 'h2')).toBe(false);
    expect(second.hasStory('urn:x:1')).toBe(true);
    expect(second.hasStory('urn:x:2')).toBe(false);
    expect(second.size).toEqual({ files: 1, stories: 1 });
  });

  it('takes the latest hash of a corrected file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'wg-ledger-')), 'ledger.jsonl');
    const l = new WatchLedger(path);
    l.recordFile('/in/a.txt', 'old', 'ingested');
    l.recordFile('/in/a.txt', 'new', 'ingested');
    const again = new WatchLedger(path);
    expect(again.hasFile('/in/a.txt', 'new')).toBe(true);
    expect(again.hasFile('/in/a.txt', 'old')).toBe(false);
  });

  it('ignores a line torn by a crash and keeps the rest', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'wg-ledger-')), 'ledger.jsonl');
    new WatchLedger(path).recordStory('urn:x:1', 'f');
    appendFileSync(path, '{"kind":"story","key":"urn:x:2"');
    const l = new WatchLedger(path);
    expect(l.hasStory('urn:x:1')).toBe(true);
    expect(l.hasStory('urn:x:2')).toBe(false);
    l.recordStory('urn:x:3', 'f');
    expect(readFileSync(path, 'utf8')).toContain('urn:x:3');
  });
});
