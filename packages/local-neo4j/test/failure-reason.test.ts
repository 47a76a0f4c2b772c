import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failureReason, instancePaths, logMarks } from '../src/index.js';

let home: string | undefined;
function instance() {
  home = mkdtempSync(join(tmpdir(), 'wg-reason-'));
  const paths = instancePaths(home);
  mkdirSync(paths.logs, { recursive: true });
  return paths;
}
afterEach(() => {
  if (home) rmSync(home, { recursive: true, force: true });
  home = undefined;
});

describe('failureReason', () => {
  it("gives neo4j.log's last ERROR line and its chain of causes, without the stack frames", () => {
    const paths = instance();
    copyFileSync(join(import.meta.dirname, 'fixtures', 'neo4j-log-failed-start.txt'), paths.neo4jLog);
    const reason = failureReason(paths);
    expect(reason.split('\n')).toEqual([
      '2026-11-25 13:23:56.904+0000 ERROR Failed to start Neo4j on 127.0.0.1:7499.',
      'java.lang.RuntimeException: Error starting Neo4j database server at /tmp/n4h/data/databases',
      expect.stringMatching(/^Caused by: org\.neo4j\.kernel\.lifecycle\.LifecycleException/),
      expect.stringMatching(/^Caused by: .*ProcedureException: Failed to compile procedure defined in `PathFinding`/),
      'Caused by: java.lang.ClassNotFoundException: apoc.result.WeightedPathResult',
    ]);
  });

  it("falls back to the JVM's own output when Neo4j never got to log", () => {
    const paths = instance();
    writeFileSync(paths.consoleLog, 'Error occurred during initialization of VM\nToo small maximum heap\n');
    expect(failureReason(paths)).toBe('Error occurred during initialization of VM\nToo small maximum heap');
  });

  it('ignores an old failure logged before this start and reports what this start wrote', () => {
    const paths = instance();
    copyFileSync(join(import.meta.dirname, 'fixtures', 'neo4j-log-failed-start.txt'), paths.neo4jLog);
    const marks = logMarks(paths);
    appendFileSync(paths.neo4jLog, '2026-11-25 14:00:00.000+0000 INFO  Starting...\n');
    writeFileSync(paths.consoleLog, 'Error: Could not create the Java Virtual Machine.\n');
    expect(failureReason(paths, marks)).toBe('Error: Could not create the Java Virtual Machine.');
    expect(failureReason(paths)).toMatch(/WeightedPathResult$/);
  });

  it('says where it looked when there is no log at all', () => {
    const paths = instance();
    expect(failureReason(paths)).toMatch(/^no log output \(looked in .*neo4j\.log/);
  });
});
