import { describe, expect, it } from 'vitest';
import { scoreFeatures, trainPerceptron, type Example } from '../../../src/extract/learned/index.js';

describe('averaged perceptron', () => {
  // "talks with" and "met" mean yes; "not" means no, whatever else is there.
  const examples: Example[] = [
    { features: ['bias', 'w:talks', 'w:with'], label: 1 },
    { features: ['bias', 'w:talks', 'w:with', 'w:not'], label: -1 },
    { features: ['bias', 'w:with'], label: -1 },
    { features: ['bias', 'w:met'], label: 1 },
    { features: ['bias', 'w:met', 'w:not'], label: -1 },
  ];

  it('separates a separable set and scores unseen combinations by their parts', () => {
    const model = trainPerceptron(examples, { epochs: 100 });
    for (const e of examples) expect(scoreFeatures(model, e.features) > 0 ? 1 : -1).toBe(e.label);
    expect(scoreFeatures(model, ['bias', 'w:met', 'w:with'])).toBeGreaterThan(0);
    expect(scoreFeatures(model, ['bias', 'w:unknown'])).toBe(scoreFeatures(model, ['bias']));
  });

  it('is deterministic: the same examples give the same weights', () => {
    expect(trainPerceptron(examples, { seed: 3 })).toEqual(trainPerceptron(examples, { seed: 3 }));
  });

  it('learns nothing from one class alone but a bias', () => {
    const model = trainPerceptron([{ features: ['bias', 'a'], label: -1 }], { epochs: 3 });
    expect(Object.keys(model.weights).every((f) => f === 'bias' || f === 'a')).toBe(true);
    expect(scoreFeatures(model, ['bias', 'a'])).toBeLessThanOrEqual(0);
  });
});
