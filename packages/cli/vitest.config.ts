import { defineConfig } from 'vitest/config';

/**
 * Most CLI tests spawn the built `switchboard` bin several times against emulators, a second or more
 * per process on a loaded 2-CPU machine, so a test gets 30 s instead of vitest's 5 s. Nothing is
 * retried: a flaky pass would hide a real failure.
 *
 * @example
 * ```sh
 * pnpm exec vitest run test/listen.test.ts
 * ```
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    retry: 0,
  },
});
