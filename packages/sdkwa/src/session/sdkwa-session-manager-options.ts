import {
  ignoredOptionEntries,
  parseRedactedOptions,
  pickTransportOptions,
  Redactor,
  secretText,
  transportOptionsEntries,
} from '@switchboard/core/adapter';
import { messengerOnlyOptionNames } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import { sdkwaDefaultHost } from '../sdkwa-network.js';
import { type SdkwaTransportOptions, sdkwaHostSchema } from '../sdkwa-transport-options.js';

/**
 * Options of {@link createSdkwaSessionManager}: the account's user id and user token (cabinet →
 * Account Access Settings), sent as `x-user-id` / `x-user-token`.
 *
 * @example
 * ```ts
 * const options: SdkwaSessionManagerOptions = { userId: '123456', userToken: process.env.SDKWA_USER_TOKEN! };
 * ```
 */
export interface SdkwaSessionManagerOptions extends SdkwaTransportOptions {
  /** The account's user id (`x-user-id`). */
  userId: string | number;
  /** The account's user token (`x-user-token`); a secret that never appears in errors or logs. */
  userToken: string;
  /** The API host, `https://api.sdkwa.pro` by default. */
  host?: string | undefined;
}

/**
 * The strict valibot schema of {@link SdkwaSessionManagerOptions}. Messenger options that may share a
 * config (`network`, `idInstance`, …) are accepted and ignored, so one config can build both.
 *
 * @example
 * ```ts
 * v.safeParse(sdkwaSessionManagerOptionsSchema, { userId: '1', userToken: 'token' }).success; // true
 * ```
 */
export const sdkwaSessionManagerOptionsSchema = buildSdkwaSessionManagerOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildSdkwaSessionManagerOptionsSchema() {
  return v.strictObject({
    /** The account's user id, a string or an integer, read as a trimmed non-empty string. */
    userId: v.pipe(
      v.union([v.string(), v.pipe(v.number(), v.integer())], 'userId must be a string or an integer'),
      v.transform((value) => String(value).trim()),
      v.nonEmpty('userId must not be empty'),
    ),
    /** The account's user token, non-empty. A secret. */
    userToken: v.pipe(v.string('userToken must be a string'), v.nonEmpty('userToken must not be empty')),
    /** An absolute http(s) URL of the API host. */
    host: v.optional(sdkwaHostSchema),
    ...ignoredOptionEntries(...messengerOnlyOptionNames),
    ...transportOptionsEntries,
  });
}

/**
 * Validates the session manager options (`invalid-request` naming the option) and registers the user
 * token in a new redactor.
 *
 * @example
 * ```ts
 * const { host, redactor } = resolveSdkwaSessionManagerOptions({ userId: '1', userToken });
 * ```
 */
export function resolveSdkwaSessionManagerOptions(options: SdkwaSessionManagerOptions) {
  const input = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const redactor = new Redactor([secretText(input.userToken), secretText(input.apiTokenInstance)]);
  const parsed = parseRedactedOptions(
    sdkwaSessionManagerOptionsSchema,
    options,
    'SDKWA session manager options',
    redactor,
  );
  return {
    userId: parsed.userId,
    userToken: parsed.userToken,
    host: parsed.host ?? sdkwaDefaultHost,
    transport: pickTransportOptions(parsed),
    redactor,
  };
}
