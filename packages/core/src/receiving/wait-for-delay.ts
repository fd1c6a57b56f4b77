import { clampTimerDelay } from './clamp-timer-delay.js';

/** The one `abort` listener of a signal and the waits it wakes. */
interface SharedAbortListener {
  readonly wakes: Set<() => void>;
  readonly listener: () => void;
}

const sharedListeners = new WeakMap<AbortSignal, SharedAbortListener>();

/**
 * Calls `wake` when `signal` aborts, through one `abort` listener shared by every wait on the signal
 * (Node warns past ten listeners on one signal). Returns the unsubscribe function; the listener is
 * removed with its last subscriber, so waits that end by their timers leave nothing on the signal.
 */
function subscribeToAbort(signal: AbortSignal, wake: () => void): () => void {
  let shared = sharedListeners.get(signal);
  if (shared === undefined) {
    const wakes = new Set<() => void>();
    const listener = () => {
      sharedListeners.delete(signal);
      for (const wakeWaiter of wakes) wakeWaiter();
    };
    shared = { wakes, listener };
    sharedListeners.set(signal, shared);
    signal.addEventListener('abort', listener, { once: true });
  }
  const subscribed = shared;
  subscribed.wakes.add(wake);
  return () => {
    subscribed.wakes.delete(wake);
    if (subscribed.wakes.size > 0 || sharedListeners.get(signal) !== subscribed) return;
    sharedListeners.delete(signal);
    signal.removeEventListener('abort', subscribed.listener);
  };
}

/**
 * Waits `milliseconds` (clamped to what a timer supports: at most 2,147,483,647 ms), or less when
 * `signal` aborts. Resolves `true` when the full delay passed and `false` when it was cut short; never
 * rejects. Concurrent waits on one signal share one listener, removed once no wait needs it.
 */
export function waitForDelay(milliseconds: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted === true) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(true);
    }, clampTimerDelay(milliseconds));
    if (signal === undefined) return;
    unsubscribe = subscribeToAbort(signal, () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}
