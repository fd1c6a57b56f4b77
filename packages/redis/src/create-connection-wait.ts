import { MessengerError } from '@switchboard/core';
import type { Redis } from 'ioredis';

/**
 * Creates the wait a store call makes before sending a command on a client without an offline queue
 * (`enableOfflineQueue: false`, as {@link failFastRedisOptions} sets): resolves at once while the client
 * is connected, otherwise when it (re)connects, and rejects with a `timeout` MessengerError after
 * `timeoutMilliseconds`. On a client with an offline queue it resolves at once and ioredis queues the
 * command. Waiting callers share one `ready` listener.
 *
 * @example
 * ```ts
 * const waitForConnection = createConnectionWait(client, 5000);
 * await waitForConnection();
 * await client.get('key');
 * ```
 */
export function createConnectionWait(client: Redis, timeoutMilliseconds: number): () => Promise<void> {
  let connected: Promise<void> | undefined;
  const nextConnection = () => {
    connected ??= new Promise<void>((resolve) => {
      const settle = () => {
        client.off('ready', settle);
        client.off('end', settle);
        connected = undefined;
        resolve();
      };
      client.on('ready', settle);
      client.on('end', settle); // a closed client rejects the command itself, at once
    });
    return connected;
  };

  return async () => {
    if (client.options.enableOfflineQueue !== false) return;
    if (client.status === 'ready' || client.status === 'end') return;
    if (client.status === 'wait') client.connect().catch(() => {}); // lazyConnect: nothing else connects it
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new MessengerError(
            `Redis is not connected (${client.status}); gave up after ${timeoutMilliseconds} ms`,
            { code: 'timeout' },
          ),
        );
      }, timeoutMilliseconds);
    });
    try {
      await Promise.race([nextConnection(), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
}
