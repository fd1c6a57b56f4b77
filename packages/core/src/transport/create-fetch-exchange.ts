import { freshConnectionClient } from './fresh-connection-client.js';
import type { HttpExchange } from './http-exchange.js';
import { isIdempotentMethod } from './retry-policy.js';

/**
 * The portable {@link HttpExchange}: one `fetch` call carrying the attempt's signal, then the whole
 * body read once (no second `Response` is built), so the attempt's timeout and abort cover slow or
 * stalled bodies too. An injected fetch is called with one `Request` (as fetch wrappers such as ky
 * call it, so fetches written for them keep working); the global fetch with the URL and
 * `RequestInit`, which spares building a `Request` that fetch would copy again. The fetch is looked
 * up on every call, so interceptors that patch `globalThis.fetch` after import still apply. On Deno,
 * requests that are not idempotent go out on a fresh connection (see {@link freshConnectionClient}),
 * so Deno's fetch cannot send them twice.
 *
 * @example
 * ```ts
 * const exchange = createFetchExchange(() => options.fetch);
 * const { status, body } = await exchange({ url, method: 'GET', headers: {}, body: undefined }, new AttemptSignal());
 * ```
 */
export function createFetchExchange(resolveFetch: () => typeof fetch | undefined): HttpExchange {
  return async (request, signal) => {
    const injected = resolveFetch();
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: signal.toAbortSignal(),
    };
    if (injected === undefined && !isIdempotentMethod(request.method)) {
      const client = freshConnectionClient();
      if (client !== undefined) Object.assign(init, { client });
    }
    const response =
      injected === undefined
        ? await globalThis.fetch(request.url, init)
        : await injected(new Request(request.url, init));
    return {
      status: response.status,
      headers: response.headers,
      body: new Uint8Array(await response.arrayBuffer()),
    };
  };
}
