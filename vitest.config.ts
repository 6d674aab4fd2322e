import { defineConfig } from 'vitest/config';

// One real Neo4j per test run (started by the global setup unless NEO4J_TEST_URI is given).
// Community edition has a single user database, so test files run one at a time; files that
// write restore the seeded state themselves (see tests/README.md).
export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    include: ['tests/**/*.test.ts'],
  },
});
