import type { EventEmitter } from 'node:events';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import type { AttemptSignal } from '../attempt-signal.js';
import type { HttpExchange, HttpExchangeRequest } from '../http-exchange.js';
import { decodeContentEncoding } from './decode-content-encoding.js';
import { fetchFailed } from './fetch-failed.js';
import { nullBodyStatuses } from './null-body-statuses.js';
import { defaultRequestHeaders, readRequestParts } from './read-request-parts.js';
import { sendFollowingRedirects, type UndiciCall } from './send-following-redirects.js';

const textType = { 'content-type': 'text/plain;charset=UTF-8' };

/**
 * The transport's fast path on Node: sends an attempt with `undici.request` through the dispatcher
 * (following redirects as fetch does, see {@link sendFollowingRedirects}) and reads the whole answer
 * into bytes, with no WHATWG `Request`, `Response`, `Headers` or web stream in between. It behaves
 * like the keep-alive fetch built on the same dispatcher: the same
 * default headers (`accept: *\/*`, `accept-encoding: gzip, br`, `user-agent: node`), `text/plain`
 * for string bodies, multipart for `FormData`, decoded gzip/br/deflate bodies, and
 * `TypeError('fetch failed')` with the system error as `cause` for a failure below HTTP. The
 * attempt's signal goes to undici as it is (an `EventEmitter`-shaped signal, cheaper than an
 * `AbortSignal`); a caller's own dispatcher gets a real `AbortSignal` (`ownDispatcher: false`), in
 * case it passes the signal on to an API that needs one (HTTP/2, proxies).
 *
 * @example
 * ```ts
 * const exchange = createUndiciExchange(new Agent(), { ownDispatcher: true, maxRedirections: 20, isClosed: () => false });
 * const { status, body } = await exchange({ url, method: 'GET', headers: {}, body: undefined }, new AttemptSignal());
 * ```
 */
export function createUndiciExchange(
  dispatcher: Dispatcher,
  options: { ownDispatcher: boolean; maxRedirections: number; isClosed: () => boolean },
): HttpExchange {
  const { maxRedirections } = options;
  const toUndiciSignal = options.ownDispatcher
    ? (signal: AttemptSignal) => signal as unknown as EventEmitter
    : (signal: AttemptSignal) => signal.toAbortSignal();
  return async (request, signal) => {
    if (options.isClosed()) throw fetchFailed(new Error('this keep-alive fetch was closed'));
    const encoded = encodeRequest(request);
    const call = encoded instanceof Promise ? await encoded : encoded;
    let data: Dispatcher.ResponseData;
    try {
      data = await sendFollowingRedirects(call, {
        dispatcher,
        signal: toUndiciSignal(signal),
        maxRedirections,
      });
    } catch (error) {
      signal.throwIfAborted();
      throw fetchFailed(error);
    }
    try {
      const bytes = await readBody(data);
      return { status: data.statusCode, headers: new ResponseHeaders(data.headers), body: bytes };
    } catch (error) {
      data.body.destroy();
      signal.throwIfAborted();
      throw fetchFailed(error);
    }
  };
}

/** `get()` over undici's lower-case header record (repeated headers joined with `, `, as `Headers` does). */
class ResponseHeaders {
  readonly #headers: Dispatcher.ResponseData['headers'];

  constructor(headers: Dispatcher.ResponseData['headers']) {
    this.#headers = headers;
  }

  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

/** What undici sends; only `FormData`, `Blob` and the like need an async encoding. */
function encodeRequest(request: HttpExchangeRequest): UndiciCall | Promise<UndiciCall> {
  const { url, method, body } = request;
  if (body === undefined || body === null || body instanceof Uint8Array) {
    return { url, method, headers: { ...defaultRequestHeaders, ...request.headers }, body: body ?? null };
  }
  if (typeof body === 'string') {
    return { url, method, headers: { ...defaultRequestHeaders, ...textType, ...request.headers }, body };
  }
  return encodeOtherBody(request, body);
}

/** `FormData`, `Blob`, `URLSearchParams`, `ArrayBuffer`: encoded (and typed) as fetch encodes them. */
async function encodeOtherBody(request: HttpExchangeRequest, body: BodyInit): Promise<UndiciCall> {
  const { url, method } = request;
  const parts = await readRequestParts(new Request(url, { method, body }));
  return { url, method, headers: { ...parts.headers, ...request.headers }, body: parts.body };
}

async function readBody(data: Dispatcher.ResponseData): Promise<Uint8Array> {
  if (nullBodyStatuses.has(data.statusCode)) {
    data.body.dump().catch(() => undefined);
    return new Uint8Array(0);
  }
  const encoding = data.headers['content-encoding'];
  if (encoding === undefined) return data.body.bytes();
  const text = Array.isArray(encoding) ? encoding.join(', ') : encoding;
  return collect(decodeContentEncoding(data.body as Readable, text));
}

async function collect(stream: Readable): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
