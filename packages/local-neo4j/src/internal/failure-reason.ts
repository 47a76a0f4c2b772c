import { existsSync, readFileSync, statSync } from 'node:fs';
import type { InstancePaths } from './settings.js';

/** Sizes of the logs before a start: what the start wrote is what comes after. */
export interface LogMarks {
  neo4jLog: number;
  debugLog: number;
}

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);

export function logMarks(paths: InstancePaths): LogMarks {
  return { neo4jLog: size(paths.neo4jLog), debugLog: size(paths.debugLog) };
}

function tail(file: string, bytes: number, from = 0): string {
  if (!existsSync(file)) return '';
  const buf = readFileSync(file);
  // A log shorter than its mark was rotated or wiped: all of it is new.
  const start = Math.max(buf.length >= from ? from : 0, buf.length - bytes);
  return buf.subarray(start).toString('utf8');
}

/**
 * Why the server did not come up, from its own logs: the last ERROR line of neo4j.log with the
 * chain of "Caused by" messages under it (the deepest one usually names the fix), else the
 * JVM's own output (bad option, no memory), else the end of debug.log. Only what was written
 * after `since` counts, so an old failure in a log kept across starts is not blamed.
 */
export function failureReason(paths: InstancePaths, since: LogMarks = { neo4jLog: 0, debugLog: 0 }): string {
  const neo4jLog = tail(paths.neo4jLog, 64_000, since.neo4jLog);
  const lines = neo4jLog.split('\n');
  const lastError = lines.map((l, i) => (/\s(ERROR|FATAL)\s/.test(l) ? i : -1)).filter((i) => i >= 0).pop();
  if (lastError !== undefined) {
    const out = [lines[lastError]!.trim()];
    for (const l of lines.slice(lastError + 1)) {
      if (/^\d{4}-\d\d-\d\d /.test(l)) break;
      if (/^(Caused by:|\S+(Exception|Error):)/.test(l.trim())) out.push(l.trim());
    }
    return out.join('\n');
  }
  const consoleOut = tail(paths.consoleLog, 4000).trim();
  if (consoleOut) return consoleOut.split('\n').slice(-15).join('\n');
  const debug = tail(paths.debugLog, 8000, since.debugLog).trim();
  if (debug) {
    const dl = debug.split('\n');
    const errors = dl.filter((l) => /\s(ERROR|WARN)\s/.test(l));
    return (errors.length ? errors : dl).slice(-10).join('\n');
  }
  return `no log output (looked in ${paths.neo4jLog}, ${paths.consoleLog}, ${paths.debugLog})`;
}
