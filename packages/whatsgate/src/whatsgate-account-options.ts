import type { HttpLogEntry, HttpRetryOptions } from '@switchboard/core';
import { parseWithSchema, Redactor } from '@switchboard/core/adapter';
import * as v from 'valibot';
import { MemoryCursorStore } from './cursor/memory-cursor-store.js';
import type { WhatsgateCursorStore } from './cursor/whatsgate-cursor-store.js';
import { defaultWebhookSecretParameter } from './webhook/whatsgate-webhook-url.js';
import { normalizeWhatsgateBaseUrl } from './whatsgate-base-url.js';
import { whatsgateProvider } from './whatsgate-provider.js';

/**
 * How a messenger receives: webhook verification and polling. Set them on the account (defaults for
 * every session) or per messenger.
 *
 * @example
 * ```ts
 * const receiving: WhatsgateReceivingOptions = { webhookSecret: process.env.WHATSGATE_WEBHOOK_SECRET, pollIntervalMilliseconds: 2000 };
 * ```
 */
export interface WhatsgateReceivingOptions {
  /** The shared secret expected in the callback URL (Whatsgate signs nothing). A secret: never logged. */
  webhookSecret?: string | undefined;
  /** The query parameter carrying the secret; default `secret`. The last path segment is accepted too. */
  webhookSecretParameter?: string | undefined;
  /** Accept webhooks without a secret when none is configured (not recommended); default `false`. */
  allowUnauthenticatedWebhooks?: boolean | undefined;
  /** Where polling cursors live; default: one in-memory store per account. */
  cursorStore?: WhatsgateCursorStore | undefined;
  /** Pause between `events-get` calls while `inbox.receive` waits; default 1000. */
  pollIntervalMilliseconds?: number | undefined;
  /** Offset of Whatsgate dates (`event_date`, `date_add`) from UTC in minutes east; default 180 (Moscow). */
  eventTimeZoneOffsetMinutes?: number | undefined;
  /** The largest webhook body read, in bytes, enforced while it streams; default 1 MiB. */
  maximumBodyBytes?: number | undefined;
  /** The most events one webhook request may carry (an array body); default 100. */
  maximumEvents?: number | undefined;
}

/**
 * Options of `createWhatsgateAccount`: the account API key, transport settings and receiving defaults.
 *
 * @example
 * ```ts
 * const options: WhatsgateAccountOptions = { apiKey: process.env.WHATSGATE_API_KEY!, timeoutMilliseconds: 15_000 };
 * ```
 */
export interface WhatsgateAccountOptions extends WhatsgateReceivingOptions {
  /** The account API key (`X-Api-Key`), the same for every session. A secret: never logged. */
  apiKey: string;
  /** `https://whatsgate.ru/api/v1` by default; a host alone gets `/api/v1` appended. */
  baseUrl?: string | undefined;
  /** Per-request timeout; default 30 000. */
  timeoutMilliseconds?: number | undefined;
  /** Retries of reads after 5xx/429/network errors, or `false`. Sends are retried only when they never left. */
  retry?: HttpRetryOptions | false | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Receives one redacted entry per request, response, retry and failure. */
  onLog?: ((entry: HttpLogEntry) => void) | undefined;
}

/**
 * Account options after validation, with defaults and the redactor holding the secrets.
 *
 * @example
 * ```ts
 * const resolved: ResolvedWhatsgateAccountOptions = resolveWhatsgateAccountOptions({ apiKey });
 * resolved.baseUrl; // 'https://whatsgate.ru/api/v1'
 * ```
 */
export interface ResolvedWhatsgateAccountOptions {
  /** The account's API key (`X-Api-Key`). */
  apiKey: string;
  /** The API base URL. */
  baseUrl: string;
  /** How long one HTTP request may take, in milliseconds. */
  timeoutMilliseconds: number | undefined;
  /** Retry policy of the transport; `false` turns retries off. */
  retry: HttpRetryOptions | false | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch: typeof fetch | undefined;
  /** Receives one redacted entry per request, response, retry and failure. */
  onLog: ((entry: HttpLogEntry) => void) | undefined;
  /** The resolved receiving options. */
  receiving: ResolvedWhatsgateReceivingOptions;
  /** Redacts the account's secrets from errors and logs. */
  redactor: Redactor;
}

