import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpRequest } from './http-request.js';
import type { TransportContext } from './transport-context.js';

/**
 * The bookkeeping of one `transport.request()` call: the transport's settings, the request, its URL,
 * the current attempt and when it started. The redacted URL is computed only when a log entry or an
 * error needs it.
 *
 * @example
 * ```ts
 * const call = new TransportCall(context, request, url);
 * call.log({ event: 'request', method: request.method, url: call.redactedUrl, attempt: 1 });
 * ```
 */
export class TransportCall {
  /** The settings of the transport the request goes through. */
  readonly context: TransportContext;
  /** The request as the caller gave it. */
  readonly request: HttpRequest<unknown>;
  /** The request URL, or `undefined` when the request is unusable. */
  readonly url: URL | undefined;
  /** When the request started (`performance.now()`), for the duration of a final `error` entry. */
  readonly startedAt: number = performance.now();
  /** The current attempt, starting at 1; 0 until the first one is sent. */
  attempt = 0;
  /** When the current attempt started (`performance.now()`). */
  attemptStartedAt = 0;
  #redactedUrl: string | undefined;

  /**
   * Starts the bookkeeping of one request.
   *
   * @example
   * ```ts
   * const call = new TransportCall(context, request, buildRequestUrl(context.baseUrl, request.path));
   * ```
   */
  constructor(context: TransportContext, request: HttpRequest<unknown>, url: URL | undefined) {
    this.context = context;
    this.request = request;
    this.url = url;
  }

  /** The full URL with every registered secret replaced by `***`. */
  get redactedUrl(): string {
    if (this.#redactedUrl === undefined) {
      const href = this.url?.href ?? `${hostUrlOf(this.context, this.request)}/${String(this.request.path)}`;
      this.#redactedUrl = this.context.redactor.redact(href);
    }
    return this.#redactedUrl;
  }

  /**
   * Reports an entry to `onLog`; builds nothing when nobody listens.
   *
   * @example
   * ```ts
   * call.log(() => ({ event: 'request', method: 'GET', url: call.redactedUrl, attempt: call.attempt }));
   * ```
   */
  log(entry: () => Omit<HttpLogEntry, 'provider'>): void {
    this.context.log?.(entry());
  }
}

/**
 * The base URL a request goes to: the media host for `host: 'media'`, else the API host.
 *
 * @example
 * ```ts
 * hostUrlOf(context, { method: 'POST', path: 'upload', host: 'media' }); // context.mediaUrl
 * ```
 */
export function hostUrlOf(context: TransportContext, request: HttpRequest<unknown>): string {
  return request.host === 'media' ? context.mediaUrl : context.baseUrl;
}
