import type { AttemptSignal } from './attempt-signal.js';
import type { HttpMethod } from './http-request.js';

/**
 * One attempt as the transport hands it to an {@link HttpExchange}: the full URL, the verb, the
 * merged headers (lower-case names; never mutated) and the body (`json` already serialised).
 *
 * @example
 * ```ts
 * const request: HttpExchangeRequest = {
 *   url: 'https://1101.api.green-api.com/waInstance1101/sendMessage/token',
 *   method: 'POST',
 *   headers: { accept: 'application/json', 'content-type': 'application/json' },
 *   body: '{"chatId":"79001234567@c.us","message":"Hello"}',
 * };
 * ```
 */
export interface HttpExchangeRequest {
  readonly url: string;
  readonly method: HttpMethod;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: BodyInit | undefined;
}

/**
 * What an {@link HttpExchange} resolves with: the status, a header lookup and the whole body, read
 * before the promise settles (so the attempt's timeout and abort cover the body too).
 *
 * @example
 * ```ts
 * const response: HttpExchangeResponse = { status: 200, headers: new Headers(), body: new Uint8Array() };
 * ```
 */
export interface HttpExchangeResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** The decoded body bytes; empty when there is none. A plain `Uint8Array`, never a `Buffer`. */
  readonly body: Uint8Array;
}

/**
 * Sends one attempt and reads its whole answer. It rejects when the attempt's signal aborts (with
 * any error; the transport decides what the abort meant) and, for a failure below HTTP, with what
 * `fetch` would throw (`TypeError('fetch failed')` with the system error as `cause`).
 *
 * @example
 * ```ts
 * const exchange: HttpExchange = async (request, signal) => {
 *   const response = await fetch(request.url, { ...request, signal: signal.toAbortSignal() });
 *   return { status: response.status, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
 * };
 * ```
 */
export type HttpExchange = (
  request: HttpExchangeRequest,
  signal: AttemptSignal,
) => Promise<HttpExchangeResponse>;

/**
 * The key under which a `fetch` function may carry a faster {@link HttpExchange} of its own (the
 * keep-alive fetch of `@switchboard/core/node` does). The transport then sends through it instead of
 * building WHATWG `Request`/`Response` objects. A registered symbol, so duplicate installs agree.
 *
 * @example
 * ```ts
 * const exchange = (options.fetch as { [httpExchangeKey]?: HttpExchange })[httpExchangeKey];
 * ```
 */
export const httpExchangeKey: unique symbol = Symbol.for('@switchboard/core.httpExchange');

/**
 * The {@link HttpExchange} a `fetch` function carries under {@link httpExchangeKey}, if any.
 *
 * @example
 * ```ts
 * findHttpExchange(createKeepAliveFetch()); // the keep-alive fetch's undici exchange
 * findHttpExchange(globalThis.fetch); // undefined
 * ```
 */
export function findHttpExchange(fetchFunction: typeof fetch | undefined): HttpExchange | undefined {
  if (typeof fetchFunction !== 'function') return undefined;
  const exchange = (fetchFunction as { [httpExchangeKey]?: unknown })[httpExchangeKey];
  return typeof exchange === 'function' ? (exchange as HttpExchange) : undefined;
}
