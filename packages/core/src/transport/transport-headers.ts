import type { HttpRequest } from './http-request.js';

const jsonType = 'application/json';

/**
 * The headers of every request of one transport, merged once: the transport's headers (names in
 * lower case) with `accept: application/json` for JSON answers and `content-type: application/json`
 * for JSON bodies unless set. Requests without headers of their own share these objects; request
 * headers override the transport's (case-insensitively). Header syntax is checked like `Headers`
 * checks it: {@link TransportHeaders.problem} for the transport's, {@link findHeaderProblem} per request.
 *
 * @example
 * ```ts
 * const headers = new TransportHeaders({ Authorization: `Bearer ${token}` });
 * headers.resolve({ method: 'POST', path: 'send', json: {} });
 * // { accept: 'application/json', authorization: 'Bearer …', 'content-type': 'application/json' }
 * ```
 */
export class TransportHeaders {
  /** Why the transport's own headers cannot be sent (every request then fails), if they cannot. */
  readonly problem: string | undefined;
  readonly #base: Readonly<Record<string, string>>;
  /** Indexed by `(accepts JSON ? 1 : 0) + (sends JSON ? 2 : 0)`. */
  readonly #shared: ReadonlyArray<Readonly<Record<string, string>>>;

  /**
   * Merges the transport's headers once.
   *
   * @example
   * ```ts
   * const headers = new TransportHeaders(options.headers);
   * ```
   */
  constructor(headers: Record<string, string> | undefined) {
    this.problem = findHeaderProblem(headers);
    this.#base = toLowerCaseNames(headers);
    this.#shared = [false, true].flatMap((sendsJson) =>
      [false, true].map((acceptsJson) => withJsonDefaults(this.#base, acceptsJson, sendsJson)),
    );
  }

  /**
   * The headers of one request; never mutate the result.
   *
   * @example
   * ```ts
   * const headers = transportHeaders.resolve(request);
   * ```
   */
  resolve(request: HttpRequest<unknown>): Readonly<Record<string, string>> {
    const acceptsJson = (request.responseType ?? 'json') === 'json';
    const sendsJson = request.json !== undefined;
    if (request.headers === undefined) {
      return this.#shared[(acceptsJson ? 1 : 0) + (sendsJson ? 2 : 0)] as Readonly<Record<string, string>>;
    }
    const merged = { ...this.#base, ...toLowerCaseNames(request.headers) };
    return withJsonDefaults(merged, acceptsJson, sendsJson);
  }
}

/**
 * Why headers cannot be sent (an invalid name or value, as `new Headers()` reports it), or `undefined`.
 *
 * @example
 * ```ts
 * findHeaderProblem({ 'x-trace': 'a\nb' }); // "Headers.append: \"a\nb\" is an invalid header value."
 * ```
 */
export function findHeaderProblem(headers: Record<string, string> | undefined): string | undefined {
  if (headers === undefined) return undefined;
  try {
    new Headers(headers);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function withJsonDefaults(
  headers: Readonly<Record<string, string>>,
  acceptsJson: boolean,
  sendsJson: boolean,
): Readonly<Record<string, string>> {
  const merged: Record<string, string> = acceptsJson ? { accept: jsonType, ...headers } : { ...headers };
  if (sendsJson && merged['content-type'] === undefined) merged['content-type'] = jsonType;
  return merged;
}

function toLowerCaseNames(headers: Record<string, string> | undefined): Record<string, string> {
  const lowerCased: Record<string, string> = {};
  if (headers === undefined) return lowerCased;
  for (const name of Object.keys(headers)) lowerCased[name.toLowerCase()] = headers[name] as string;
  return lowerCased;
}
