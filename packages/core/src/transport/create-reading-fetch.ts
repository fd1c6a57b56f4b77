import { rememberAnswerBytes } from './answer-bytes.js';
import { freshConnectionClient } from './fresh-connection-client.js';
import type { HttpMethod } from './http-request.js';
import { isIdempotentMethod } from './is-idempotent-method.js';
import { readCappedBody } from './read-capped-body.js';

/**
 * What {@link createReadingFetch} needs: the injected fetch (the global one, read on every call,
 * when `undefined`), the size cap, and an observer told when each attempt ends.
 *
 * @example
 * ```ts
 * const settings: ReadingFetchSettings = { fetch: undefined, maxResponseBytes: 16_777_216 };
 * ```
 */
export interface ReadingFetchSettings {
  readonly fetch: typeof fetch | undefined;
  readonly maxResponseBytes: number;
  /** Called when an attempt ends: with the status once the answer is read, with `undefined` when it failed. */
  readonly observe?: ((request: Request, status: number | undefined) => void) | undefined;
}

/** The per-request init key that narrows the size cap (an option ky hands on to `fetch` untouched). */
export const maxResponseBytesKey = 'maxResponseBytes';

/** The per-request init key that, set to `false`, keeps the reading fetch from asking for JSON. */
export const jsonAcceptKey = 'acceptsJson';

/**
 * The `fetch` handed to ky: it calls the injected fetch (or `globalThis.fetch`, looked up on every
 * call so interceptors that patch it later still apply) and reads the answer's body whole before
 * resolving, so ky's per-attempt timeout covers the body too, and an answer longer than the cap is
 * refused while it streams. The bytes are kept for {@link answerBytes}. On Deno, requests that are not
 * idempotent go out on a fresh connection ({@link freshConnectionClient}).
 *
 * @example
 * ```ts
 * const client = ky.create({ fetch: createReadingFetch({ fetch: undefined, maxResponseBytes: 16_777_216 }) });
 * ```
 */
export function createReadingFetch(settings: ReadingFetchSettings): typeof fetch {
  const readingFetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const { observe } = settings;
    let maxBytes = settings.maxResponseBytes;
    let fetchInit = init;
    let acceptsJson = true;
    if (init !== undefined && (maxResponseBytesKey in init || jsonAcceptKey in init)) {
      const {
        [maxResponseBytesKey]: requested,
        [jsonAcceptKey]: wantsJson,
        ...rest
      } = init as RequestInit & { maxResponseBytes?: number; acceptsJson?: boolean };
      if (requested !== undefined) maxBytes = requested;
      acceptsJson = wantsJson !== false;
      fetchInit = rest;
    }
    // Set here rather than as a ky default header: ky merges default headers into new Headers twice per request.
    if (acceptsJson && !request.headers.has('accept')) request.headers.set('accept', 'application/json');
    try {
      let response: Response;
      if (settings.fetch !== undefined) response = await settings.fetch(request, fetchInit);
      else {
        const client = isIdempotentMethod(request.method as HttpMethod) ? undefined : freshConnectionClient();
        if (client !== undefined) fetchInit = { ...fetchInit, client } as RequestInit;
        response = await globalThis.fetch(request, fetchInit);
      }
      rememberAnswerBytes(response, await readCappedBody(response, maxBytes));
      observe?.(request, response.status);
      return response;
    } catch (error) {
      observe?.(request, undefined);
      throw error;
    }
  };
  return readingFetch as typeof fetch;
}
