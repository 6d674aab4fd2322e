import { defineConfig } from 'vitest/config';

// Four tiers, each runnable alone (npm run test:unit | test:contract | test:integration |
// test:browser); `vitest run` runs them all, in that order.
// - unit: no Java, no Neo4j; files run in parallel.
// - contract, integration, browser: one real Neo4j for the run (tests/support/global-setup.ts,
//   or NEO4J_TEST_URI). Community edition has a single user database, so these files run one at
//   a time; files that write restore the seeded state themselves (see tests/README.md).
const withDatabase = {
  globalSetup: ['tests/support/global-setup.ts'],
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      { test: { name: 'contract', include: ['tests/contract/**/*.test.ts'], ...withDatabase, sequence: { groupOrder: 1 } } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], ...withDatabase, sequence: { groupOrder: 2 } } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...withDatabase, sequence: { groupOrder: 3 } } },
    ],
  },
});
