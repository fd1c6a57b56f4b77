import type { MessengerError } from '../errors/messenger-error.js';
import type { Redactor } from '../redaction/redactor.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpMethod, HttpRequest } from './http-request.js';

/**
 * How the transport retries. Delays grow exponentially from `baseDelayMilliseconds` (with jitter) up
 * to `backoffLimitMilliseconds`; a `Retry-After` header replaces the computed delay, and one longer
 * than `maxRetryAfterMilliseconds` stops retrying (the error carries `retryAfterMilliseconds`).
 *
 * @example
 * ```ts
 * const retry: HttpRetryOptions = { limit: 3, baseDelayMilliseconds: 1000, maxRetryAfterMilliseconds: 30_000 };
 * ```
 */
export interface HttpRetryOptions {
  /** Retries after the first attempt; default 2. */
  limit?: number;
  /** The longest `Retry-After` the transport waits for; default 60 000. */
  maxRetryAfterMilliseconds?: number;
  /** The longest computed backoff delay; default 10 000. */
  backoffLimitMilliseconds?: number;
  /** The delay before the first retry, doubled for each further one; default 300. */
  baseDelayMilliseconds?: number;
}

/**
 * What an `HttpTransportOptions.detectError` hook sees: the final response with its parsed body.
 *
 * @example
 * ```ts
 * const input: HttpErrorDetectorInput = { status: 200, body: 'Error: item-not-found', path: '/waInstance1/getGroupData/***', method: 'POST' };
 * ```
 */
export interface HttpErrorDetectorInput {
  /** The HTTP status. */
  status: number;
  /** The parsed body (JSON, else text; bytes for a successful `'bytes'` request). */
  body: unknown;
  /** The redacted URL path. */
  path: string;
  /** The HTTP verb. */
  method: HttpMethod;
}

/**
 * Options of {@link createHttpTransport}. They are validated strictly: an unknown or mistyped option
 * throws an `invalid-request` error naming it.
 *
 * @example
 * ```ts
 * const options: HttpTransportOptions = {
 *   provider: 'sdkwa',
 *   baseUrl: 'https://api.sdkwa.pro/whatsapp/1101',
 *   headers: { Authorization: `Bearer ${apiTokenInstance}` },
 * };
 * ```
 */
export interface HttpTransportOptions {
  /** The provider name put on every error and log entry. */
  provider: string;
  /** The instance's API base URL, e.g. `https://1101.api.green-api.com` (a path such as `/v3` is kept). */
  baseUrl: string;
  /** The instance's upload host; defaults to `baseUrl`. */
  mediaUrl?: string | undefined;
  /** Timeout of each attempt, response body included; default 30 000. */
  timeoutMilliseconds?: number | undefined;
  /**
   * The longest answer read, in bytes, enforced while it streams (a longer one fails with
   * `invalid-response` and is not retried); default 157,286,400 (150 MiB: a 100 MB file, base64, in JSON).
   */
  maxResponseBytes?: number | undefined;
  /** Retry settings, or `false` for a single attempt. */
  retry?: HttpRetryOptions | false | undefined;
  /**
   * The fetch ky sends through; by default `globalThis.fetch`, read on every request (so test
   * interceptors apply). It is called with one `Request` per attempt.
   */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request. Values of credential headers are registered in the redactor. */
  headers?: Record<string, string> | undefined;
  /** Removes secrets from every error message, cause and log line; a new empty one by default. */
  redactor?: Redactor | undefined;
  /** Receives one redacted entry per request, response, retry and final error. Exceptions it throws are ignored. */
  onLog?: ((entry: HttpLogEntry) => void) | undefined;
  /**
   * Inspects every final response (success or error status) and returns an error to throw instead,
   * for providers that report errors with HTTP 200 or in their own body format.
   */
  detectError?: ((response: HttpErrorDetectorInput) => MessengerError | undefined) | undefined;
}

/**
 * The HTTP client every adapter builds on. One per messenger instance.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ provider: 'green-api', baseUrl: apiUrl, redactor });
 * const settings = await transport.request({ method: 'GET', path: `waInstance${id}/getSettings/${token}` });
 * ```
 */
export interface HttpTransport {
  /**
   * Sends one request (retrying as configured) and resolves with its parsed body, or rejects with a
   * redacted `MessengerError` (or the caller's abort reason).
   *
   * @example
   * ```ts
   * const state = await transport.request({ method: 'GET', path: `waInstance${id}/getStateInstance/${token}`, schema });
   * ```
   */
  request<Output = unknown>(request: HttpRequest<Output>): Promise<Output>;
  /** The redactor used for every message and log line; adapters register further secrets in it. */
  readonly redactor: Redactor;
  /** Whether a send (a request that is not idempotent) is retried by the transport itself; `false` with `retry: false`. */
  readonly retriesSends?: boolean | undefined;
}
