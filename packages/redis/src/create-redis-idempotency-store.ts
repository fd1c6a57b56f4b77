import { type IdempotencyStore, MessengerError } from '@switchboard/core';
import { Redis } from 'ioredis';
import { leaseScripts } from './lease-scripts.js';

/**
 * Options of {@link createRedisIdempotencyStore}. Give a `client` to share a connection you manage, or a
 * `url` (`redis://user:password@host:6379/0`) for the store to open and `close()` its own.
 *
 * @example
 * ```ts
 * const options: RedisIdempotencyStoreOptions = { url: process.env.REDIS_URL, keyPrefix: 'shop:' };
 * ```
 */
export interface RedisIdempotencyStoreOptions {
  /** An ioredis client to use; it stays yours (`close()` does not quit it). */
  client?: Redis;
  /** A connection URL, used when no `client` is given (default `redis://127.0.0.1:6379`). */
  url?: string;
  /** Prepended to every key, so several apps can share one Redis (default `'switchboard:'`). */
  keyPrefix?: string;
}

/**
 * An {@link IdempotencyStore} on Redis, with `close()`.
 *
 * @example
 * ```ts
 * const store: RedisIdempotencyStore = createRedisIdempotencyStore({ url: process.env.REDIS_URL });
 * await store.close();
 * ```
 */
export interface RedisIdempotencyStore extends IdempotencyStore {
  /** Quits the connection the store opened from `url`; a `client` you passed is left open. */
  close(): Promise<void>;
}

/**
 * Creates an {@link IdempotencyStore} on Redis so several processes share deduplication, cursors and
 * polling leases: `setIfAbsent` is `SET key value PX ttl NX`; leases are owner-checked Lua scripts
 * (acquire, renew, release). Keys are `keyPrefix + key` and `keyPrefix + 'lease:' + name`. Redis failures
 * reject with the ioredis error (an invalid TTL with an `invalid-request` MessengerError); the poller and the webhook handler treat them as retryable.
 *
 * @example
 * ```ts
 * import { startPolling } from '@switchboard/core';
 * import { createRedisIdempotencyStore } from '@switchboard/redis';
 *
 * const store = createRedisIdempotencyStore({ url: process.env.REDIS_URL });
 * const poller = startPolling(messengers, {
 *   onEvent, onDeadLetter, store,
 *   lease: { owner: `${hostname()}:${process.pid}` },
 * });
 * ```
 */
export function createRedisIdempotencyStore(
  options: RedisIdempotencyStoreOptions = {},
): RedisIdempotencyStore {
  const ownsClient = options.client === undefined;
  const client = options.client ?? openClient(options.url);
  const prefix = options.keyPrefix ?? 'switchboard:';
  const keyOf = (key: string) => `${prefix}${key}`;
  const leaseKeyOf = (name: string) => `${prefix}lease:${name}`;
  const runLeaseScript = async (script: string, name: string, owner: string, ttl?: number) => {
    const parameters: Array<string | number> = ttl === undefined ? [owner] : [owner, milliseconds(ttl)];
    return (await client.eval(script, 1, leaseKeyOf(name), ...parameters)) === 1;
  };

  return {
    async setIfAbsent(key, ttlMilliseconds, value = '1') {
      return (await client.set(keyOf(key), value, 'PX', milliseconds(ttlMilliseconds), 'NX')) === 'OK';
    },
    async get(key) {
      return client.get(keyOf(key));
    },
    async set(key, value, ttlMilliseconds) {
      if (ttlMilliseconds === undefined) await client.set(keyOf(key), value);
      else await client.set(keyOf(key), value, 'PX', milliseconds(ttlMilliseconds));
    },
    async delete(key) {
      await client.del(keyOf(key));
    },
    acquireLease: (name, owner, ttlMilliseconds) =>
      runLeaseScript(leaseScripts.acquire, name, owner, ttlMilliseconds),
    renewLease: (name, owner, ttlMilliseconds) =>
      runLeaseScript(leaseScripts.renew, name, owner, ttlMilliseconds),
    releaseLease: (name, owner) => runLeaseScript(leaseScripts.release, name, owner),
    async close() {
      if (ownsClient && client.status !== 'end') await client.quit();
    },
  };
}

function openClient(url: string | undefined): Redis {
  const client = url === undefined ? new Redis() : new Redis(url);
  // Connection failures reject the pending commands; without a listener ioredis would also print them.
  client.on('error', () => {});
  return client;
}

/** Redis wants whole, positive milliseconds. */
function milliseconds(ttl: number): number {
  if (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl <= 0) {
    throw new MessengerError(`ttlMilliseconds must be a positive number, got ${String(ttl)}`, {
      code: 'invalid-request',
    });
  }
  return Math.ceil(ttl);
}
