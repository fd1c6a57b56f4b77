const abortPromises = new WeakMap<AbortSignal, Promise<void>>();

/**
 * One promise per signal that settles when it aborts, so that any number of concurrent waits share a
 * single `abort` listener (Node warns past ten listeners on one signal).
 */
function whenAborted(signal: AbortSignal): Promise<void> {
  let promise = abortPromises.get(signal);
  if (promise === undefined) {
    promise = new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    abortPromises.set(signal, promise);
  }
  return promise;
}

/**
 * Waits `milliseconds`, or less when `signal` aborts. Resolves `true` when the full delay passed and
 * `false` when it was cut short; never rejects. Concurrent waits on one signal share one listener.
 *
 * @example
 * ```ts
 * if (!(await waitForDelay(1000, stopSignal))) return; // stopping
 * ```
 */
export async function waitForDelay(milliseconds: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted === true) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const elapsed = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), Math.max(0, milliseconds));
  });
  if (signal === undefined) return elapsed;
  const completed = await Promise.race([elapsed, whenAborted(signal).then(() => false)]);
  clearTimeout(timer);
  return completed;
}
