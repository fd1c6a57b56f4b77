import { MessengerError } from '../errors/messenger-error.js';
import { readLimitedBody } from './read-limited-body.js';

/** The body size {@link readWebhookBody} accepts unless told otherwise: 1,000,000 bytes. */
export const defaultWebhookBodyBytes = 1_000_000;

/** How many events one webhook request may carry unless told otherwise (providers send one). */
export const defaultWebhookEvents = 100;

/**
 * Who reads a webhook body in {@link readWebhookBody}: the provider put on errors, its display name in
 * messages, and how to verify a `Request` before its body is read.
 *
 * @example
 * ```ts
 * const source: WebhookBodySource = { provider: 'sdkwa', label: 'SDKWA', verify: (request) => verifySdkwaWebhook(request, options) };
 * ```
 */
export interface WebhookBodySource {
  /** The provider name of the `invalid-request` error. */
  provider: string;
  /** The provider's display name in the error message, such as `GREEN-API`. */
  label: string;
  /** Verifies a `Request` (throwing an `auth` error) before its body is read. */
  verify?: ((request: Request) => void) | undefined;
  /** The largest body accepted, in bytes, enforced while it streams; default 1,000,000. */
  maximumBodyBytes?: number | undefined;
}

/**
 * Reads a webhook body in whatever form a server framework hands it over: a `Request` (verified with
 * `source.verify`, then read while counting bytes, and parsed as JSON), JSON text, JSON bytes, or an
 * already parsed value (returned as is). A body over `maximumBodyBytes` rejects with an
 * `invalid-request` `MessengerError` of status 413 as soon as the stream passes the limit (a declared
 * `Content-Length` above it before anything is read); text that is not JSON rejects with
 * `invalid-request` without quoting the body.
 *
 * @example
 * ```ts
 * const body = await readWebhookBody(request, { provider: 'green-api', label: 'GREEN-API', verify });
 * const bodies = webhookBodyItems(body, { provider: 'green-api', label: 'GREEN-API' });
 * ```
 */
export async function readWebhookBody(input: unknown, source: WebhookBodySource): Promise<unknown> {
  const maximumBytes = source.maximumBodyBytes ?? defaultWebhookBodyBytes;
  if (isRequestLike(input)) {
    source.verify?.(input);
    return parseWebhookJson(await readRequestText(input, maximumBytes, source), source);
  }
  if (typeof input === 'string') {
    // A UTF-16 code unit is at most 3 bytes of UTF-8: count exactly only when it may matter.
    if (input.length * 3 > maximumBytes && new TextEncoder().encode(input).byteLength > maximumBytes)
      throw tooLarge(maximumBytes, source);
    return parseWebhookJson(input, source);
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maximumBytes) throw tooLarge(maximumBytes, source);
    return parseWebhookJson(new TextDecoder().decode(input), source);
  }
  return input;
}

/**
 * The notifications of a parsed webhook body: the items of an array body, else the body alone. An array
 * of more than `maximumEvents` items (default 100) rejects with
 * `invalid-request`, so one small request cannot become hundreds of thousands of events.
 *
 * @example
 * ```ts
 * const bodies = webhookBodyItems(await readWebhookBody(request, source), source);
 * ```
 */
export function webhookBodyItems(
  body: unknown,
  source: Pick<WebhookBodySource, 'provider' | 'label'> & { maximumEvents?: number | undefined },
): unknown[] {
  if (!Array.isArray(body)) return [body];
  const maximumEvents = source.maximumEvents ?? defaultWebhookEvents;
  if (body.length > maximumEvents) {
    throw new MessengerError(
      `${source.label} webhook body holds ${body.length} notifications, more than ${maximumEvents}`,
      { code: 'invalid-request', provider: source.provider },
    );
  }
  return body;
}

async function readRequestText(
  request: Request,
  maximumBytes: number,
  source: WebhookBodySource,
): Promise<string> {
  if (request.body === undefined) {
    // A request-like object without a stream: read it, then measure.
    const text = await request.text();
    if (new TextEncoder().encode(text).byteLength > maximumBytes) throw tooLarge(maximumBytes, source);
    return text;
  }
  const body = await readLimitedBody(request, maximumBytes);
  if (body.status === 'too-large') throw tooLarge(maximumBytes, source);
  return new TextDecoder().decode(body.bytes);
}

function tooLarge(maximumBytes: number, source: WebhookBodySource): MessengerError {
  return new MessengerError(`${source.label} webhook body is larger than ${maximumBytes} bytes`, {
    code: 'invalid-request',
    provider: source.provider,
    status: 413,
  });
}

function isRequestLike(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Request>;
  return typeof candidate.text === 'function' && typeof candidate.headers?.get === 'function';
}

function parseWebhookJson(text: string, source: WebhookBodySource): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // A parser that recurses runs out of stack on a deep body (a RangeError): that is not a syntax error.
    const problem = error instanceof SyntaxError ? 'is not JSON' : 'nests too deep to parse';
    throw new MessengerError(`${source.label} webhook body ${problem}`, {
      code: 'invalid-request',
      provider: source.provider,
    });
  }
}
