/**
 * Shared state for receiving: an atomic set-if-absent with expiry (deduplication claims), compare-and-set
 * writes and deletes (a claim renews, completes or gives up only the marker it wrote itself), plain values
 * (cursors of cursor-based providers) and owner-checked leases (only one worker polls an instance at a
 * time). `createMemoryIdempotencyStore()` is the in-process default; `@switchboard/redis` shares the same
 * state between processes. Every method is safe to call concurrently; `setIfAbsent`, `replaceIf`,
 * `deleteIf` and the lease methods must each be atomic (a check and its write with nothing in between, in
 * every process sharing the store).
 */
export interface IdempotencyStore {
  /**
   * Sets `key` to `value` (default `'1'`) for `ttlMilliseconds` unless it already exists and has not
   * expired. Atomic: of several concurrent callers with the same key, exactly one gets `true`.
   */
  setIfAbsent(key: string, ttlMilliseconds: number, value?: string): Promise<boolean>;
  /** Reads a value; `null` when the key is absent or expired. */
  get(key: string): Promise<string | null>;
  /** Writes a value, replacing any previous one; without `ttlMilliseconds` it never expires. */
  set(key: string, value: string, ttlMilliseconds?: number): Promise<void>;
  /** Removes a key (no error when it does not exist). */
  delete(key: string): Promise<void>;
  /**
   * Sets `key` to `value` only while its current value equals `expected` (an absent or expired key never
   * does); with `ttlMilliseconds` the key then expires after it, without it never (as {@link set}).
   * Atomic: the comparison and the write happen with no other write in between, so of several callers
   * expecting the same value exactly one gets `true`. `false` when nothing was written.
   */
  replaceIf(key: string, expected: string, value: string, ttlMilliseconds?: number): Promise<boolean>;
  /**
   * Removes `key` only while its current value equals `expected`, atomically; `false` when nothing was
   * removed (absent, expired or another value).
   */
  deleteIf(key: string, expected: string): Promise<boolean>;
  /**
   * Takes the lease `name` for `owner` for `ttlMilliseconds` when nobody holds it, it expired, or
   * `owner` already holds it (then it is extended). `true` when `owner` holds it afterwards.
   */
  acquireLease(name: string, owner: string, ttlMilliseconds: number): Promise<boolean>;
  /** Extends a lease `owner` holds; `false` (and nothing changes) when it expired or another owner has it. */
  renewLease(name: string, owner: string, ttlMilliseconds: number): Promise<boolean>;
  /** Gives a lease up so another owner can take it at once; `false` when `owner` did not hold it. */
  releaseLease(name: string, owner: string): Promise<boolean>;
  /** Frees the store's resources (connections, memory). Optional. */
  close?(): Promise<void>;
}
