import { MessengerError } from '../errors/messenger-error.js';

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
}

/**
 * Reads a webhook body in whatever form a server framework hands it over: a `Request` (verified with
 * `source.verify`, then its text parsed as JSON), JSON text, JSON bytes, or an already parsed value
 * (returned as is). Text that is not JSON rejects with an `invalid-request` `MessengerError` that does
 * not quote the body.
 *
 * @example
 * ```ts
 * const body = await readWebhookBody(request, { provider: 'green-api', label: 'GREEN-API', verify });
 * const bodies = Array.isArray(body) ? body : [body];
 * ```
 */
export async function readWebhookBody(input: unknown, source: WebhookBodySource): Promise<unknown> {
  if (isRequestLike(input)) {
    source.verify?.(input);
    return parseWebhookJson(await input.text(), source);
  }
  if (typeof input === 'string') return parseWebhookJson(input, source);
  if (input instanceof Uint8Array) return parseWebhookJson(new TextDecoder().decode(input), source);
  return input;
}

function isRequestLike(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Request>;
  return typeof candidate.text === 'function' && typeof candidate.headers?.get === 'function';
}

function parseWebhookJson(text: string, source: WebhookBodySource): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MessengerError(`${source.label} webhook body is not JSON`, {
      code: 'invalid-request',
      provider: source.provider,
    });
  }
}
