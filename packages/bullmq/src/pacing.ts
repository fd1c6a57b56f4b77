/**
 * How fast one instance may send: at most `messages` in any window of `intervalMilliseconds`, evenly spaced
 * (one send every `intervalMilliseconds / messages`), across every worker process.
 *
 * @example
 * ```ts
 * const pacing: Pacing = { messages: 20, intervalMilliseconds: 60_000 }; // one every 3 s
 * ```
 */
export interface Pacing {
  /** At most this many go-aheads in any window of the interval (a positive integer). */
  messages: number;
  /** The window length; go-aheads are spaced by it divided by `messages`, rounded up. */
  intervalMilliseconds: number;
}

/**
 * The gap between two sends of a paced instance, in whole milliseconds (rounded up, so never faster).
 *
 * @example
 * pacingSpacingMilliseconds({ messages: 3, intervalMilliseconds: 1000 }); // 334
 */
export function pacingSpacingMilliseconds(pacing: Pacing): number {
  if (!Number.isInteger(pacing.messages) || pacing.messages < 1)
    throw new RangeError('pacing.messages must be a positive integer');
  if (!Number.isFinite(pacing.intervalMilliseconds) || pacing.intervalMilliseconds <= 0)
    throw new RangeError('pacing.intervalMilliseconds must be a positive number');
  return Math.ceil(pacing.intervalMilliseconds / pacing.messages);
}
