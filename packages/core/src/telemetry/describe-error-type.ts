import { isMessengerError } from '../errors/messenger-error.js';

/**
 * The `error.type` of a failure: the `MessengerError` code (`rate-limited`, `timeout`, `network`, …),
 * `aborted` when the caller's signal aborted, else `_OTHER` (never the message, which may name a chat).
 *
 * @example
 * ```ts
 * describeErrorType(error, request.signal); // 'rate-limited'
 * ```
 */
export function describeErrorType(error: unknown, signal?: AbortSignal): string {
  if (isMessengerError(error)) return error.code;
  if (signal?.aborted === true) return 'aborted';
  return '_OTHER';
}
