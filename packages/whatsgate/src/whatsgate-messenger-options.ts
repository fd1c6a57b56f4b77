import * as v from 'valibot';
import {
  parseWhatsgateOptions,
  type ResolvedWhatsgateAccountOptions,
  resolveParsedAccountOptions,
  type WhatsgateAccountOptions,
  type WhatsgateReceivingOptions,
  whatsgateAccountEntries,
  whatsgateReceivingEntries,
} from './whatsgate-account-options.js';

/**
 * Options of `createWhatsgateMessenger`: the account options plus the session's `WhatsappID`.
 *
 * @example
 * ```ts
 * const options: WhatsgateMessengerOptions = {
 *   apiKey: process.env.WHATSGATE_API_KEY!,
 *   whatsappId: '67506a033c2f8',
 *   webhookSecret: process.env.WHATSGATE_WEBHOOK_SECRET,
 * };
 * ```
 */
export interface WhatsgateMessengerOptions extends WhatsgateAccountOptions {
  /** The session id (`WhatsappID`, the session's `unique_id`). */
  whatsappId: string;
  /** Always `'whatsapp'`; accepted so configs shared with other providers validate. */
  network?: 'whatsapp' | undefined;
}

/**
 * Options of `createWhatsgateSessionManager`: the account options; `whatsappId` and `network` are
 * accepted (and ignored) so one config can build both a messenger and the session manager.
 *
 * @example
 * ```ts
 * const options: WhatsgateSessionManagerOptions = { apiKey: process.env.WHATSGATE_API_KEY! };
 * ```
 */
export interface WhatsgateSessionManagerOptions extends WhatsgateAccountOptions {
  /** Accepted and ignored, so one config can build a messenger and the session manager. */
  whatsappId?: string | undefined;
  /** Accepted and ignored; always `'whatsapp'`. */
  network?: 'whatsapp' | undefined;
}

/**
 * Per-messenger overrides of the account's receiving options, for `account.messenger(id, overrides)`.
 *
 * @example
 * ```ts
 * const overrides: WhatsgateMessengerOverrides = { webhookSecret: 'per-session-secret' };
 * ```
 */
export type WhatsgateMessengerOverrides = WhatsgateReceivingOptions;

// A session's `unique_id` is hex (`67506a033c2f8`); letters, digits, `-` and `_` keep it one URL segment.
const whatsappId = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.regex(/^[\w-]+$/, 'may contain only letters, digits, - and _'),
);
const network = v.optional(v.literal('whatsapp', "must be 'whatsapp'"));

/**
 * The strict valibot schema of {@link WhatsgateMessengerOptions}.
 *
 * @example
 * ```ts
 * v.safeParse(whatsgateMessengerOptionsSchema, options).success;
 * ```
 */
export const whatsgateMessengerOptionsSchema = v.strictObject({
  ...whatsgateAccountEntries,
  /** The session id (`WhatsappID`): letters, digits, `-` and `_`. */
  whatsappId,
  /** Always `'whatsapp'` when given. */
  network,
});

/**
 * The strict valibot schema of {@link WhatsgateSessionManagerOptions}.
 *
 * @example
 * ```ts
 * v.safeParse(whatsgateSessionManagerOptionsSchema, { apiKey }).success; // true
 * ```
 */
export const whatsgateSessionManagerOptionsSchema = buildWhatsgateSessionManagerOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildWhatsgateSessionManagerOptionsSchema() {
  return v.strictObject({
    ...whatsgateAccountEntries,
    /** Accepted and ignored: the session id of a shared config. */
    whatsappId: v.optional(whatsappId),
    /** Always `'whatsapp'` when given. */
    network,
  });
}

/**
 * The strict valibot schema of {@link WhatsgateMessengerOverrides}.
 *
 * @example
 * ```ts
 * v.safeParse(whatsgateMessengerOverridesSchema, { pollIntervalMilliseconds: 500 }).success; // true
 * ```
 */
export const whatsgateMessengerOverridesSchema = buildWhatsgateMessengerOverridesSchema();

// @__NO_SIDE_EFFECTS__
function buildWhatsgateMessengerOverridesSchema() {
  return v.strictObject(whatsgateReceivingEntries);
}

/**
 * Validates {@link WhatsgateMessengerOptions} strictly (an invalid or unknown option rejects with
 * `invalid-request` naming it, never its value) and resolves them, registering the API key and
 * webhook secret in the redactor.
 *
 * @example
 * ```ts
 * const { whatsappId, account } = resolveWhatsgateMessengerOptions({ apiKey, whatsappId: '67506a033c2f8' });
 * ```
 */
export function resolveWhatsgateMessengerOptions(options: WhatsgateMessengerOptions): {
  /** The session id (`WhatsappID`). */
  whatsappId: string;
  /** The resolved account options. */
  account: ResolvedWhatsgateAccountOptions;
} {
  const {
    whatsappId: id,
    network: _network,
    ...rest
  } = parseWhatsgateOptions(whatsgateMessengerOptionsSchema, options, 'messenger');
  return { whatsappId: id, account: resolveParsedAccountOptions(rest as WhatsgateAccountOptions) };
}
