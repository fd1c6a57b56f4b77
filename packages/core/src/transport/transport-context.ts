import type { Redactor } from '../redaction/redactor.js';
import type { HttpExchange } from './http-exchange.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpTransportOptions } from './http-transport.js';
import type { RetryPolicy } from './retry-policy.js';
import type { TransportHeaders } from './transport-headers.js';

/**
 * The resolved, per-transport settings every request of one {@link HttpTransport} shares, computed
 * once when the transport is created.
 *
 * @example
 * ```ts
 * const context: TransportContext = { provider: 'green-api', baseUrl, mediaUrl: baseUrl, timeoutMilliseconds: 30_000,
 *   headers: new TransportHeaders({}), redactor, policy: new RetryPolicy(),
 *   exchange: createFetchExchange(() => globalThis.fetch), log: undefined };
 * ```
 */
export interface TransportContext {
  readonly provider: string;
  readonly baseUrl: string;
  readonly mediaUrl: string;
  readonly timeoutMilliseconds: number;
  readonly headers: TransportHeaders;
  readonly redactor: Redactor;
  readonly policy: RetryPolicy;
  readonly exchange: HttpExchange;
  /** Reports a log entry; `undefined` when nobody listens, so no entry is built. */
  readonly log: ((entry: Omit<HttpLogEntry, 'provider'>) => void) | undefined;
  readonly detectError?: HttpTransportOptions['detectError'];
}
