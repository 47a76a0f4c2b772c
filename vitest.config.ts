import { defineConfig } from 'vitest/config';

// Two tiers: fast unit tests (no database) and integration tests against a real Neo4j 5.26.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts'],
          exclude: ['packages/*/test/**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/test/**/*.int.test.ts'],
          globalSetup: ['./scripts/test/neo4j-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One database for all files: run them one after another.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
