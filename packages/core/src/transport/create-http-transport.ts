import ky, { type KyInstance, type RetryOptions } from 'ky';
import { defaultTimeoutMilliseconds } from '../options/default-timeout-milliseconds.js';
import { Redactor } from '../redaction/redactor.js';
import { createLogHooks } from './create-log-hooks.js';
import { createReadingFetch } from './create-reading-fetch.js';
import { createRetryOptions } from './create-retry-options.js';
import { findHeaderProblem } from './find-header-problem.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpRequest } from './http-request.js';
import type { HttpTransport, HttpTransportOptions } from './http-transport.js';
import { registerHeaderSecrets } from './register-header-secrets.js';
import { resolveHttpTransportOptions } from './resolve-http-transport-options.js';
import { sendHttpRequest } from './send-http-request.js';
import type { TransportContext } from './transport-context.js';

/** Room for the largest media WhatsApp providers hand back (100 MB) as base64 inside JSON. */
const defaultMaxResponseBytes = 150 * 1024 * 1024;

/**
 * Creates the HTTP transport an adapter talks to its provider through (one per instance), on one
 * `ky.create` instance: paths are joined to the instance's API or media URL, each attempt is timed
 * out (body included), an `AbortSignal` is honoured, and ky retries with exponential backoff, jitter
 * and a capped `Retry-After` (reads after 429/5xx/timeouts/network errors; sends only when they
 * provably never reached the server, or after a 429). Answers are read whole up to
 * `maxResponseBytes`, bodies are validated with valibot, redirects are refused (so no credential
 * header reaches another origin), and every failure becomes a redacted `MessengerError`. It
 * imports no `node:` module, so it runs in Node, Workers, Deno and Bun, on the global `fetch` unless
 * `fetch` is given.
 *
 * @example
 * ```ts
 * const redactor = new Redactor([apiTokenInstance]);
 * const transport = createHttpTransport({
 *   provider: 'green-api',
 *   baseUrl: 'https://1101.api.green-api.com',
 *   mediaUrl: 'https://1101.media.green-api.com',
 *   redactor,
 * });
 * const { idMessage } = await transport.request({
 *   method: 'POST',
 *   path: `waInstance1101000001/sendMessage/${apiTokenInstance}`,
 *   json: { chatId: '79001234567@c.us', message: 'Hello' },
 *   schema: v.looseObject({ idMessage: v.string() }),
 * });
 * ```
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const supplied = options?.redactor;
  const redactor = typeof supplied?.redact === 'function' ? supplied : new Redactor();
  if (isStringRecord(options?.headers)) registerHeaderSecrets(options.headers, redactor);
  resolveHttpTransportOptions(options, redactor);
  return new KyHttpTransport(options, redactor);
}

/**
 * The transport and its {@link TransportContext} in one object: settings resolved once, `request` on
 * the prototype, and the ky instance created on the first request (thousands of idle messengers hold
 * no ky instance).
 */
class KyHttpTransport implements HttpTransport, TransportContext {
  readonly provider: string;
  readonly baseUrl: string;
  readonly mediaUrl: string;
  readonly timeoutMilliseconds: number;
  readonly redactor: Redactor;
  readonly readRetry: RetryOptions;
  readonly sendRetry: RetryOptions;
  readonly headerProblem: string | undefined;
  readonly log: ((entry: Omit<HttpLogEntry, 'provider'>) => void) | undefined;
  readonly detectError: HttpTransportOptions['detectError'];
  readonly #headers: Record<string, string> | undefined;
  readonly #fetch: typeof fetch | undefined;
  readonly #maxResponseBytes: number | undefined;
  #client: KyInstance | undefined;

  constructor(options: HttpTransportOptions, redactor: Redactor) {
    const headerProblem = findHeaderProblem(options.headers);
    const headers = headerProblem === undefined ? options.headers : undefined;
    this.provider = options.provider;
    this.baseUrl = options.baseUrl;
    this.mediaUrl = options.mediaUrl ?? options.baseUrl;
    this.timeoutMilliseconds = options.timeoutMilliseconds ?? defaultTimeoutMilliseconds;
    this.redactor = redactor;
    this.readRetry = createRetryOptions(options.retry, true);
    this.sendRetry = createRetryOptions(options.retry, false);
    this.headerProblem = headerProblem;
    this.log = createLogEmitter(options.provider, options.onLog);
    this.detectError = options.detectError;
    this.#headers = headers;
    this.#fetch = options.fetch;
    this.#maxResponseBytes = options.maxResponseBytes;
  }

  /** Whether a send is retried by the transport itself; `false` with `retry: false` or `limit: 0`. */
  get retriesSends(): boolean {
    return (this.sendRetry.limit ?? 0) > 0;
  }

  /** The transport's ky instance (prefix URL, timeout, headers, fetch and hooks set), made on first use. */
  get client(): KyInstance {
    if (this.#client === undefined) {
      const logHooks = this.log === undefined ? undefined : createLogHooks(this.redactor);
      this.#client = ky.create({
        prefixUrl: this.baseUrl,
        timeout: this.timeoutMilliseconds,
        redirect: 'manual',
        // Only keys that are set: ky copies every default key into a new object per request.
        ...(this.#headers === undefined ? {} : { headers: lowerCased(this.#headers) }),
        ...(logHooks === undefined ? {} : { hooks: logHooks.hooks }),
        fetch: createReadingFetch({
          fetch: this.#fetch,
          maxResponseBytes: this.#maxResponseBytes ?? defaultMaxResponseBytes,
          observe: logHooks?.observe,
        }),
      });
    }
    return this.#client;
  }

  request<Output = unknown>(request: HttpRequest<Output>): Promise<Output> {
    return sendHttpRequest(this, request);
  }
}

function createLogEmitter(
  provider: string,
  onLog: HttpTransportOptions['onLog'],
): ((entry: Omit<HttpLogEntry, 'provider'>) => void) | undefined {
  if (onLog === undefined) return undefined;
  return (entry) => {
    try {
      onLog({ provider, ...entry });
    } catch {
      // A failing logger must never break a request.
    }
  };
}

/** The transport's headers under lower-case names. */
function lowerCased(headers: Record<string, string>): Record<string, string> {
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lowered[name.toLowerCase()] = value;
  return lowered;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}
