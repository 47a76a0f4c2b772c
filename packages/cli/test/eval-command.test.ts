import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The real CLI in a child process on the dev corpus: the eval command's per-rule, without-rule and mention reports.
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DEV = 'fixtures/dev-corpus';

function wiregraph(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'packages/cli/src/bin.ts', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, WIREGRAPH_LOG_LEVEL: 'warn' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Figures { tp: number; fp: number; fn: number; f1: number }
interface EvalJson {
  overall: Figures;
  byRule: { rule: string; tp: number; fp: number; duplicates: number; precision: number }[];
  withoutRule: { rulesOff: string[]; allRules: Figures; withoutRules: Figures };
  mentions: { byKind: Record<'people' | 'countries' | 'sectors', { gold: number; found: number; recall: number }> };
}

describe('wiregraph eval', () => {
  it('--by-rule, --without-rule and --mentions report per rule, without a rule and per mention kind', () => {
    const r = wiregraph(['eval', '--gold', `${DEV}/gold.jsonl`, `${DEV}/articles.jsonl`, '--json', '--by-rule', '--mentions', '--without-rule', 'met.joint-action']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as EvalJson;
    // The report scores the run without the rule; the comparison keeps the full run's figures.
    expect(j.withoutRule.rulesOff).toEqual(['met.joint-action']);
    expect(j.overall).toEqual(j.withoutRule.withoutRules);
    expect(j.withoutRule.allRules.tp).toBeGreaterThan(j.withoutRule.withoutRules.tp);
    // Per rule: the switched-off rule is absent, and the rows add up to the overall TP and FP.
    expect(j.byRule.map((x) => x.rule)).not.toContain('met.joint-action');
    expect(j.byRule.reduce((n, x) => n + x.tp, 0)).toBe(j.overall.tp);
    expect(j.byRule.reduce((n, x) => n + x.fp, 0)).toBe(j.overall.fp);
    expect(j.byRule.find((x) => x.rule === 'office.title')!.tp).toBeGreaterThan(50);
    for (const kind of ['people', 'countries', 'sectors'] as const) {
      expect(j.mentions.byKind[kind].gold).toBeGreaterThan(50);
      expect(j.mentions.byKind[kind].recall).toBeGreaterThan(0.9);
    }
  }, 120_000);

  it('refuses an unknown rule id with the list of known ones, and --mentions on predictions', () => {
    const bad = wiregraph(['eval', '--gold', `${DEV}/gold.jsonl`, `${DEV}/articles.jsonl`, '--without-rule', 'met.nonsense']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown rule id "met.nonsense"; known: .*met\.verb/);
    const pred = wiregraph(['eval', '--gold', `${DEV}/gold.jsonl`, '--predictions', `${DEV}/gold.jsonl`, '--mentions']);
    expect(pred.code).toBe(2);
    expect(pred.stderr).toContain('need stories');
  }, 60_000);
});
