import type { HttpRetryOptions, TransportOptions } from '@switchboard/core';
import {
  type MediaDownloadOptions,
  mediaDownloadOptionsEntries,
  parseRedactedOptions,
  Redactor,
  secretText,
  transportOptionsEntries,
  trimTrailing,
} from '@switchboard/core/adapter';
import {
  type BearerWebhookLimits,
  type BearerWebhookVerification,
  bearerWebhookOptionEntries,
  type GreenApiNetwork,
  instanceCredentialEntries,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import { greenApiDefaultUrls } from './green-api-default-urls.js';

/**
 * How the transport retries: attempts after the first, caps on `Retry-After` and backoff, the first
 * delay. `false` turns retries off.
 *
 * @example
 * ```ts
 * const retry: GreenApiRetryOptions = { limit: 3, baseDelayMilliseconds: 1000 };
 * ```
 */
export type GreenApiRetryOptions = HttpRetryOptions | false;

/**
 * Transport options shared by the messenger and the partner session manager: `timeoutMilliseconds`
 * (long-polls add their own wait), `retry`, `fetch` and `onLog` (one redacted entry per request,
 * response, retry and failure).
 *
 * @example
 * ```ts
 * const transport: GreenApiTransportOptions = { timeoutMilliseconds: 10_000, retry: false };
 * ```
 */
export type GreenApiTransportOptions = TransportOptions;

/**
 * Options of {@link createGreenApiMessenger}.
 *
 * @example
 * ```ts
 * const options: GreenApiMessengerOptions = {
 *   network: 'whatsapp',
 *   idInstance: '7103000000',
 *   apiTokenInstance: process.env.GREEN_API_TOKEN!,
 *   webhookUrlToken: process.env.GREEN_API_WEBHOOK_TOKEN,
 * };
 * ```
 */
export interface GreenApiMessengerOptions
  extends GreenApiTransportOptions,
    MediaDownloadOptions,
    BearerWebhookVerification,
    BearerWebhookLimits {
  /** The instance's network: `'whatsapp'`, `'telegram'` or `'max'`. */
  network: GreenApiNetwork;
  /** The instance id (`idInstance`), such as `7103000000`. */
  idInstance: string | number;
  /** The instance token (`apiTokenInstance`); a secret that never appears in errors or logs. */
  apiTokenInstance: string;
  /** The API host from the console; derived from `idInstance` and `network` when left out. */
  apiUrl?: string | undefined;
  /** The upload host from the console; derived like `apiUrl` when left out. */
  mediaUrl?: string | undefined;
}

const baseUrl = v.pipe(
  v.string(),
  v.url('must be an absolute URL such as https://7103.api.green-api.com'),
  v.transform((url) => trimTrailing(url, '/')),
);

/**
 * The strict valibot schema of {@link GreenApiMessengerOptions}. The session manager's `partnerToken`
 * and `partnerUrl` are accepted and ignored, so one config can build both.
 *
 * @example
 * ```ts
 * v.safeParse(greenApiMessengerOptionsSchema, options).success;
 * ```
 */
export const greenApiMessengerOptionsSchema = v.strictObject({
  /** `whatsapp`, `telegram` or `max`. */
  network: v.picklist(['whatsapp', 'telegram', 'max'], 'network must be whatsapp, telegram or max'),
  ...instanceCredentialEntries,
  /** The API host, an absolute URL. */
  apiUrl: v.optional(baseUrl),
  /** The upload host, an absolute URL. */
  mediaUrl: v.optional(baseUrl),
  ...bearerWebhookOptionEntries,
  /** Accepted and ignored, so a config shared with the session manager validates. */
  partnerToken: v.optional(v.string()),
  /** Accepted and ignored, so a config shared with the session manager validates. */
  partnerUrl: v.optional(v.string()),
  ...transportOptionsEntries,
  ...mediaDownloadOptionsEntries,
});

/**
 * Options after validation: hosts filled in, the instance id as a string, secrets registered in
 * `redactor`.
 *
 * @example
 * ```ts
 * const resolved: ResolvedGreenApiMessengerOptions = resolveGreenApiMessengerOptions(options);
 * resolved.apiUrl; // 'https://7103.api.green-api.com'
 * ```
 */
export type ResolvedGreenApiMessengerOptions = v.InferOutput<typeof greenApiMessengerOptionsSchema> & {
  /** The API host, configured or derived from the instance id. */
  apiUrl: string;
  /** The upload host, configured or derived from the instance id. */
  mediaUrl: string;
  /** Redacts the API token, webhook token and partner token from errors and logs. */
  redactor: Redactor;
};

/**
 * Validates {@link GreenApiMessengerOptions} strictly: an invalid or unknown option rejects with a
 * `MessengerError` of code `invalid-request` naming it (and never containing a secret).
 *
 * @example
 * ```ts
 * const resolved = resolveGreenApiMessengerOptions({ network: 'telegram', idInstance: 4100000000, apiTokenInstance: token });
 * ```
 */
export function resolveGreenApiMessengerOptions(
  options: GreenApiMessengerOptions,
): ResolvedGreenApiMessengerOptions {
  const input = (
    typeof options === 'object' && options !== null ? options : {}
  ) as Partial<GreenApiMessengerOptions>;
  const partnerToken = (input as { partnerToken?: unknown }).partnerToken;
  const redactor = new Redactor([
    secretText(input.apiTokenInstance),
    secretText(input.webhookUrlToken),
    secretText(partnerToken),
  ]);
  const parsed = parseRedactedOptions(
    greenApiMessengerOptionsSchema,
    options,
    'GREEN-API messenger options',
    redactor,
  );
  const defaults = greenApiDefaultUrls(parsed.network, parsed.idInstance);
  return {
    ...parsed,
    apiUrl: parsed.apiUrl ?? defaults.apiUrl,
    mediaUrl: parsed.mediaUrl ?? mediaUrlForApiUrl(parsed.network, parsed.apiUrl) ?? defaults.mediaUrl,
    redactor,
  };
}

/**
 * The upload host that goes with a configured API host: on WhatsApp `https://7105.api.greenapi.com`
 * uploads to `https://7105.media.greenapi.com` and the generic `https://api.green-api.com` to
 * `https://media.green-api.com`; other hosts (Telegram, MAX, proxies, emulators) take
 * uploads themselves. `undefined` when no API host is configured.
 *
 * @example
 * ```ts
 * mediaUrlForApiUrl('whatsapp', 'https://7105.api.greenapi.com'); // 'https://7105.media.greenapi.com'
 * ```
 */
export function mediaUrlForApiUrl(network: GreenApiNetwork, apiUrl: string | undefined): string | undefined {
  if (apiUrl === undefined || network !== 'whatsapp') return apiUrl;
  return apiUrl.replace(/^(https?:\/\/(?:[^/]*?\.)?)api\.(green-?api\.com)/i, '$1media.$2');
}
