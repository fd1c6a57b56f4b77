/**
 * Waits `milliseconds`, or less when `signal` aborts. Resolves `true` when the full delay passed and
 * `false` when it was cut short; never rejects.
 *
 * @example
 * ```ts
 * if (!(await waitForDelay(1000, stopSignal))) return; // stopping
 * ```
 */
export function waitForDelay(milliseconds: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted === true) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      },
      Math.max(0, milliseconds),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
