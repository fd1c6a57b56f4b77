import {
  ignoredOptionEntries,
  type MediaDownloadOptions,
  mediaDownloadOptionsEntries,
  parseRedactedOptions,
  Redactor,
  secretText,
  transportOptionsEntries,
} from '@switchboard/core/adapter';
import {
  type BearerWebhookLimits,
  type BearerWebhookVerification,
  bearerWebhookOptionEntries,
  instanceCredentialEntries,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import { type SdkwaNetwork, sdkwaDefaultHost } from './sdkwa-network.js';
import { type SdkwaTransportOptions, sdkwaHostSchema } from './sdkwa-transport-options.js';

/**
 * Options of {@link createSdkwaMessenger}.
 *
 * @example
 * ```ts
 * const options: SdkwaMessengerOptions = {
 *   network: 'whatsapp',
 *   idInstance: '1101000001',
 *   apiTokenInstance: process.env.SDKWA_API_TOKEN_INSTANCE!,
 *   webhookUrlToken: process.env.SDKWA_WEBHOOK_URL_TOKEN,
 * };
 * ```
 */
export interface SdkwaMessengerOptions
  extends SdkwaTransportOptions,
    MediaDownloadOptions,
    BearerWebhookVerification,
    BearerWebhookLimits {
  /** The instance's network: `'whatsapp'` or `'telegram'`. */
  network: SdkwaNetwork;
  /** The instance id (`idInstance`), such as `1101000001`. */
  idInstance: string | number;
  /** The instance token, sent as `Authorization: Bearer`; a secret that never appears in errors or logs. */
  apiTokenInstance: string;
  /** The API host, `https://api.sdkwa.pro` by default. */
  host?: string | undefined;
}

/**
 * The strict valibot schema of {@link SdkwaMessengerOptions}. The session manager's options that may
 * share a config (`userId`, `userToken`) are accepted and ignored, so one config can build both.
 *
 * @example
 * ```ts
 * v.safeParse(sdkwaMessengerOptionsSchema, options).success;
 * ```
 */
export const sdkwaMessengerOptionsSchema = v.strictObject({
  /** `whatsapp` or `telegram`. */
  network: v.picklist(['whatsapp', 'telegram'], 'network must be whatsapp or telegram'),
  ...instanceCredentialEntries,
  /** An absolute http(s) URL of the API host. */
  host: v.optional(sdkwaHostSchema),
  ...bearerWebhookOptionEntries,
  ...ignoredOptionEntries('userId', 'userToken'),
  ...transportOptionsEntries,
  ...mediaDownloadOptionsEntries,
});

/**
 * Options after validation: the host filled in, the instance id as a string, secrets registered in
 * `redactor`.
 *
 * @example
 * ```ts
 * const resolved: ResolvedSdkwaMessengerOptions = resolveSdkwaMessengerOptions(options);
 * resolved.host; // 'https://api.sdkwa.pro'
 * ```
 */
export type ResolvedSdkwaMessengerOptions = Omit<
  v.InferOutput<typeof sdkwaMessengerOptionsSchema>,
  'userId' | 'userToken'
> & {
  /** The API host, `https://api.sdkwa.pro` unless configured. */
  host: string;
  /** Redacts the API token, webhook token and user token from errors and logs. */
  redactor: Redactor;
};

/**
 * Validates {@link SdkwaMessengerOptions} strictly: an invalid or unknown option throws a
 * `MessengerError` of code `invalid-request` naming it (and never containing a secret).
 *
 * @example
 * ```ts
 * const resolved = resolveSdkwaMessengerOptions({ network: 'telegram', idInstance: 1101000002, apiTokenInstance: token });
 * ```
 */
export function resolveSdkwaMessengerOptions(options: SdkwaMessengerOptions): ResolvedSdkwaMessengerOptions {
  const input = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const redactor = new Redactor([
    secretText(input.apiTokenInstance),
    secretText(input.webhookUrlToken),
    secretText(input.userToken),
  ]);
  const {
    userId: _userId,
    userToken: _userToken,
    ...parsed
  } = parseRedactedOptions(sdkwaMessengerOptionsSchema, options, 'SDKWA messenger options', redactor);
  return { ...parsed, host: parsed.host ?? sdkwaDefaultHost, redactor };
}
