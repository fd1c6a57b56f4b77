/**
 * `@switchboard/redis`: an `IdempotencyStore` on Redis so several Switchboard processes share
 * deduplication, cursors and per-instance polling leases.
 *
 * @example
 * ```ts
 * import { createRedisIdempotencyStore } from '@switchboard/redis';
 *
 * const store = createRedisIdempotencyStore({ url: process.env.REDIS_URL, keyPrefix: 'shop:' });
 * ```
 * @packageDocumentation
 */
export * from './create-redis-idempotency-store.js';
export { failFastRedisOptions } from './fail-fast-redis-options.js';
export * from './lease-scripts.js';
