// Trains the meeting-pair scorer (packages/ingest/src/extract/learned) on every gold corpus we
// may read, reports 5-fold cross-validation by story against the rules alone, and writes the
// weights to packages/ingest/data/learned/meeting-pairs.json.
//   pnpm train meeting-pairs            train, cross-validate, write the weights
//   pnpm train meeting-pairs --cv-only  cross-validate only
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Triple } from '../../packages/core/src/index.js';
import { guardPeople, personKeysMatch, scoreTriples } from '../../packages/ingest/src/index.js';
import type { PreparedStory } from '../../packages/ingest/src/extract/internal/prepare.js';
import { extractStory } from '../../packages/ingest/src/extract/internal/story.js';
import type { NamedPerson } from '../../packages/ingest/src/extract/learned/index.js';
import { applyLearned, meetingCandidates, trainPerceptron, type Example, type MeetingModel, type MeetingThresholds } from '../../packages/ingest/src/extract/learned/index.js';
import { loadCorpora } from './corpora.js';

const OUT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../packages/ingest/data/learned/meeting-pairs.json');

interface Story {
  corpus: string;
  article: Article;
  story: PreparedStory;
  /** The rules' triples through the person guard, as extraction without the learned stage gives them. */
  rules: Triple[];
  raw: Triple[];
  named: readonly NamedPerson[];
  gold: Triple[];
  examples: Example[];
}

function metGold(gold: readonly Triple[], a: string, b: string): boolean {
  return gold.some((g) => g.predicate === 'MET' && ((personKeysMatch(g.subject.key, a) && personKeysMatch(g.object.key, b)) || (personKeysMatch(g.subject.key, b) && personKeysMatch(g.object.key, a))));
}

function fold(id: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return h % k;
}

function train(stories: readonly Story[], threshold: MeetingThresholds): MeetingModel {
  return { ...trainPerceptron(stories.flatMap((s) => s.examples), { epochs: 10 }), threshold };
}

function metFigures(stories: readonly Story[], predict: (s: Story) => Triple[]) {
  const gold = stories.flatMap((s) => s.gold);
  const pred = stories.flatMap(predict);
  const r = scoreTriples(gold, pred);
  return { met: r.byPredicate.MET, overall: r.overall, dates: r.dateAccuracy };
}

const f3 = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const cvOnly = process.argv.includes('--cv-only');
  const corpora = await loadCorpora();
  const stories: Story[] = [];
  for (const c of corpora) {
    for (const article of c.articles) {
      const { triples: raw, story, persons: named } = extractStory(article);
      const gold = c.gold.filter((g) => g.article === article.id);
      const cands = meetingCandidates(story.parsed, raw, named);
      const examples = cands.map((x) => ({ features: x.features, label: metGold(gold, x.a.key, x.b.key) ? (1 as const) : (-1 as const) }));
      stories.push({ corpus: c.name, article, story, rules: guardPeople(raw), raw, named, gold, examples });
    }
  }
  const pos = stories.reduce((n, s) => n + s.examples.filter((e) => e.label === 1).length, 0);
  console.log(`corpora: ${corpora.map((c) => `${c.name} (${c.articles.length})`).join(', ')}; candidates ${stories.reduce((n, s) => n + s.examples.length, 0)}, positive ${pos}`);

  // 5-fold cross-validation by story; each held-out story is scored with rules alone and with the scorer.
  const K = 5;
  const bars = [-8, -4, -2, 0, 2, 4, 8, 1e9];
  const thresholds: MeetingThresholds[] = bars.flatMap((keep) => bars.filter((add) => add >= keep).map((add) => ({ keep, add })));
  const heldOut = new Map<MeetingThresholds, Map<Story, Triple[]>>(thresholds.map((t) => [t, new Map()]));
  for (let k = 0; k < K; k++) {
    const model = train(stories.filter((s) => fold(s.article.id, K) !== k), { keep: 0, add: 0 });
    for (const s of stories.filter((x) => fold(x.article.id, K) === k)) {
      for (const t of thresholds) heldOut.get(t)!.set(s, guardPeople(applyLearned(s.story, s.raw, s.named, { ...model, threshold: t })));
    }
  }
  const byCorpus = [...new Set(stories.map((s) => s.corpus))];
  let bestT = thresholds[0]!;
  let bestF1 = -1;
  for (const t of thresholds) {
    const all = metFigures(stories, (s) => heldOut.get(t)!.get(s)!);
    if (process.env.SHOW_GRID) {
      const real = metFigures(stories.filter((s) => s.corpus === 'real'), (s) => heldOut.get(t)!.get(s)!);
      console.log(`keep ${t.keep} add ${t.add}: all MET ${f3(all.met.precision)} ${f3(all.met.recall)} ${f3(all.met.f1)}; real MET ${f3(real.met.precision)} ${f3(real.met.recall)} ${f3(real.met.f1)}`);
    }
    if (all.met.f1 > bestF1) [bestF1, bestT] = [all.met.f1, t];
  }
  console.log(`thresholds keep ${bestT.keep}, add ${bestT.add} (best MET F1 in cross-validation over all corpora)`);
  console.log('corpus       | rules MET P/R/F1      | learned MET P/R/F1    | rules overall F1 | learned overall F1 | dates rules/learned');
  for (const c of [...byCorpus, 'all']) {
    const ss = c === 'all' ? stories : stories.filter((s) => s.corpus === c);
    const r = metFigures(ss, (s) => s.rules);
    const l = metFigures(ss, (s) => heldOut.get(bestT)!.get(s)!);
    console.log(`${c.padEnd(12)} | ${f3(r.met.precision)} ${f3(r.met.recall)} ${f3(r.met.f1)} | ${f3(l.met.precision)} ${f3(l.met.recall)} ${f3(l.met.f1)} | ${f3(r.overall.f1)}            | ${f3(l.overall.f1)}              | ${f3(r.dates.accuracy)} ${f3(l.dates.accuracy)}`);
  }
  if (process.env.SHOW_FP) {
    const ss = stories.filter((s) => s.corpus === process.env.SHOW_FP);
    const r = scoreTriples(ss.flatMap((s) => s.gold), ss.flatMap((s) => heldOut.get(bestT)!.get(s)!));
    for (const t of r.falsePositives.filter((x) => x.predicate === 'MET')) console.log('FP', t.article, t.subject.key, '|', t.object.key, t.rule, '|', t.evidence.slice(0, 200));
  }
  if (cvOnly) return;
  const model = train(stories, bestT);
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ threshold: model.threshold, weights: model.weights }, null, 0) + '\n');
  console.log(`wrote ${Object.keys(model.weights).length} weights to ${OUT}`);
}

await main();
