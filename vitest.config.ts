import { defineConfig } from 'vitest/config';

// npm test builds dist/, dist-subpath/ and dist-fixtures/ first; browser suites read them.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ['default'],
  },
});
