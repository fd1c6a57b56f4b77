/**
 * Waits before a retry; rejects at once with the signal's `reason` when the caller aborts (before or
 * during the wait).
 *
 * @example
 * ```ts
 * await waitForRetryDelay(decision.delayMilliseconds, request.signal);
 * ```
 */
export function waitForRetryDelay(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
