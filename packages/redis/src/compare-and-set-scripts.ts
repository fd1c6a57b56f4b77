/**
 * The Lua scripts behind the Redis store's `replaceIf` and `deleteIf`. Each runs atomically on the server,
 * so nothing can write the key between the comparison and the write. `KEYS[1]` is the key, `ARGV[1]` the
 * expected value; `replace` also takes the new value (`ARGV[2]`) and, optionally, the TTL in
 * milliseconds (`ARGV[3]`). An absent or expired key never matches.
 *
 * @example
 * ```ts
 * const key = 'switchboard:dedup:green-api:1101:ABC';
 * await client.eval(compareAndSetScripts.replace, 1, key, 'processing:7f3a', 'done', 86_400_000);
 * ```
 */
export const compareAndSetScripts = {
  /**
   * Writes `ARGV[2]` (for `ARGV[3]` milliseconds when given, else without expiry) while the value is
   * `ARGV[1]`. Returns 1 when written.
   */
  replace: `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return 0
end
if ARGV[3] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1`,
  /** Deletes the key while its value is `ARGV[1]`. Returns 1 when deleted. */
  delete: `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`,
} as const;
