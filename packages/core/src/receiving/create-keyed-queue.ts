/**
 * Runs tasks one after another per key (tasks of different keys run concurrently). The poller uses it
 * so two copies of one event received by the same process are processed in turn: the second sees the
 * first one's outcome (done → acknowledged as a duplicate) instead of being deferred.
 */
export interface KeyedQueue {
  /** Runs `task` after the pending tasks of `key`; at once when `key` is `undefined`. */
  run<Result>(key: string | undefined, task: () => Promise<Result>): Promise<Result>;
}

/**
 * Creates a {@link KeyedQueue}; it holds only keys with pending tasks.
 *
 * @example
 * ```ts
 * const queue = createKeyedQueue();
 * ```
 */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async run(key, task) {
      if (key === undefined) return task();
      const previous = tails.get(key) ?? Promise.resolve();
      const current = previous.then(task, task);
      const tail = current.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await current;
      } finally {
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
