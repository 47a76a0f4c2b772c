import type { InputError } from '@wiregraph/core';
import type { SkipReason } from './skip-reasons.js';

/** One input or item that was not read, and where it sits. */
export interface SkippedItem {
  file: string;
  line?: number;
  column?: number;
  item?: number;
  reason: SkipReason;
  message: string;
}

/** One story read a second time in the run, and what it repeated. */
export interface DuplicateItem {
  file: string;
  line?: number;
  item?: number;
  id: string;
  /** `id`: the same wire id again; `body`: the same normalised body under another id. */
  kind: 'id' | 'body';
  duplicateOf: string;
}

/** Something read with a caveat (a date taken from the file's time, for one). */
export interface ReadWarning {
  file: string;
  line?: number;
  item?: number;
  code: string;
  message: string;
}

export interface RunSummary {
  /** Articles yielded. */
  read: number;
  /** Inputs or items not read; at most `maxListed` are listed, all are counted in skippedByReason. */
  skipped: SkippedItem[];
  skippedTotal: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
  duplicates: { total: number; byId: number; byBody: number; items: DuplicateItem[] };
  warnings: { total: number; items: ReadWarning[] };
  /** Files opened (a directory counts its files). */
  files: number;
  /** Bytes of input read. */
  bytes: number;
}

/** Collects a run's counts; lists are capped so a huge bad input cannot grow memory without bound. */
export class SummaryCollector {
  readonly summary: RunSummary = {
    read: 0,
    skipped: [],
    skippedTotal: 0,
    skippedByReason: {},
    duplicates: { total: 0, byId: 0, byBody: 0, items: [] },
    warnings: { total: 0, items: [] },
    files: 0,
    bytes: 0,
  };
  constructor(private readonly maxListed: number) {}

  skip(err: InputError): SkippedItem {
    const s = this.summary;
    const reason = err.code as SkipReason;
    const item: SkippedItem = { file: err.file, ...err.place, reason, message: err.message };
    s.skippedTotal++;
    s.skippedByReason[reason] = (s.skippedByReason[reason] ?? 0) + 1;
    if (s.skipped.length < this.maxListed) s.skipped.push(item);
    return item;
  }

  duplicate(d: DuplicateItem): void {
    const dup = this.summary.duplicates;
    dup.total++;
    if (d.kind === 'id') dup.byId++;
    else dup.byBody++;
    if (dup.items.length < this.maxListed) dup.items.push(d);
  }

  warn(w: ReadWarning): void {
    const ws = this.summary.warnings;
    ws.total++;
    if (ws.items.length < this.maxListed) ws.items.push(w);
  }
}
