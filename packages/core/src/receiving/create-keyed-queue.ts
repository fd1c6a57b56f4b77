/** Runs tasks one after another per key, so two copies of one event in a process are processed in turn. */
export interface KeyedQueue {
  /** Runs `task` after the pending tasks of `key`; at once when `key` is `undefined`. */
  run<Result>(key: string | undefined, task: () => Promise<Result>): Promise<Result>;
}

/** Creates a {@link KeyedQueue}; it holds only keys with pending tasks. */
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
