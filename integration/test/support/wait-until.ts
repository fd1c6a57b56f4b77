/**
 * Options of {@link waitUntil}.
 *
 * @example
 * ```ts
 * const options: WaitUntilOptions = { timeoutMilliseconds: 30_000, describe: () => `${left} left` };
 * ```
 */
export interface WaitUntilOptions {
  /** Give up after this long (default 60,000 ms): a safety net, never an assertion on speed. */
  timeoutMilliseconds?: number;
  /** Pause between checks (default 10 ms). */
  intervalMilliseconds?: number;
  /** Appended to the error when the condition is never met, to say what was still missing. */
  describe?: () => string;
  /** Print `describe()` this often while waiting (a soak's progress); by default, never. */
  progressEveryMilliseconds?: number;
}

/**
 * Polls `condition` until it holds; rejects with `describe()` after the timeout.
 *
 * @example
 * ```ts
 * await waitUntil(() => ledger.size === expected.length, { describe: () => `${ledger.size} handled` });
 * ```
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  options: WaitUntilOptions = {},
): Promise<void> {
  const startedAt = Date.now();
  const deadline = startedAt + (options.timeoutMilliseconds ?? 60_000);
  let nextProgressAt = startedAt + (options.progressEveryMilliseconds ?? Number.POSITIVE_INFINITY);
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Condition not reached in time${options.describe ? `: ${options.describe()}` : ''}`);
    }
    if (Date.now() >= nextProgressAt) {
      console.log(
        `after ${Math.round((Date.now() - startedAt) / 1000)} s: ${options.describe?.() ?? 'waiting'}`,
      );
      nextProgressAt = Date.now() + (options.progressEveryMilliseconds ?? Number.POSITIVE_INFINITY);
    }
    await sleep(options.intervalMilliseconds ?? 10);
  }
}

/**
 * Resolves after `milliseconds`.
 *
 * @example
 * ```ts
 * await sleep(20);
 * ```
 */
export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
