/**
 * What went wrong, independent of the provider. Every {@link MessengerError} carries one.
 *
 * - `auth`: the credentials were rejected (wrong token, API key or webhook secret).
 * - `not-found`: the instance, session, chat, group or message does not exist.
 * - `invalid-request`: the caller's input (config, arguments, templates) is wrong.
 * - `rate-limited`: the provider asked to slow down (HTTP 429); see `retryAfterMilliseconds`.
 * - `quota-exceeded`: the plan's quota is used up (GREEN-API HTTP 466); retrying does not help.
 * - `session-not-ready`: the account is not authorized or still starting.
 * - `unsupported`: the provider or network cannot do this operation.
 * - `timeout`: the request took longer than the configured timeout.
 * - `network`: the request failed below HTTP (connection refused, reset, DNS).
 * - `invalid-response`: the provider answered with something that is not what its API documents.
 * - `provider`: the provider failed (5xx) or reported an error it does not classify further.
 *
 * @example
 * ```ts
 * import { isMessengerError } from '@switchboard/core';
 *
 * try {
 *   await messenger.sendText('79001234567@c.us', 'Hello');
 * } catch (error) {
 *   if (isMessengerError(error) && error.code === 'rate-limited') await sleep(error.retryAfterMilliseconds ?? 1000);
 * }
 * ```
 */
export type MessengerErrorCode =
  | 'auth'
  | 'not-found'
  | 'invalid-request'
  | 'rate-limited'
  | 'quota-exceeded'
  | 'session-not-ready'
  | 'unsupported'
  | 'timeout'
  | 'network'
  | 'invalid-response'
  | 'provider';

/** The codes for which repeating the same request later can succeed. */
export const retryableErrorCodes: ReadonlySet<MessengerErrorCode> = new Set<MessengerErrorCode>([
  'rate-limited',
  'timeout',
  'network',
  'provider',
]);
