import { type HttpLogEntry, parseTemplate, type Redactor } from '@switchboard/core';
import * as v from 'valibot';

/**
 * How the transport retries: attempts after the first, caps on `Retry-After` and backoff, the first
 * delay. `false` turns retries off.
 *
 * @example
 * ```ts
 * const retry: SdkwaRetryOptions = { limit: 3, baseDelayMilliseconds: 1000 };
 * ```
 */
export type SdkwaRetryOptions =
  | {
      limit?: number;
      maxRetryAfterMilliseconds?: number;
      backoffLimitMilliseconds?: number;
      baseDelayMilliseconds?: number;
    }
  | false;

/**
 * Transport options shared by the messenger and the user-level session manager.
 *
 * @example
 * ```ts
 * const transport: SdkwaTransportOptions = { timeoutMilliseconds: 10_000, retry: false };
 * ```
 */
export interface SdkwaTransportOptions {
  /** How long one HTTP request may take, in milliseconds (the receive long-poll adds its own wait). */
  timeoutMilliseconds?: number | undefined;
  /** Retry policy of the transport. */
  retry?: SdkwaRetryOptions | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Receives one redacted entry per request, response, retry and failure. */
  onLog?: ((entry: HttpLogEntry) => void) | undefined;
}

const nonNegativeInteger = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * The strict valibot entries of {@link SdkwaTransportOptions}.
 *
 * @example
 * ```ts
 * v.parse(v.strictObject(sdkwaTransportEntries), { timeoutMilliseconds: 5000 });
 * ```
 */
export const sdkwaTransportEntries = {
  timeoutMilliseconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  retry: v.optional(
    v.union([
      v.literal(false),
      v.strictObject({
        limit: v.optional(nonNegativeInteger),
        maxRetryAfterMilliseconds: v.optional(nonNegativeInteger),
        backoffLimitMilliseconds: v.optional(nonNegativeInteger),
        baseDelayMilliseconds: v.optional(nonNegativeInteger),
      }),
    ]),
  ),
  fetch: v.optional(
    v.custom<typeof fetch>((value) => typeof value === 'function', 'fetch must be a function'),
  ),
  onLog: v.optional(
    v.custom<(entry: HttpLogEntry) => void>(
      (value) => typeof value === 'function',
      'onLog must be a function',
    ),
  ),
};

/**
 * The host option: an absolute http(s) URL, trailing slashes removed (as the SDKs do).
 *
 * @example
 * ```ts
 * v.parse(sdkwaHostSchema, 'https://api.sdkwa.pro/'); // 'https://api.sdkwa.pro'
 * ```
 */
export const sdkwaHostSchema = v.pipe(
  v.string('host must be a string'),
  v.url('host must be an absolute URL such as https://api.sdkwa.pro'),
  v.check((value) => /^https?:\/\//i.test(value), 'host must be an http(s) URL'),
  v.transform((url) => url.replace(/\/+$/, '')),
);

/**
 * Picks the transport options that were set, ready to spread into `createHttpTransport`.
 *
 * @example
 * ```ts
 * createHttpTransport({ provider: 'sdkwa', baseUrl, ...transportSettings(resolved) });
 * ```
 */
export function transportSettings(options: SdkwaTransportOptions): SdkwaTransportOptions {
  return Object.fromEntries(
    (['timeoutMilliseconds', 'retry', 'fetch', 'onLog'] as const)
      .filter((name) => options[name] !== undefined)
      .map((name) => [name, options[name]]),
  );
}

/**
 * Parses with a core template parser and strips registered secrets from the error message.
 *
 * @example
 * ```ts
 * const parsed = parseRedacted(schema, input, 'SDKWA messenger options', redactor);
 * ```
 */
export function parseRedacted<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  name: string,
  redactor: Redactor,
): v.InferOutput<Schema> {
  try {
    return parseTemplate(schema, input, name);
  } catch (error) {
    if (error instanceof Error) {
      error.message = redactor.redact(error.message);
      if (error.stack !== undefined) error.stack = redactor.redact(error.stack);
    }
    throw error;
  }
}

/**
 * Turns a secret option into text for the redactor, whatever type the caller passed.
 *
 * @example
 * ```ts
 * new Redactor([secretText(options.apiTokenInstance)]);
 * ```
 */
export function secretText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
