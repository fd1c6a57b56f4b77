import type { HttpRetryOptions, TransportOptions } from '@switchboard/core';
import { trimTrailing } from '@switchboard/core/adapter';
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
export type SdkwaRetryOptions = HttpRetryOptions | false;

/**
 * Transport options shared by the messenger and the user-level session manager: `timeoutMilliseconds`
 * (the receive long-poll adds its own wait), `retry`, `fetch` and `onLog` (one redacted entry per
 * request, response, retry and failure).
 *
 * @example
 * ```ts
 * const transport: SdkwaTransportOptions = { timeoutMilliseconds: 10_000, retry: false };
 * ```
 */
export type SdkwaTransportOptions = TransportOptions;

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
  v.transform((url) => trimTrailing(url, '/')),
);
