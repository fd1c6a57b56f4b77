import type { RedisOptions } from 'ioredis';
import { wholeMilliseconds } from './whole-milliseconds.js';

/**
 * How long a Redis store call waits by default before it rejects: 5000 ms.
 *
 * @example
 * ```ts
 * failFastRedisOptions(defaultCommandTimeoutMilliseconds);
 * ```
 */
export const defaultCommandTimeoutMilliseconds = 5000;

/**
 * The ioredis settings of the connection `createRedisIdempotencyStore` opens from `url`, so that a call
 * fails within `commandTimeoutMilliseconds` while Redis is unreachable instead of waiting through
 * ioredis's reconnect retries (about 70 s with ioredis's defaults): a `commandTimeout`, no offline queue
 * (the store waits for the connection itself, at most that long), no replay after a reconnect of
 * commands whose callers already gave up, and one retry per request. Reconnecting goes on, so the store
 * recovers when Redis is back. Open a `client` you pass to the store with them.
 *
 * @example
 * ```ts
 * const client = new Redis(process.env.REDIS_URL, failFastRedisOptions(3000));
 * const store = createRedisIdempotencyStore({ client });
 * ```
 */
export function failFastRedisOptions(
  commandTimeoutMilliseconds = defaultCommandTimeoutMilliseconds,
): RedisOptions {
  return {
    commandTimeout: wholeMilliseconds('commandTimeoutMilliseconds', commandTimeoutMilliseconds),
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 1,
  };
}
