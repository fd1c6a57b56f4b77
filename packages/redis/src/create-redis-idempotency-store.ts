import type { IdempotencyStore } from '@switchboard/core';
import { Redis } from 'ioredis';
import { compareAndSetScripts } from './compare-and-set-scripts.js';
import { createConnectionWait } from './create-connection-wait.js';
import { defaultCommandTimeoutMilliseconds, failFastRedisOptions } from './fail-fast-redis-options.js';
import { leaseScripts } from './lease-scripts.js';
import { wholeMilliseconds } from './whole-milliseconds.js';

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
  /**
   * An ioredis client to use; it stays yours (`close()` does not quit it). Open it with
   * {@link failFastRedisOptions} so calls fail fast while Redis is unreachable.
   */
  client?: Redis;
  /** A connection URL, used when no `client` is given (default `redis://127.0.0.1:6379`). */
  url?: string;
  /** Prepended to every key, so several apps can share one Redis (default `'switchboard:'`). */
  keyPrefix?: string;
  /**
   * How long a call waits for Redis before it rejects, in milliseconds (default 5000): for the connection
   * opened from `url`, the ioredis `commandTimeout` and the longest wait for a (re)connection. With a
   * `client`, the client's own `commandTimeout` is the default and bounds only the wait for a connection
   * (when the client has no offline queue); open it with {@link failFastRedisOptions}.
   */
  commandTimeoutMilliseconds?: number;
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
 * polling leases: `setIfAbsent` is `SET key value PX ttl NX`; `replaceIf` and `deleteIf` are
 * compare-and-set Lua scripts; leases are owner-checked Lua scripts (acquire, renew, release). Keys are
 * `keyPrefix + key` and `keyPrefix + 'lease:' + name`. Redis failures reject with the ioredis error, or
 * a `timeout` MessengerError when Redis stays unreachable for `commandTimeoutMilliseconds` (an invalid
 * TTL with an `invalid-request` MessengerError); the poller and the webhook handler treat them as
 * retryable. The connection keeps reconnecting, so calls succeed again once Redis is back.
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
  const commandTimeout = wholeMilliseconds(
    'commandTimeoutMilliseconds',
    options.commandTimeoutMilliseconds ??
      options.client?.options.commandTimeout ??
      defaultCommandTimeoutMilliseconds,
  );
  const ownsClient = options.client === undefined;
  const client = options.client ?? openClient(options.url, commandTimeout);
  const waitForConnection = createConnectionWait(client, commandTimeout);
  const prefix = options.keyPrefix ?? 'switchboard:';
  const keyOf = (key: string) => `${prefix}${key}`;
  const leaseKeyOf = (name: string) => `${prefix}lease:${name}`;
  /** Runs a Lua script on one key; `true` when it returned 1. */
  const runScript = async (script: string, key: string, parameters: Array<string | number>) => {
    await waitForConnection();
    return (await client.eval(script, 1, key, ...parameters)) === 1;
  };
  const runLeaseScript = async (script: string, name: string, owner: string, ttl?: number) =>
    runScript(script, leaseKeyOf(name), ttl === undefined ? [owner] : [owner, ttlOf(ttl)]);

  return {
    async setIfAbsent(key, ttlMilliseconds, value = '1') {
      const ttl = ttlOf(ttlMilliseconds);
      await waitForConnection();
      return (await client.set(keyOf(key), value, 'PX', ttl, 'NX')) === 'OK';
    },
    async get(key) {
      await waitForConnection();
      return client.get(keyOf(key));
    },
    async set(key, value, ttlMilliseconds) {
      const ttl = ttlMilliseconds === undefined ? undefined : ttlOf(ttlMilliseconds);
      await waitForConnection();
      if (ttl === undefined) await client.set(keyOf(key), value);
      else await client.set(keyOf(key), value, 'PX', ttl);
    },
    async delete(key) {
      await waitForConnection();
      await client.del(keyOf(key));
    },
    replaceIf: async (key, expected, value, ttlMilliseconds) =>
      runScript(
        compareAndSetScripts.replace,
        keyOf(key),
        ttlMilliseconds === undefined ? [expected, value] : [expected, value, ttlOf(ttlMilliseconds)],
      ),
    deleteIf: (key, expected) => runScript(compareAndSetScripts.delete, keyOf(key), [expected]),
    acquireLease: (name, owner, ttlMilliseconds) =>
      runLeaseScript(leaseScripts.acquire, name, owner, ttlMilliseconds),
    renewLease: (name, owner, ttlMilliseconds) =>
      runLeaseScript(leaseScripts.renew, name, owner, ttlMilliseconds),
    releaseLease: (name, owner) => runLeaseScript(leaseScripts.release, name, owner),
    async close() {
      if (!ownsClient || client.status === 'end') return;
      if (client.status === 'ready') {
        try {
          await client.quit();
          return;
        } catch {
          // Redis stopped answering: drop the connection instead.
        }
      }
      client.disconnect();
    },
  };
}

function openClient(url: string | undefined, commandTimeoutMilliseconds: number): Redis {
  const settings = failFastRedisOptions(commandTimeoutMilliseconds);
  const client = url === undefined ? new Redis(settings) : new Redis(url, settings);
  // Connection failures reject the pending commands; without a listener ioredis would also print them.
  client.on('error', () => {});
  return client;
}

/** A TTL as Redis wants it: whole, positive milliseconds. */
function ttlOf(ttl: number): number {
  return wholeMilliseconds('ttlMilliseconds', ttl);
}
