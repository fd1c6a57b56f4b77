import type { GenericSchema } from 'valibot';

/**
 * The HTTP verbs the transport sends.
 *
 * @example
 * ```ts
 * const method: HttpMethod = 'POST';
 * ```
 */
export type HttpMethod = 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH';

/**
 * How the transport reads a successful body: parsed JSON (the default; an empty body or `null` gives
 * `null`), text, or raw bytes (a `Uint8Array`, never a `Buffer`).
 *
 * @example
 * ```ts
 * const responseType: HttpResponseType = 'bytes';
 * ```
 */
export type HttpResponseType = 'json' | 'text' | 'bytes';

/**
 * Which base URL a request goes to: the instance's API host or its media (upload) host.
 *
 * @example
 * ```ts
 * const host: HttpHost = 'media';
 * ```
 */
export type HttpHost = 'api' | 'media';

/**
 * Query parameters; `undefined` values are left out, the others are converted to strings.
 *
 * @example
 * ```ts
 * const searchParams: HttpSearchParams = { minutes: 1440, archived: false, cursor: undefined };
 * ```
 */
export type HttpSearchParams = Record<string, string | number | boolean | undefined>;

/**
 * One call through an {@link HttpTransport}. `Output` is what `request()` resolves to; with a
 * `schema` it is the schema's output.
 *
 * @example
 * ```ts
 * const request: HttpRequest<{ idMessage: string }> = {
 *   method: 'POST',
 *   path: `waInstance${idInstance}/sendMessage/${apiTokenInstance}`,
 *   json: { chatId: '79001234567@c.us', message: 'Hello' },
 *   schema: v.looseObject({ idMessage: v.string() }),
 * };
 * ```
 */
export interface HttpRequest<Output = unknown> {
  /** The HTTP verb. */
  method: HttpMethod;
  /** Joined to the base URL with exactly one `/` between them, so `/v3/…` bases keep their path. */
  path: string;
  /** `'media'` sends to the transport's `mediaUrl`; the default is `'api'`. */
  host?: HttpHost;
  /** Query parameters; `undefined` values are left out. */
  searchParams?: HttpSearchParams;
  /** A value sent as JSON with `content-type: application/json`. */
  json?: unknown;
  /** A raw body (`FormData`, `Uint8Array`, `Blob`, string) passed through untouched. */
  body?: BodyInit;
  /** Extra headers for this request; they override the transport's headers. */
  headers?: Record<string, string>;
  /**
   * Whether sending the request twice is harmless. Defaults to `true` for GET, DELETE and PUT and
   * `false` for POST and PATCH. Only idempotent requests are retried after 5xx, timeouts and network
   * errors; the others only when they provably never reached the server, or after a 429.
   */
  idempotent?: boolean;
  /** How to read a successful body; `'json'` by default. */
  responseType?: HttpResponseType;
  /** A (loose) valibot schema the parsed body must satisfy; otherwise `invalid-response` is thrown. */
  schema?: GenericSchema<unknown, Output>;
  /** Aborts the request; the promise then rejects with the signal's `reason` as-is. */
  signal?: AbortSignal;
  /** Overrides the transport's per-attempt timeout for this request. */
  timeoutMilliseconds?: number;
  /** Overrides the transport's cap on the answer's length for this request. */
  maxResponseBytes?: number;
}
