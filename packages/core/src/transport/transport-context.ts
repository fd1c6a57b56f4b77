import type { Redactor } from '../redaction/redactor.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpTransportOptions } from './http-transport.js';
import type { RetryPolicy } from './retry-policy.js';

/**
 * The resolved, per-transport settings every request of one {@link HttpTransport} shares.
 *
 * @example
 * ```ts
 * const context: TransportContext = { provider: 'green-api', baseUrl, mediaUrl: baseUrl, timeoutMilliseconds: 30_000,
 *   headers: {}, redactor, policy: new RetryPolicy(), fetch: createBufferingFetch(() => undefined), log: () => {} };
 * ```
 */
export interface TransportContext {
  readonly provider: string;
  readonly baseUrl: string;
  readonly mediaUrl: string;
  readonly timeoutMilliseconds: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly redactor: Redactor;
  readonly policy: RetryPolicy;
  readonly fetch: typeof fetch;
  readonly log: (entry: Omit<HttpLogEntry, 'provider'>) => void;
  readonly detectError?: HttpTransportOptions['detectError'];
}
