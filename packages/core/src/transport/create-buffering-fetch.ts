const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);

/**
 * Wraps fetch so that each attempt also reads the whole response body. The transport's per-attempt
 * timeout and abort signal then cover slow or stalled bodies too, and a connection dropped mid-body
 * fails the attempt (where the retry policy decides) instead of surfacing later. The fetch is looked
 * up on every call, so interceptors that patch `globalThis.fetch` after import still apply.
 *
 * @example
 * ```ts
 * const bufferingFetch = createBufferingFetch(() => options.fetch);
 * const response = await bufferingFetch('https://example.test/data');
 * ```
 */
export function createBufferingFetch(resolveFetch: () => typeof fetch | undefined): typeof fetch {
  return async (input, init) => {
    const injected = resolveFetch();
    const response =
      injected === undefined ? await globalThis.fetch(input, init) : await injected(input, init);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const body = nullBodyStatuses.has(response.status) || bytes.byteLength === 0 ? null : bytes;
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