/**
 * Receiving options with defaults applied.
 *
 * @example
 * ```ts
 * const receiving: ResolvedWhatsgateReceivingOptions = resolved.receiving;
 * ```
 */
export interface ResolvedWhatsgateReceivingOptions {
  /** The shared secret expected in the callback URL, if any. */
  webhookSecret: string | undefined;
  /** The query parameter carrying the secret. */
  webhookSecretParameter: string;
  /** Whether webhooks are accepted without a secret when none is configured. */
  allowUnauthenticatedWebhooks: boolean;
  /** Where polling cursors live. */
  cursorStore: WhatsgateCursorStore;
  /** Pause between `events-get` calls while `inbox.receive` waits. */
  pollIntervalMilliseconds: number;
  /** Offset of Whatsgate dates from UTC in minutes east (180 for Moscow). */
  eventTimeZoneOffsetMinutes: number;
  /** The largest webhook body read, in bytes; `undefined` for the core default. */
  maximumBodyBytes: number | undefined;
  /** The most events one webhook request may carry; `undefined` for the core default. */
  maximumEvents: number | undefined;
  /** The account's redactor (API key, webhook secrets), applied to provider-reported errors. */
  redactor: Redactor;
}

const milliseconds = v.pipe(
  v.number('must be a number of milliseconds'),
  v.integer('must be an integer'),
  v.minValue(0, 'must not be negative'),
);
const positiveInteger = v.pipe(
  v.number('must be a number'),
  v.integer('must be an integer'),
  v.minValue(1, 'must be positive'),
);
const isFunction = (value: unknown) => typeof value === 'function';
const isCursorStore = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  isFunction((value as Record<string, unknown>).get) &&
  isFunction((value as Record<string, unknown>).set);

/**
 * The strict schema entries of {@link WhatsgateReceivingOptions}.
 *
 * @example
 * ```ts
 * v.strictObject(whatsgateReceivingEntries);
 * ```
 */
export const whatsgateReceivingEntries = {
  /** The shared secret expected in the callback URL; non-empty. */
  webhookSecret: v.optional(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'))),
  /** The query parameter carrying the secret: letters, digits, `_`, `.` and `-`. */
  webhookSecretParameter: v.optional(
    v.pipe(v.string('must be a string'), v.regex(/^[\w.-]+$/, 'must be a plain parameter name')),
  ),
  /** Accept webhooks without a secret when none is configured. */
  allowUnauthenticatedWebhooks: v.optional(v.boolean('must be a boolean')),
  /** Where polling cursors live: an object with `get` and `set`. */
  cursorStore: v.optional(v.custom<WhatsgateCursorStore>(isCursorStore, 'must have get and set methods')),
  /** Pause between `events-get` calls, a non-negative integer. */
  pollIntervalMilliseconds: v.optional(milliseconds),
  /** Offset of Whatsgate dates from UTC in minutes east, from -840 to 840. */
  eventTimeZoneOffsetMinutes: v.optional(
    v.pipe(v.number('must be a number'), v.integer('must be an integer'), v.minValue(-840), v.maxValue(840)),
  ),
  /** The largest webhook body read, in bytes, a positive integer. */
  maximumBodyBytes: v.optional(positiveInteger),
  /** The most events one webhook request may carry, a positive integer. */
  maximumEvents: v.optional(positiveInteger),
};

/**
 * The strict schema entries of {@link WhatsgateAccountOptions}.
 *
 * @example
 * ```ts
 * v.strictObject(whatsgateAccountEntries);
 * ```
 */
export const whatsgateAccountEntries = {
  // It travels in the X-Api-Key header: visible ASCII only, so no header parser quotes it in an error.
  /** The account API key (`X-Api-Key`): visible ASCII, trimmed, non-empty. */
  apiKey: v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.regex(/^[\x21-\x7e]+$/, 'may contain only visible ASCII characters'),
  ),
  /** An absolute http(s) URL of the API. */
  baseUrl: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.url('must be an absolute URL'),
      v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
    ),
  ),
  /** Per-request timeout, a positive integer. */
  timeoutMilliseconds: v.optional(v.pipe(milliseconds, v.minValue(1, 'must be positive'))),
  /** `false`, or the retry policy of reads. */
  retry: v.optional(
    v.union(
      [
        v.literal(false),
        v.strictObject({
          /** Retries after the first attempt. */
          limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
          /** The longest `Retry-After` the transport waits for. */
          maxRetryAfterMilliseconds: v.optional(milliseconds),
          /** The longest computed backoff delay. */
          backoffLimitMilliseconds: v.optional(milliseconds),
          /** The delay before the first retry, doubled for each further one. */
          baseDelayMilliseconds: v.optional(milliseconds),
        }),
      ],
      'must be false or { limit, maxRetryAfterMilliseconds, backoffLimitMilliseconds, baseDelayMilliseconds }',
    ),
  ),
  /** A `fetch` to use instead of the global one. */
  fetch: v.optional(v.custom<typeof fetch>(isFunction, 'must be a function')),
  /** Receives one redacted entry per request, response, retry and failure. */
  onLog: v.optional(v.custom<(entry: HttpLogEntry) => void>(isFunction, 'must be a function')),
  ...whatsgateReceivingEntries,
};

