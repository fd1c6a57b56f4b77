/**
 * Thrown by {@link EmulatorRequest.json} when the body is not valid JSON.
 *
 * @example
 * try { request.json(); } catch (error) { if (error instanceof EmulatorJsonError) return jsonResponse(400, {}); }
 */
export class EmulatorJsonError extends Error {
  /** The raw body text that failed to parse. */
  readonly bodyText: string;
  /** The parser's own message, e.g. `Unexpected token } in JSON at position 5`. */
  readonly reason: string;

  /**
   * @example
   * throw new EmulatorJsonError('{"a":', 'Unexpected end of JSON input');
   */
  constructor(bodyText: string, reason: string) {
    super(`Malformed JSON body: ${reason}`);
    this.name = 'EmulatorJsonError';
    this.bodyText = bodyText;
    this.reason = reason;
  }
}

/**
 * A fully-read HTTP request as seen by an emulator handler.
 *
 * @example
 * const handle = (request: EmulatorRequest) => jsonResponse(200, { path: request.path, method: request.method });
 */
export interface EmulatorRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** The absolute URL, resolved against the server's host. */
  url: URL;
  /** `url.pathname`, not decoded. */
  path: string;
  /** `url.searchParams`. */
  query: URLSearchParams;
  /** Lower-case header names; repeated headers joined with `, `. */
  headers: Readonly<Record<string, string>>;
  /** The raw bytes; empty when there is no body. */
  body: Uint8Array;
  /** The body decoded as UTF-8. */
  text(): string;
  /** The body parsed as JSON; throws {@link EmulatorJsonError} when malformed or empty. */
  json(): unknown;
}

/** Input of {@link createEmulatorRequest}. */
export interface EmulatorRequestInit {
  /** The HTTP method, any case. */
  method: string;
  /** Absolute URL or a path (resolved against `http://127.0.0.1`). */
  url: string;
  /** Header values as Node gives them; arrays are joined with `, `. */
  headers?: Record<string, string | string[] | undefined>;
  /** Bytes, or text encoded as UTF-8; empty when absent. */
  body?: Uint8Array | string;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * Builds an {@link EmulatorRequest}; used by the server and handy in unit tests.
 *
 * @example
 * const request = createEmulatorRequest({ method: 'post', url: '/a?b=1', body: '{"x":1}' });
 * request.json(); // { x: 1 }
 */
export function createEmulatorRequest(init: EmulatorRequestInit): EmulatorRequest {
  const url = new URL(init.url, 'http://127.0.0.1');
  const body = typeof init.body === 'string' ? encoder.encode(init.body) : (init.body ?? new Uint8Array(0));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(init.headers ?? {})) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  let cachedText: string | undefined;
  const text = (): string => {
    cachedText ??= decoder.decode(body);
    return cachedText;
  };
  return {
    method: init.method.toUpperCase(),
    url,
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
    text,
    json(): unknown {
      const bodyText = text();
      try {
        return JSON.parse(bodyText) as unknown;
      } catch (error) {
        throw new EmulatorJsonError(bodyText, error instanceof Error ? error.message : String(error));
      }
    },
  };
}
