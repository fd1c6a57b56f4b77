/**
 * The workspace's test budgets. vitest's 5 s default assumes a quiet machine, but these tests use real parts
 * (HTTP servers on 127.0.0.1, child processes, a Redis server), and on a busy 2-core machine one HTTP round trip
 * can take seconds. A budget is a deadline for a hung test, never a speed assertion; soaks set their own, sized
 * to their work.
 *
 * @example
 * ```ts
 * export default defineConfig({ test: { ...workspaceTestBudgets } });
 * ```
 */
export const workspaceTestBudgets = { testTimeout: 60_000, hookTimeout: 120_000 } as const;
