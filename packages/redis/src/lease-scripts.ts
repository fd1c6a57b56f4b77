import { compareAndSetScripts } from './compare-and-set-scripts.js';

/**
 * The Lua scripts behind the Redis store's leases. Each runs atomically on the server and checks the
 * owner, so a worker can never extend or free a lease another worker holds. `KEYS[1]` is the lease key,
 * `ARGV[1]` the owner, `ARGV[2]` the TTL in milliseconds.
 *
 * @example
 * ```ts
 * await client.eval(leaseScripts.renew, 1, 'switchboard:lease:poll:green-api:1101', 'worker-a', 30_000);
 * ```
 */
export const leaseScripts = {
  /** Takes the lease when it is free or already ours (then extends it). Returns 1 when held. */
  acquire: `
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`,
  /** Extends the lease only when this owner holds it. Returns 1 when extended. */
  renew: `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0`,
  /** Deletes the lease only when this owner holds it (a compare-and-delete). Returns 1 when released. */
  release: compareAndSetScripts.delete,
} as const;
