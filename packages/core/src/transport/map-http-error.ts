import { MessengerError } from '../errors/messenger-error.js';
import type { MessengerErrorCode } from '../errors/messenger-error-code.js';
import type { Redactor } from '../redaction/redactor.js';
import { extractProviderErrorText } from './extract-provider-error-text.js';
import { findNetworkErrorCode } from './find-network-error-code.js';
import type { HttpMethod } from './http-request.js';
import { sanitizeError } from './sanitize-error.js';

const maximumDetailBodyLength = 2000;

/**
 * What failed, as given to {@link mapHttpError}:
 *
 * - `status`: the provider answered with an error status (its parsed `body` and `Retry-After` wait);
 * - `timeout`: an attempt exceeded the timeout;
 * - `network`: the request failed below HTTP (`cause` is what fetch threw);
 * - `invalid-response`: a successful answer that is not what the API documents (`reason` says why).
 *
 * @example
 * ```ts
 * const failure: HttpFailure = {
 *   kind: 'status', status: 400, body: { message: 'bad request data' },
 *   provider: 'green-api', method: 'POST', path: '/waInstance1101/sendMessage/token', redactor,
 * };
 * ```
 */
export type HttpFailure = {
  /** The provider put on the error. */
  provider: string;
  /** The HTTP verb, shown in the message. */
  method: HttpMethod;
  /** The URL path, shown (redacted) in the message. */
  path: string;
  /** Removes secrets from the message, details and cause. */
  redactor: Redactor;
  /** The underlying error; attached as a sanitised copy. */
  cause?: unknown;
} & (
  | {
      /** The provider answered with an error status. */
      kind: 'status';
      /** The HTTP status code. */
      status: number;
      /** The response body; its error text goes into the message and the body into `details`, both redacted. */
      body?: unknown;
      /** The wait the `Retry-After` header asked for, when present. */
      retryAfterMilliseconds?: number | undefined;
    }
  | {
      /** The request ran out of time. */
      kind: 'timeout';
      /** The timeout that ran out, shown in the message when given. */
      timeoutMilliseconds?: number | undefined;
    }
  | {
      /** The request never got an answer (DNS, connection refused or reset, TLS). */
      kind: 'network';
    }
  | {
      /** The provider answered with success, but not in the shape its API documents. */
      kind: 'invalid-response';
      /** The HTTP status code of that answer. */
      status: number;
      /** What was wrong with the answer, shown (redacted) in the message. */
      reason: string;
    }
);

/**
 * The one place where HTTP failures become {@link MessengerError}s. Status codes: 400 and 413 (and
 * other 4xx) → `invalid-request`, 401/403 → `auth`, 404 → `not-found`, 408 → `timeout`, 429 →
 * `rate-limited` (with `retryAfterMilliseconds`), 466 → `quota-exceeded` (not retryable), 5xx and anything else
 * → `provider`. Timeouts → `timeout`, network failures → `network`, unusable bodies →
 * `invalid-response`. The message reads `POST /waInstance1101/sendMessage/*** failed with 500: …`;
 * message, details and the sanitised `cause` are redacted.
 *
 * @example
 * ```ts
 * const error = mapHttpError({
 *   kind: 'status', status: 429, retryAfterMilliseconds: 2000,
 *   provider: 'green-api', method: 'GET', path: `/waInstance1101/getSettings/${token}`, redactor,
 * });
 * error.code; // 'rate-limited'
 * error.message; // 'GET /waInstance1101/getSettings/*** failed with 429'
 * ```
 */
export function mapHttpError(failure: HttpFailure): MessengerError {
  const { redactor } = failure;
  const label = `${failure.method} ${redactor.redact(failure.path)}`;
  const details: Record<string, unknown> = { method: failure.method, path: redactor.redact(failure.path) };
  const cause = failure.cause === undefined ? undefined : sanitizeError(failure.cause, redactor);
  const common = { provider: failure.provider, cause, details };
  switch (failure.kind) {
    case 'status': {
      // Redacted before it is cut to length, so a secret at the cut leaks no prefix.
      const providerText = extractProviderErrorText(failure.body, redactor);
      if (providerText !== undefined) details.providerMessage = providerText;
      const body = redactBody(failure.body, redactor);
      if (body !== undefined) details.body = body;
      const suffix = providerText === undefined ? '' : `: ${providerText}`;
      return new MessengerError(`${label} failed with ${failure.status}${suffix}`, {
        ...common,
        code: codeForStatus(failure.status),
        status: failure.status,
        retryAfterMilliseconds: failure.retryAfterMilliseconds,
      });
    }
    case 'timeout': {
      const after =
        failure.timeoutMilliseconds === undefined ? '' : ` after ${failure.timeoutMilliseconds} ms`;
      return new MessengerError(`${label} timed out${after}`, { ...common, code: 'timeout' });
    }
    case 'network': {
      const networkCode = findNetworkErrorCode(failure.cause);
      if (networkCode !== undefined) details.networkErrorCode = redactor.redact(networkCode);
      const codeText = networkCode === undefined ? '' : ` (${redactor.redact(networkCode)})`;
      const causeText = cause === undefined ? '' : `: ${cause.message}`;
      return new MessengerError(`${label} failed with a network error${codeText}${causeText}`, {
        ...common,
        code: 'network',
      });
    }
    case 'invalid-response':
      return new MessengerError(
        `${label} returned an invalid response (${failure.status}): ${redactor.redact(failure.reason)}`,
        { ...common, code: 'invalid-response', status: failure.status },
      );
  }
}

function codeForStatus(status: number): MessengerErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limited';
  if (status === 466) return 'quota-exceeded';
  if (status >= 400 && status < 500) return 'invalid-request';
  return 'provider';
}

function redactBody(body: unknown, redactor: Redactor): unknown {
  if (body === undefined || body === null || body instanceof Uint8Array) return undefined;
  const json = JSON.stringify(body);
  if (json === undefined || json.length > maximumDetailBodyLength) return undefined;
  const redacted = redactor.redact(json);
  try {
    return JSON.parse(redacted);
  } catch {
    return redacted;
  }
}
