import { defineConfig } from 'vitest/config';

/**
 * Most CLI tests spawn the built `switchboard` bin several times against emulators, a second or more
 * per process on a quiet 2-CPU machine and tens of seconds at a load average of 30 (a single spawn was
 * seen taking 48 s), so a test gets a 120 s deadline instead of vitest's 5 s; tests that spawn many
 * processes set their own. Nothing is retried: a flaky pass would hide a real failure.
 *
 * @example
 * ```sh
 * pnpm exec vitest run test/listen.test.ts
 * ```
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
