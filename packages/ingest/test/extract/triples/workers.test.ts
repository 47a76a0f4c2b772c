import { describe, expect, it } from 'vitest';
import { extractInWorkers, extractTriples } from '../../../src/extract/index.js';
import { story } from '../helpers.js';

describe('extractInWorkers', () => {
  it('gives the same triples as extraction on this thread, batch by batch in input order', async () => {
    const articles = Array.from({ length: 9 }, (_, i) =>
      story(`Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. The two leaders agreed to deepen cooperation in ${['trade', 'energy', 'health'][i % 3]}.`, { id: `w${i}` }),
    );
    const here = articles.map((a) => extractTriples(a));
    const batches: unknown[] = [];
    for await (const b of extractInWorkers(articles, { workers: 2, batchSize: 2 })) batches.push(b);
    expect(batches.flat()).toEqual(here.flat());
    expect(batches).toHaveLength(5);
  }, 180_000);
});
