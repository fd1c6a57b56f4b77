/**
 * Shared state for receiving: an atomic set-if-absent with expiry (deduplication claims), compare-and-set
 * writes and deletes (a claim renews, completes or gives up only the marker it wrote itself), plain values
 * (cursors of cursor-based providers) and owner-checked leases (only one worker polls an instance at a
 * time). `createMemoryIdempotencyStore()` is the in-process default; `@switchboard/redis` shares the same
 * state between processes. Every method is safe to call concurrently; `setIfAbsent`, `replaceIf`,
 * `deleteIf` and the lease methods must each be atomic (a check and its write with nothing in between, in
 * every process sharing the store).
 *
 * @example
 * ```ts
 * const store: IdempotencyStore = createMemoryIdempotencyStore();
 * if (await store.setIfAbsent('order:42', 60_000)) await fulfil(42); // only the first caller gets true
 * ```
 */
export interface IdempotencyStore {
  /**
   * Sets `key` to `value` (default `'1'`) for `ttlMilliseconds` unless it already exists and has not
   * expired. Atomic: of several concurrent callers with the same key, exactly one gets `true`.
   *
   * @example
   * ```ts
   * const isFirst = await store.setIfAbsent('dedup:green-api:1101:ABC', 600_000);
   * ```
   */
  setIfAbsent(key: string, ttlMilliseconds: number, value?: string): Promise<boolean>;
  /**
   * Reads a value; `null` when the key is absent or expired.
   *
   * @example
   * ```ts
   * const cursor = (await store.get('cursor:whatsgate:session-1')) ?? '0';
   * ```
   */
  get(key: string): Promise<string | null>;
  /**
   * Writes a value, replacing any previous one; without `ttlMilliseconds` it never expires.
   *
   * @example
   * ```ts
   * await store.set('cursor:whatsgate:session-1', '1843');
   * ```
   */
  set(key: string, value: string, ttlMilliseconds?: number): Promise<void>;
  /**
   * Removes a key (no error when it does not exist).
   *
   * @example
   * ```ts
   * await store.delete('dedup:green-api:1101:ABC');
   * ```
   */
  delete(key: string): Promise<void>;
  /**
   * Sets `key` to `value` only while its current value equals `expected` (an absent or expired key never
   * does); with `ttlMilliseconds` the key then expires after it, without it never (as {@link set}).
   * Atomic: the comparison and the write happen with no other write in between, so of several callers
   * expecting the same value exactly one gets `true`. `false` when nothing was written.
   *
   * @example
   * ```ts
   * // Renew my claim, or record it done, only if the marker is still the one I wrote.
   * const key = 'dedup:green-api:1101:ABC';
   * const isStillMine = await store.replaceIf(key, 'processing:7f3a', 'processing:7f3a', 60_000);
   * const isRecorded = await store.replaceIf(key, 'processing:7f3a', 'done', 86_400_000);
   * ```
   */
  replaceIf(key: string, expected: string, value: string, ttlMilliseconds?: number): Promise<boolean>;
  /**
   * Removes `key` only while its current value equals `expected`, atomically; `false` when nothing was
   * removed (absent, expired or another value).
   *
   * @example
   * ```ts
   * await store.deleteIf('dedup:green-api:1101:ABC', 'processing:7f3a'); // leaves another worker's marker
   * ```
   */
  deleteIf(key: string, expected: string): Promise<boolean>;
  /**
   * Takes the lease `name` for `owner` for `ttlMilliseconds` when nobody holds it, it expired, or
   * `owner` already holds it (then it is extended). `true` when `owner` holds it afterwards.
   *
   * @example
   * ```ts
   * if (await store.acquireLease('poll:green-api:1101', 'worker-a', 30_000)) startWork();
   * ```
   */
  acquireLease(name: string, owner: string, ttlMilliseconds: number): Promise<boolean>;
  /**
   * Extends a lease `owner` holds; `false` (and nothing changes) when it expired or another owner has it.
   *
   * @example
   * ```ts
   * if (!(await store.renewLease('poll:green-api:1101', 'worker-a', 30_000))) stopWork();
   * ```
   */
  renewLease(name: string, owner: string, ttlMilliseconds: number): Promise<boolean>;
  /**
   * Gives a lease up so another owner can take it at once; `false` when `owner` did not hold it.
   *
   * @example
   * ```ts
   * await store.releaseLease('poll:green-api:1101', 'worker-a');
   * ```
   */
  releaseLease(name: string, owner: string): Promise<boolean>;
  /**
   * Frees the store's resources (connections, memory). Optional.
   *
   * @example
   * ```ts
   * await store.close?.();
   * ```
   */
  close?(): Promise<void>;
}
