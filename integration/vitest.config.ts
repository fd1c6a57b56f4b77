import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../vitest.shared.js';

/**
 * The integration proofs are long-running soaks: each test sets its own (generous) timeout, files run in
 * separate forks so a soak's event loop never slows another file's, and nothing is retried (a flaky pass
 * would hide a lost message).
 *
 * @example
 * ```sh
 * pnpm exec vitest run test/polling-fault-soak.test.ts
 * ```
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (`*.test-d.ts`) run with tsc over test/types alone, so they see only what their own imports load.
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.type-tests.json',
    },
    pool: 'forks',
    retry: 0,
    ...workspaceTestBudgets,
  },
});
