/** A counting semaphore bounding how many items are processed at once. */
export interface Semaphore {
  /** Waits for a free slot; `false` when `signal` aborted first (no slot taken). */
  acquire(signal: AbortSignal): Promise<boolean>;
  /** Frees a slot. */
  release(): void;
  /** Slots in use. */
  readonly used: number;
}

/** Creates a {@link Semaphore} with `size` slots. */
export function createSemaphore(size: number): Semaphore {
  let used = 0;
  const waiters = new Set<() => void>();
  const nextRelease = (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        waiters.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      waiters.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });
  return {
    get used() {
      return used;
    },
    async acquire(signal) {
      while (used >= size && !signal.aborted) await nextRelease(signal);
      if (signal.aborted) return false;
      used += 1;
      return true;
    },
    release() {
      used -= 1;
      for (const wake of [...waiters]) wake();
    },
  };
}
