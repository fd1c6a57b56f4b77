import { type MessengerErrorCode, retryableErrorCodes } from './messenger-error-code.js';

const messengerErrorMarker = Symbol.for('@switchboard/core/messenger-error');

/**
 * Everything a {@link MessengerError} is built from.
 *
 * @example
 * ```ts
 * const options: MessengerErrorOptions = { code: 'not-found', provider: 'green-api', status: 404 };
 * ```
 */
export interface MessengerErrorOptions {
  /** What went wrong, see {@link MessengerErrorCode}. */
  code: MessengerErrorCode;
  /** The provider that failed (`'green-api'`, `'sdkwa'`, `'whatsgate'`, or a third-party name). */
  provider?: string | undefined;
  /** The HTTP status the provider answered with, when there was one. */
  status?: number | undefined;
  /** How long to wait before retrying, in milliseconds (from `Retry-After` or the provider's body). */
  retryAfterMilliseconds?: number | undefined;
  /** Overrides the default of `true` for `rate-limited`, `timeout`, `network` and `provider`. */
  isRetryable?: boolean | undefined;
  /** The underlying error. Adapters redact secrets before attaching it. */
  cause?: unknown;
  /** Provider-specific details safe to show (never secrets), such as the provider's own error name. */
  details?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The one error type of Switchboard: every failure of an adapter, the transport, the registry, the
 * templates or the webhook parsers is a `MessengerError` with a {@link MessengerErrorCode}.
 * Messages never contain secrets. Recognise it with {@link isMessengerError}, which also works when
 * two copies of `@switchboard/core` are installed.
 *
 * @example
 * ```ts
 * throw new MessengerError('Instance 1101000001 is not authorized', {
 *   code: 'session-not-ready',
 *   provider: 'green-api',
 *   status: 400,
 * });
 * ```
 */
export class MessengerError extends Error {
  /** What went wrong. */
  readonly code: MessengerErrorCode;
  /** The provider that failed, when the error came from one. */
  readonly provider: string | undefined;
  /** The HTTP status, when the provider answered. */
  readonly status: number | undefined;
  /** Milliseconds to wait before a retry, when known. */
  readonly retryAfterMilliseconds: number | undefined;
  /** Whether repeating the same request later can succeed. */
  readonly isRetryable: boolean;
  /** Provider-specific details that are safe to log. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /** @internal marker that survives duplicate installs. */
  readonly [messengerErrorMarker] = true;

  constructor(message: string, options: MessengerErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MessengerError';
    this.code = options.code;
    this.provider = options.provider;
    this.status = options.status;
    this.retryAfterMilliseconds = options.retryAfterMilliseconds;
    this.isRetryable = options.isRetryable ?? retryableErrorCodes.has(options.code);
    this.details = options.details;
  }
}

/**
 * Tells whether a value is a {@link MessengerError}, also when it was created by another copy of
 * `@switchboard/core` (it checks a `Symbol.for` marker, not the class identity).
 *
 * @example
 * ```ts
 * try {
 *   await messenger.groups.create({ name: 'Team', participants: [] });
 * } catch (error) {
 *   if (isMessengerError(error, 'unsupported')) console.warn(error.message);
 *   else throw error;
 * }
 * ```
 */
export function isMessengerError(value: unknown, code?: MessengerErrorCode): value is MessengerError {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as Record<symbol, unknown>)[messengerErrorMarker] !== true) return false;
  return code === undefined || (value as MessengerError).code === code;
}
