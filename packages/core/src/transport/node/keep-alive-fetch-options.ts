import type { Dispatcher } from 'undici';

/**
 * Options of {@link createKeepAliveFetch}. Every one is optional; the defaults suit one process
 * talking to a few provider hosts.
 *
 * @example
 * ```ts
 * const options: KeepAliveFetchOptions = { connections: 64, keepAliveTimeoutMilliseconds: 10_000 };
 * ```
 */
export interface KeepAliveFetchOptions {
  /** The most sockets kept per origin; unlimited by default (one per request in flight). */
  connections?: number;
  /** Requests sent on one socket before the previous answer arrives; 1 (no pipelining) by default. */
  pipelining?: number;
  /** How long an idle socket stays open when the server gives no `Keep-Alive` hint; default 4,000 ms. */
  keepAliveTimeoutMilliseconds?: number;
  /** How long establishing a connection (TCP and TLS) may take; default 10,000 ms. */
  connectTimeoutMilliseconds?: number;
  /**
   * Redirects followed for `redirect: 'follow'` requests (the fetch default) and for the HTTP
   * transport; default 20. With 0, a redirect is returned as it is.
   */
  maxRedirections?: number;
  /**
   * An undici dispatcher to send through instead of the built-in keep-alive `Agent` (a `ProxyAgent`,
   * a `MockAgent`, a shared `Agent`). The caller owns it: `close()` leaves it open.
   */
  dispatcher?: Dispatcher;
}

/**
 * A `fetch` that keeps connections alive through its own undici dispatcher, plus `close()` to end
 * them. Pass it as the `fetch` option of the HTTP transport.
 *
 * @example
 * ```ts
 * const keepAliveFetch: KeepAliveFetch = createKeepAliveFetch();
 * const response = await keepAliveFetch('https://api.green-api.com/waInstance1/getStateInstance/token');
 * await keepAliveFetch.close();
 * ```
 */
export interface KeepAliveFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Closes the idle sockets after the requests in flight end; later calls reject. */
  close(): Promise<void>;
}
