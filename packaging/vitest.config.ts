import { defineConfig } from 'vitest/config';

/**
 * The packaging proofs work on tarballs: the global setup packs every public package once; each app file installs
 * them into a scratch app with one package manager. Installs and type-checks take tens of seconds, so tests set
 * budgets (not speed assertions) and nothing is retried.
 *
 * @example
 * ```sh
 * pnpm exec vitest run test/npm-app.test.ts
 * ```
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/pack-public-packages.ts'],
    pool: 'forks',
    retry: 0,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
