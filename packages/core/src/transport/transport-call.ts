import { buildRequestUrl } from './build-request-url.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpRequest } from './http-request.js';
import type { TransportContext } from './transport-context.js';

/**
 * The bookkeeping of one `transport.request()` call: the transport's settings, the request, the
 * current attempt and when it started and ended. The URL and its redacted form are computed only when
 * a log entry or an error needs them.
 *
 * @example
 * ```ts
 * const call = new TransportCall(context, request);
 * call.log(() => ({ event: 'error', method: request.method, url: call.redactedUrl, attempt: call.attempt }));
 * ```
 */
export class TransportCall {
  /** The settings of the transport the request goes through. */
  readonly context: TransportContext;
  /** The request as the caller gave it. */
  readonly request: HttpRequest<unknown>;
  /** When the request started (`performance.now()`), for the duration of a final `error` entry. */
  readonly startedAt: number = performance.now();
  /** The current attempt, starting at 1; 0 until the first one is sent. */
  attempt = 0;
  /** When the current attempt started (`performance.now()`). */
  attemptStartedAt = 0;
  /** When the last attempt ended (`performance.now()`), for the wait a `retry` entry reports. */
  attemptEndedAt = 0;
  #url: URL | undefined;
  #redactedUrl: string | undefined;

  constructor(context: TransportContext, request: HttpRequest<unknown>) {
    this.context = context;
    this.request = request;
  }

  /** The request URL (the media host for `host: 'media'`), or `undefined` when it cannot be built. */
  get url(): URL | undefined {
    if (this.#url === undefined) {
      try {
        this.#url = buildRequestUrl(this.hostUrl, String(this.request.path), this.request.searchParams);
      } catch {
        return undefined;
      }
    }
    return this.#url;
  }

  /** The base URL the request goes to: the media host for `host: 'media'`, else the API host. */
  get hostUrl(): string {
    return this.request.host === 'media' ? this.context.mediaUrl : this.context.baseUrl;
  }

  /** The full URL with every registered secret replaced by `***`. */
  get redactedUrl(): string {
    this.#redactedUrl ??= this.context.redactor.redact(
      this.url?.href ?? `${this.hostUrl}/${String(this.request.path)}`,
    );
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
