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
    pool: 'forks',
    retry: 0,
    ...workspaceTestBudgets,
  },
});
