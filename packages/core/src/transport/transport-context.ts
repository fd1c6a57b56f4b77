import type { KyInstance, RetryOptions } from 'ky';
import type { Redactor } from '../redaction/redactor.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpTransportOptions } from './http-transport.js';

/**
 * The resolved, per-transport settings every request of one {@link HttpTransport} shares, computed
 * once when the transport is created: among them the transport's one ky instance.
 *
 * @example
 * ```ts
 * const response = await context.client.post('sendMessage/token', { json, retry: context.sendRetry });
 * ```
 */
export interface TransportContext {
  readonly provider: string;
  readonly baseUrl: string;
  readonly mediaUrl: string;
  /** The per-attempt timeout of requests that set none. */
  readonly timeoutMilliseconds: number;
  readonly redactor: Redactor;
  /** The transport's ky instance (prefix URL, timeout, headers, fetch and hooks set). */
  readonly client: KyInstance;
  /** ky's retry options of idempotent requests. */
  readonly readRetry: RetryOptions;
  /** ky's retry options of requests that must not be sent twice. */
  readonly sendRetry: RetryOptions;
  /** Why the transport's own headers cannot be sent (every request then fails), if they cannot. */
  readonly headerProblem: string | undefined;
  /** Reports a log entry; `undefined` when nobody listens, so no entry is built. */
  readonly log: ((entry: Omit<HttpLogEntry, 'provider'>) => void) | undefined;
  readonly detectError?: HttpTransportOptions['detectError'];
}
