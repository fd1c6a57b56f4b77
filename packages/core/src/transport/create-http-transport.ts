import { Redactor } from '../redaction/redactor.js';
import { createFetchExchange } from './create-fetch-exchange.js';
import { findHttpExchange } from './http-exchange.js';
import type { HttpLogEntry } from './http-log-entry.js';
import type { HttpTransport, HttpTransportOptions } from './http-transport.js';
import { registerHeaderSecrets } from './register-header-secrets.js';
import { resolveHttpTransportOptions } from './resolve-http-transport-options.js';
import { RetryPolicy } from './retry-policy.js';
import { sendHttpRequest } from './send-http-request.js';
import type { TransportContext } from './transport-context.js';
import { TransportHeaders } from './transport-headers.js';

const defaultTimeoutMilliseconds = 30_000;

/**
 * Creates the HTTP transport an adapter talks to its provider through (one per instance). It joins
 * paths to the instance's API or media URL, times out each attempt, honours an `AbortSignal`, retries
 * with exponential backoff, jitter and a capped `Retry-After` (reads after 429/5xx/timeouts/network
 * errors; sends only when they provably never reached the server, or after a 429), validates bodies
 * with valibot, and maps every failure to a redacted {@link MessengerError}. It imports no `node:`
 * module, so it runs in Node, Workers, Deno and Bun. Each attempt is one `fetch` call (the global one
 * unless `fetch` is given); a keep-alive fetch from `@switchboard/core/node` is used through its
 * faster undici path, without WHATWG `Request`/`Response` objects.
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
  const context: TransportContext = {
    provider: options.provider,
    baseUrl: options.baseUrl,
    mediaUrl: options.mediaUrl ?? options.baseUrl,
    timeoutMilliseconds: options.timeoutMilliseconds ?? defaultTimeoutMilliseconds,
    headers: new TransportHeaders(options.headers),
    redactor,
    policy: new RetryPolicy(options.retry),
    exchange: findHttpExchange(options.fetch) ?? createFetchExchange(() => options.fetch),
    log: createLogEmitter(options.provider, options.onLog),
    detectError: options.detectError,
  };
  return {
    redactor,
    request: (request) => sendHttpRequest(context, request),
  };
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

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}
