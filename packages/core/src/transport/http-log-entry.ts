import type { MessengerErrorCode } from '../errors/messenger-error-code.js';
import type { HttpMethod } from './http-request.js';

/**
 * What the transport reports to `onLog`. The URL and message are redacted; bodies and headers are
 * never included.
 *
 * - `request`: an attempt is about to be sent.
 * - `response`: an attempt got an HTTP response (any status).
 * - `retry`: an attempt failed and will be repeated after `retryDelayMilliseconds`.
 * - `error`: the request failed for good; `errorCode` says how.
 */
export interface HttpLogEntry {
  /** Which moment of the request this entry describes. */
  event: 'request' | 'response' | 'retry' | 'error';
  /** The provider name given to the transport. */
  provider: string;
  /** The HTTP verb. */
  method: HttpMethod;
  /** The full URL with every registered secret replaced by `***`. */
  url: string;
  /** The attempt this entry is about, starting at 1. */
  attempt: number;
  /** The HTTP status, when there was a response. */
  status?: number;
  /** How long the attempt (`response`) or the whole request (`error`) took. */
  durationMilliseconds?: number;
  /** How long the transport waits before the next attempt (`retry` only). */
  retryDelayMilliseconds?: number;
  /** The error code of a failed request (`error` only). */
  errorCode?: MessengerErrorCode;
  /** A short redacted description of why an attempt is retried or the request failed. */
  message?: string;
}
