import type { Dispatcher } from 'undici';
import { fetchFailed } from './fetch-failed.js';
import type { KeepAliveFetch, KeepAliveFetchOptions } from './keep-alive-fetch-options.js';
import { loadUndici } from './load-undici.js';
import { readRequestParts } from './read-request-parts.js';
import { sendFollowingRedirects } from './send-following-redirects.js';
import { toFetchRequest } from './to-fetch-request.js';
import { toFetchResponse } from './to-fetch-response.js';

const redirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Creates a fast `fetch` for Node: each call goes out through `undici.request` on its own keep-alive
 * `Agent` (pipelining 1 by default), and the answer comes back as a WHATWG `Response`, so fetch callers
 * and the HTTP transport use it as they use the global `fetch`. It takes a `Request` or a URL with
 * `init`, honours `signal` (rejecting with its reason), follows redirects (`redirect: 'follow' | 'manual'
 * | 'error'`), asks for and decodes gzip/br bodies (deflate too) and streams the response body. Network
 * failures reject with `TypeError('fetch failed')` whose `cause` carries the system code (`ECONNREFUSED`,
 * …), as the global fetch does. Request bodies are read into memory before sending (no chunked uploads).
 * Made for Node: import it from `@switchboard/core/node`. On Bun, whose `undici` module is a stub, it
 * returns Bun's own fetch (which keeps connections alive) and ignores the options. undici is loaded by
 * the first call of this function, not by importing `@switchboard/core/node`. The HTTP transport does not
 * call it as a `fetch`: it finds the undici exchange the function carries and sends through the same
 * dispatcher without WHATWG objects.
 *
 * @example
 * ```ts
 * import { createHttpTransport } from '@switchboard/core';
 * import { createKeepAliveFetch } from '@switchboard/core/node';
 *
 * const keepAliveFetch = createKeepAliveFetch({ connections: 64 });
 * const transport = createHttpTransport({ provider: 'green-api', baseUrl, fetch: keepAliveFetch });
 * // on shutdown
 * await keepAliveFetch.close();
 * ```
 */
export function createKeepAliveFetch(options: KeepAliveFetchOptions = {}): KeepAliveFetch {
  const { Agent } = loadUndici();
  if (typeof Agent.prototype.compose !== 'function') {
    // Bun answers `import 'undici'` with a stub without dispatchers; its own fetch keeps connections alive.
    return withClose(
      { closed: false },
      (input, init) => globalThis.fetch(input, init),
      async () => undefined,
    );
  }
  const owned =
    options.dispatcher === undefined
      ? new Agent({
          connections: options.connections ?? null,
          pipelining: options.pipelining ?? 1,
          keepAliveTimeout: options.keepAliveTimeoutMilliseconds ?? 4_000,
          connect: { timeout: options.connectTimeoutMilliseconds ?? 10_000 },
        })
      : undefined;
  const dispatcher = (options.dispatcher ?? owned) as Dispatcher;
  const maxRedirections = options.maxRedirections ?? 20;

  const send = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = toFetchRequest(input, init);
    const { signal } = request;
    signal.throwIfAborted();
    const { headers, body } = await readRequestParts(request);
    let data: Dispatcher.ResponseData;
    try {
      const { url, method } = request;
      data = await sendFollowingRedirects(
        { url, method, headers, body },
        { dispatcher, signal, maxRedirections: request.redirect === 'follow' ? maxRedirections : 0 },
      );
    } catch (error) {
      signal.throwIfAborted();
      throw fetchFailed(error);
    }
    if (request.redirect === 'error' && redirectStatuses.has(data.statusCode)) {
      data.body.dump().catch(() => undefined);
      throw fetchFailed(new Error(`unexpected redirect (HTTP ${data.statusCode}) with redirect: 'error'`));
    }
    try {
      return toFetchResponse(data, request.method);
    } catch (error) {
      data.body.destroy();
      throw fetchFailed(error);
    }
  };
  const state = { closed: false };
  return withClose(state, send, async () => {
    await owned?.close();
  });
}

/** Adds `close()`: later calls reject like a failed fetch, and `closeDispatcher` runs once. */
function withClose(
  state: { closed: boolean },
  send: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  closeDispatcher: () => Promise<void>,
): KeepAliveFetch {
  const keepAliveFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (state.closed) throw fetchFailed(new Error('this keep-alive fetch was closed'));
    return send(input, init);
  };
  return Object.assign(keepAliveFetch, {
    async close(): Promise<void> {
      if (state.closed) return;
      state.closed = true;
      await closeDispatcher();
    },
  });
}
