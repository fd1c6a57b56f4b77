import type { HttpExchange } from './http-exchange.js';

/**
 * The portable {@link HttpExchange}: one `fetch` call with a `Request` carrying the attempt's signal,
 * then the whole body read once (no second `Response` is built), so the attempt's timeout and abort
 * cover slow or stalled bodies too. The fetch is looked up on every call, so interceptors that patch
 * `globalThis.fetch` after import still apply.
 *
 * @example
 * ```ts
 * const exchange = createFetchExchange(() => options.fetch ?? globalThis.fetch);
 * const { status, body } = await exchange({ url, method: 'GET', headers: {}, body: undefined }, new AttemptSignal());
 * ```
 */
export function createFetchExchange(resolveFetch: () => typeof fetch): HttpExchange {
  return async (request, signal) => {
    const fetchFunction = resolveFetch();
    const response = await fetchFunction(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body ?? null,
        signal: signal.toAbortSignal(),
      }),
    );
    return {
      status: response.status,
      headers: response.headers,
      body: new Uint8Array(await response.arrayBuffer()),
    };
  };
}
