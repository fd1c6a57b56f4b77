import type { IdempotencyStore } from './idempotency-store.js';
import { requirePositiveNumber } from './require-positive-number.js';

/** Options of {@link createMemoryIdempotencyStore}. */
export interface MemoryIdempotencyStoreOptions {
  /**
   * The most keys kept at once (default 100,000), counting every key written with `setIfAbsent`, `set`
   * or `replaceIf`, with or without a TTL; leases are not counted. When a write goes past it, expired keys
   * are dropped first, then the oldest keys with a TTL, down to 90% of the bound, so memory stays bounded;
   * a dropped dedup key can let a very late duplicate through. Two kinds of key are never dropped: keys
   * set without a TTL (cursors), and the key just written — so `setIfAbsent` keeps deduplicating even
   * with a bound of 1 or one filled with cursors, and cursors alone can take the store past the bound.
   */
  maximumEntries?: number;
}

interface Entry {
  value: string;
  /** Unix milliseconds, or `undefined` for a key that never expires. */
  expiresAt: number | undefined;
}

interface Lease {
  owner: string;
  expiresAt: number;
}

/**
 * The default {@link IdempotencyStore}: state in this process's memory, with expiry and a bounded number
 * of entries. Operations are atomic because they run synchronously inside one event loop. It does not
 * share anything between processes; use `@switchboard/redis` for that.
 *
 * @example
 * ```ts
 * const store = createMemoryIdempotencyStore({ maximumEntries: 10_000 });
 * await store.setIfAbsent('a', 1000); // true
 * await store.setIfAbsent('a', 1000); // false until it expires
 * ```
 */
export function createMemoryIdempotencyStore(options: MemoryIdempotencyStoreOptions = {}): IdempotencyStore {
  const maximumEntries = requirePositiveNumber('maximumEntries', options.maximumEntries ?? 100_000, {
    integer: true,
  });
  const entries = new Map<string, Entry>();
  const leases = new Map<string, Lease>();

  const isLive = (expiresAt: number | undefined, now: number) => expiresAt === undefined || expiresAt > now;

  const read = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (isLive(entry.expiresAt, Date.now())) return entry;
    entries.delete(key);
    return undefined;
  };

  const write = (key: string, value: string, ttlMilliseconds: number | undefined) => {
    const expiresAt = ttlMilliseconds === undefined ? undefined : Date.now() + ttlMilliseconds;
    entries.delete(key);
    entries.set(key, { value, expiresAt });
    if (entries.size > maximumEntries) evict(key);
  };

  /** Drops expired keys, then the oldest expiring ones, down to 90% of the bound; never `writtenKey`. */
  const evict = (writtenKey: string) => {
    const now = Date.now();
    for (const [key, entry] of entries) if (!isLive(entry.expiresAt, now)) entries.delete(key);
    const target = Math.floor(maximumEntries * 0.9);
    for (const [key, entry] of entries) {
      if (entries.size <= target) break;
      if (entry.expiresAt !== undefined && key !== writtenKey) entries.delete(key);
    }
  };

  const heldLease = (name: string): Lease | undefined => {
    const lease = leases.get(name);
    if (lease !== undefined && lease.expiresAt > Date.now()) return lease;
    leases.delete(name);
    return undefined;
  };

  return {
    async setIfAbsent(key, ttlMilliseconds, value = '1') {
      requirePositiveNumber('ttlMilliseconds', ttlMilliseconds);
      if (read(key) !== undefined) return false;
      write(key, value, ttlMilliseconds);
      return true;
    },
    async get(key) {
      return read(key)?.value ?? null;
    },
    async set(key, value, ttlMilliseconds) {
      if (ttlMilliseconds !== undefined) requirePositiveNumber('ttlMilliseconds', ttlMilliseconds);
      write(key, value, ttlMilliseconds);
    },
    async delete(key) {
      entries.delete(key);
    },
    async replaceIf(key, expected, value, ttlMilliseconds) {
      if (ttlMilliseconds !== undefined) requirePositiveNumber('ttlMilliseconds', ttlMilliseconds);
      if (read(key)?.value !== expected) return false;
      write(key, value, ttlMilliseconds);
      return true;
    },
    async deleteIf(key, expected) {
      if (read(key)?.value !== expected) return false;
      entries.delete(key);
      return true;
    },
    async acquireLease(name, owner, ttlMilliseconds) {
      requirePositiveNumber('ttlMilliseconds', ttlMilliseconds);
      const lease = heldLease(name);
      if (lease !== undefined && lease.owner !== owner) return false;
      leases.set(name, { owner, expiresAt: Date.now() + ttlMilliseconds });
      return true;
    },
    async renewLease(name, owner, ttlMilliseconds) {
      requirePositiveNumber('ttlMilliseconds', ttlMilliseconds);
      const lease = heldLease(name);
      if (lease === undefined || lease.owner !== owner) return false;
      lease.expiresAt = Date.now() + ttlMilliseconds;
      return true;
    },
    async releaseLease(name, owner) {
      if (heldLease(name)?.owner !== owner) return false;
      leases.delete(name);
      return true;
    },
    async close() {
      entries.clear();
      leases.clear();
    },
  };
}
