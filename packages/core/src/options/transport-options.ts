import * as v from 'valibot';
import type { HttpLogEntry } from '../transport/http-log-entry.js';
import type { HttpRetryOptions, HttpTransportOptions } from '../transport/http-transport.js';
import { createRetryOptionsSchema } from './retry-options-schema.js';

/**
 * The transport options every adapter accepts on its messenger and session manager and hands on to
 * `createHttpTransport`.
 *
 * @example
 * ```ts
 * const transport: TransportOptions = { timeoutMilliseconds: 10_000, retry: false };
 * ```
 */
export interface TransportOptions {
  /** How long one HTTP request may take, in milliseconds (long-polls add their own wait). */
  timeoutMilliseconds?: number | undefined;
  /** Retry policy of the transport; `false` turns retries off. */
  retry?: HttpRetryOptions | false | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Receives one redacted entry per request, response, retry and failure. */
  onLog?: ((entry: HttpLogEntry) => void) | undefined;
}

/**
 * The strict valibot entries of {@link TransportOptions}, to spread into an adapter's
 * `v.strictObject` options schema (unknown keys of `retry` are rejected too).
 *
 * @example
 * ```ts
 * const schema = v.strictObject({ apiKey: v.string(), ...transportOptionsEntries });
 * v.parse(schema, { apiKey: 'key', timeoutMilliseconds: 5000 });
 * ```
 */
export const transportOptionsEntries = buildTransportOptionsEntries();

// @__NO_SIDE_EFFECTS__
function buildTransportOptionsEntries() {
  return {
    /** Validates {@link TransportOptions.timeoutMilliseconds}: a positive integer. */
    timeoutMilliseconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** Validates {@link TransportOptions.retry}: `false` or known keys only. */
    retry: v.optional(createRetryOptionsSchema({ limit: Infinity, milliseconds: Infinity })),
    /** A `fetch` to use instead of the global one. */
    fetch: v.optional(
      v.custom<typeof fetch>((value) => typeof value === 'function', 'fetch must be a function'),
    ),
    /** Receives one redacted entry per request, response, retry and failure. */
    onLog: v.optional(
      v.custom<(entry: HttpLogEntry) => void>(
        (value) => typeof value === 'function',
        'onLog must be a function',
      ),
    ),
  };
}

const transportOptionNames = [
  'timeoutMilliseconds',
  'retry',
  'fetch',
  'onLog',
] as const satisfies readonly (keyof TransportOptions)[];

/**
 * Picks the transport options that are set (not `undefined`), ready to spread into
 * `createHttpTransport`, so the transport's own defaults apply to the others.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({ provider: 'sdkwa', baseUrl, ...pickTransportOptions(resolved) });
 * ```
 */
export function pickTransportOptions(
  options: TransportOptions,
): Pick<HttpTransportOptions, keyof TransportOptions> {
  return Object.fromEntries(
    transportOptionNames.filter((name) => options[name] !== undefined).map((name) => [name, options[name]]),
  );
}
