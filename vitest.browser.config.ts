import { defineConfig } from 'vitest/config';

// Browser end-to-end tests (npm run test:browser): a real Quayside and Debian's Chromium per file,
// one file at a time because each starts a browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test-browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // Loopback only, as in the API tests: the server under test runs in this process.
    setupFiles: ['test/support/loopback-only.ts'],
  },
});
