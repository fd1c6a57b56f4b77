import ky, { type KyInstance } from 'ky';
import { defaultTimeoutMilliseconds } from '../options/default-timeout-milliseconds.js';
import { Redactor } from '../redaction/redactor.js';
import { createLogHooks } from './create-log-hooks.js';
import { createReadingFetch } from './create-reading-fetch.js';
import { createRetryOptions } from './create-retry-options.js';
import { findHeaderProblem } from './find-header-problem.js';
import type { HttpLogEntry } from './http-log-entry.js';
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
  const headerProblem = findHeaderProblem(options.headers);
  const headers = headerProblem === undefined ? options.headers : undefined;
  const timeoutMilliseconds = options.timeoutMilliseconds ?? defaultTimeoutMilliseconds;
  const log = createLogEmitter(options.provider, options.onLog);
  const logHooks = log === undefined ? undefined : createLogHooks(redactor);
  let client: KyInstance | undefined;
  const context: TransportContext = {
    provider: options.provider,
    baseUrl: options.baseUrl,
    mediaUrl: options.mediaUrl ?? options.baseUrl,
    timeoutMilliseconds,
    redactor,
    // Created on the first request: thousands of idle messengers hold no ky instance.
    get client() {
      client ??= ky.create({
        prefixUrl: options.baseUrl,
        timeout: timeoutMilliseconds,
        redirect: 'manual',
        headers: withJsonAccept(headers),
        hooks: logHooks?.hooks,
        fetch: createReadingFetch({
          fetch: options.fetch,
          maxResponseBytes: options.maxResponseBytes ?? defaultMaxResponseBytes,
          observe: logHooks?.observe,
        }),
      });
      return client;
    },
    readRetry: createRetryOptions(options.retry, true),
    sendRetry: createRetryOptions(options.retry, false),
    setsAccept: Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'accept'),
    headerProblem,
    log,
    detectError: options.detectError,
  };
  return {
    redactor,
    request: (request) => sendHttpRequest(context, request),
    retriesSends: (context.sendRetry.limit ?? 0) > 0,
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

/** The transport's headers under lower-case names, asking for JSON unless they set `accept`. */
function withJsonAccept(headers: Record<string, string> | undefined): Record<string, string> {
  const merged: Record<string, string> = { accept: 'application/json' };
  for (const [name, value] of Object.entries(headers ?? {})) merged[name.toLowerCase()] = value;
  return merged;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}
