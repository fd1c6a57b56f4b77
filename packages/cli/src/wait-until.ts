import { CliError } from './cli-error.js';

/**
 * Calls `check` every `intervalMilliseconds` until it returns something other than `undefined`,
 * and resolves with that; rejects after `timeoutMilliseconds` with a `CliError` of code `timeout`
 * (exit 4) naming `what`.
 *
 * @example
 * ```ts
 * await waitUntil(async () => ((await messenger.session.getState()) === 'authorized' ? true : undefined), {
 *   what: 'the account to be authorized',
 *   timeoutMilliseconds: 10_000,
 * });
 * ```
 */
export async function waitUntil<Value>(
  check: () => Promise<Value | undefined> | Value | undefined,
  options: { what: string; timeoutMilliseconds: number; intervalMilliseconds?: number; signal?: AbortSignal },
): Promise<Value> {
  const deadline = Date.now() + options.timeoutMilliseconds;
  const interval = options.intervalMilliseconds ?? 50;
  for (;;) {
    options.signal?.throwIfAborted();
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) {
      throw new CliError(`timed out after ${options.timeoutMilliseconds} ms waiting for ${options.what}`, {
        code: 'timeout',
      });
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))),
    );
  }
}
