import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PostgreSQL runs: one migrated template database per run, copied for each test file.
    globalSetup: ['test/support/global-setup.ts'],
    // Loopback only: a socket to any other address fails before it connects (test/support/loopback-only.ts).
    // Password hashes at a test cost (test/support/fast-password-hashing.ts).
    setupFiles: ['test/support/loopback-only.ts', 'test/support/fast-password-hashing.ts'],
    // Two cores. On SQLite a test is all CPU in its own process: more workers than cores only add
    // contention. On PostgreSQL a test waits for the server at every statement, so four workers keep both
    // cores busy (measured: 132 s with two, 89 s with three, 82 s with four; docs/benchmarks.md).
    // Forked processes, as by default: a native module (better-sqlite3) or a stray process.exit stays in its
    // own process.
    pool: 'forks',
    maxWorkers: process.env.QUAYSIDE_TEST_DB === 'postgres' ? 4 : 2,
    // Each worker loads the module graph once instead of once per file: about a third of the suite's CPU
    // time. Files still share nothing that they change: each has its own app, clock and database; the
    // process-wide registries (error codes, reservation holders, schema caches) are filled once with the same values,
    // and test/route-schemas.test.ts checks that building the app again changes no shared route schema.
    // So: no vi.mock, no fake timers left installed, no process.env or other module state changed by a test.
    isolate: false,
  },
});
