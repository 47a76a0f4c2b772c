import { defineConfig } from 'vitest/config';
import { locateCorpora } from './scripts/test/corpora.js';

// Three tiers: fast unit tests (no database), integration tests against a real Neo4j 5.26, and
// the corpus tier (*.corpus.test.ts), which reads corpora the repository may not hold (the seed
// story, the real-copy corpus, the IPTC samples, the upstream spec) from WIREGRAPH_CORPORA or
// ../shared. Without them the corpus tier is left out, and says so in one line.
const corpora = locateCorpora();
if (!corpora.root) console.log(`corpus tier not run: ${corpora.missing}`);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts'],
          exclude: ['packages/*/test/**/*.int.test.ts', 'packages/*/test/**/*.corpus.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.int.test.ts'],
          globalSetup: ['./scripts/test/neo4j-global-setup.ts'],
          // A Neo4j start inside a test takes minutes on a loaded 2-core machine.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // One database for all files: run them one after another.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
      ...(corpora.root
        ? [{ test: { name: 'corpora', include: ['packages/*/test/**/*.corpus.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 } }]
        : []),
    ],
  },
});
