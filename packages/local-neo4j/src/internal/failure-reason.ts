import { existsSync, readFileSync } from 'node:fs';
import type { InstancePaths } from './settings.js';

function tail(file: string, bytes = 64_000): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  return text.length > bytes ? text.slice(-bytes) : text;
}

/**
 * Why the server did not come up, from its own logs: the last ERROR line of neo4j.log with the
 * chain of "Caused by" messages under it (the deepest one usually names the fix), else the
 * JVM's own output (bad option, no memory), else the end of debug.log.
 */
export function failureReason(paths: InstancePaths): string {
  const neo4jLog = tail(paths.neo4jLog);
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
  const debug = tail(paths.debugLog, 8000).trim();
  if (debug) {
    const dl = debug.split('\n');
    const errors = dl.filter((l) => /\s(ERROR|WARN)\s/.test(l));
    return (errors.length ? errors : dl).slice(-10).join('\n');
  }
  return `no log output (looked in ${paths.neo4jLog}, ${paths.consoleLog}, ${paths.debugLog})`;
}