/**
 * Validates options against a strict schema, or throws an `invalid-request` error that names each
 * bad or unknown option (never its value, which may be a secret).
 *
 * @example
 * ```ts
 * parseWhatsgateOptions(v.strictObject(whatsgateAccountEntries), { apiKey: '' }, 'account');
 * // throws: Invalid Whatsgate account options: apiKey must not be empty
 * ```
 */
export function parseWhatsgateOptions<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  kind: string,
): v.InferOutput<Schema> {
  return parseWithSchema(schema, input, { label: `Whatsgate ${kind} options`, provider: whatsgateProvider });
}

/**
 * Applies the receiving defaults over a base (the account's), registering the webhook secret.
 *
 * @example
 * ```ts
 * const receiving = resolveReceivingOptions({ webhookSecret: 's3cr3t' }, account.receiving, redactor);
 * ```
 */
export function resolveReceivingOptions(
  options: WhatsgateReceivingOptions,
  base: ResolvedWhatsgateReceivingOptions | undefined,
  redactor: Redactor,
): ResolvedWhatsgateReceivingOptions {
  redactor.add(options.webhookSecret);
  return {
    webhookSecret: options.webhookSecret ?? base?.webhookSecret,
    webhookSecretParameter:
      options.webhookSecretParameter ?? base?.webhookSecretParameter ?? defaultWebhookSecretParameter,
    allowUnauthenticatedWebhooks:
      options.allowUnauthenticatedWebhooks ?? base?.allowUnauthenticatedWebhooks ?? false,
    cursorStore: options.cursorStore ?? base?.cursorStore ?? new MemoryCursorStore(),
    pollIntervalMilliseconds: options.pollIntervalMilliseconds ?? base?.pollIntervalMilliseconds ?? 1000,
    eventTimeZoneOffsetMinutes: options.eventTimeZoneOffsetMinutes ?? base?.eventTimeZoneOffsetMinutes ?? 180,
    maximumBodyBytes: options.maximumBodyBytes ?? base?.maximumBodyBytes,
    maximumEvents: options.maximumEvents ?? base?.maximumEvents,
    redactor,
  };
}

/**
 * Resolves already validated account options: the base URL normalised, the API key and webhook
 * secret registered in a new redactor, receiving defaults applied.
 *
 * @example
 * ```ts
 * const resolved = resolveParsedAccountOptions(parseWhatsgateOptions(schema, input, 'account'));
 * ```
 */
export function resolveParsedAccountOptions(
  options: WhatsgateAccountOptions,
): ResolvedWhatsgateAccountOptions {
  const redactor = new Redactor([options.apiKey]);
  return {
    apiKey: options.apiKey,
    baseUrl: normalizeWhatsgateBaseUrl(options.baseUrl),
    timeoutMilliseconds: options.timeoutMilliseconds,
    retry: options.retry,
    fetch: options.fetch,
    onLog: options.onLog,
    receiving: resolveReceivingOptions(options, undefined, redactor),
    redactor,
  };
}

/**
 * Validates {@link WhatsgateAccountOptions} strictly and resolves them.
 *
 * @example
 * ```ts
 * const resolved = resolveWhatsgateAccountOptions({ apiKey: process.env.WHATSGATE_API_KEY! });
 * ```
 */
export function resolveWhatsgateAccountOptions(
  options: WhatsgateAccountOptions,
): ResolvedWhatsgateAccountOptions {
  const parsed = parseWhatsgateOptions(v.strictObject(whatsgateAccountEntries), options, 'account');
  return resolveParsedAccountOptions(parsed as WhatsgateAccountOptions);
}
