/**
 * A binary averaged perceptron over string features (Collins 2002; Freund & Schapire's voted
 * perceptron, averaged). Small, deterministic and fast to train on a few thousand candidates,
 * and its weights are plain data: a feature → weight map shipped as JSON.
 */
export interface PerceptronWeights {
  /** Feature → weight; missing features weigh 0. */
  weights: Record<string, number>;
}

export interface Example {
  features: readonly string[];
  /** +1 a true fact, -1 not. */
  label: 1 | -1;
}

/** The score of a feature set under trained weights: > 0 means "yes". */
export function scoreFeatures(model: PerceptronWeights, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
}

/** Deterministic shuffle (a small LCG), so that training is reproducible. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  let x = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Trains averaged weights over `epochs` shuffled passes; weights under `prune` in size are dropped. */
export function trainPerceptron(examples: readonly Example[], opts: { epochs?: number; seed?: number; prune?: number } = {}): PerceptronWeights {
  const epochs = opts.epochs ?? 10;
  const w = new Map<string, number>();
  // Sum of each weight over all steps, kept lazily: total += w * (step - lastChanged).
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const bump = (f: string, by: number) => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
    w.set(f, cur + by);
  };
  for (let e = 0; e < epochs; e++) {
    for (const ex of shuffled(examples, (opts.seed ?? 7) + e)) {
      step++;
      let s = 0;
      for (const f of ex.features) s += w.get(f) ?? 0;
      if ((s > 0 ? 1 : -1) !== ex.label) for (const f of ex.features) bump(f, ex.label);
    }
  }
  const weights: Record<string, number> = {};
  const prune = opts.prune ?? 1e-3;
  for (const [f, cur] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const avg = ((total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0))) / step;
    if (Math.abs(avg) >= prune) weights[f] = Math.round(avg * 1e4) / 1e4;
  }
  return { weights };
}
