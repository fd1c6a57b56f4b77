import { type Messenger, MessengerError } from '@switchboard/core';
import * as v from 'valibot';
import { createWhatsgateClient } from './client/create-whatsgate-client.js';
import type { WhatsgateClient } from './client/whatsgate-client.js';
import { createWhatsgateSessionMessenger } from './create-whatsgate-messenger.js';
import {
  buildWhatsgateSessionManager,
  type WhatsgateSessionManager,
} from './session/create-whatsgate-session-manager.js';
import { createWhatsgateWebhookUrl } from './webhook/whatsgate-webhook-url.js';
import {
  parseWhatsgateOptions,
  resolveReceivingOptions,
  resolveWhatsgateAccountOptions,
  type WhatsgateAccountOptions,
} from './whatsgate-account-options.js';
import {
  type WhatsgateMessengerOverrides,
  whatsgateMessengerOverridesSchema,
} from './whatsgate-messenger-options.js';
import { whatsgateProvider } from './whatsgate-provider.js';

/**
 * One Whatsgate account (one API key): a messenger per session, the session manager, the webhook
 * setter and the unbound raw client.
 *
 * @example
 * ```ts
 * const account = createWhatsgateAccount({ apiKey: process.env.WHATSGATE_API_KEY!, webhookSecret });
 * const shop = account.messenger('67506a033c2f8');
 * ```
 */
export interface WhatsgateAccount {
  /** The raw client for every command (bind it with `forSession(id)`). */
  readonly raw: WhatsgateClient;
  /** Sessions: list, create (QR or pairing code), rename, delete. */
  readonly sessions: WhatsgateSessionManager;
  /**
   * The messenger of one session; `overrides` change receiving options (webhook secret, cursor store,
   * polling interval) for it alone.
   *
   * @example
   * ```ts
   * const messenger = account.messenger('67506a033c2f8', { pollIntervalMilliseconds: 2000 });
   * ```
   */
  messenger(whatsappId: string, overrides?: WhatsgateMessengerOverrides): Messenger<WhatsgateClient>;
  /**
   * Sets a session's webhook URL (`set-hook`), adding the account's `webhookSecret` as the secret
   * parameter; `''` turns the webhook off.
   *
   * @example
   * ```ts
   * await account.setWebhook('67506a033c2f8', 'https://example.com/hooks/whatsgate');
   * // callback: https://example.com/hooks/whatsgate?secret=<webhookSecret>
   * ```
   */
  setWebhook(whatsappId: string, url: string): Promise<void>;
}

const whatsappIdSchema = buildWhatsappIdSchema();

// @__NO_SIDE_EFFECTS__
function buildWhatsappIdSchema() {
  return v.pipe(v.string(), v.trim(), v.nonEmpty());
}

function readWhatsappId(whatsappId: unknown): string {
  const result = v.safeParse(whatsappIdSchema, whatsappId);
  if (result.success) return result.output;
  throw new MessengerError('whatsappId must be a non-empty string', {
    code: 'invalid-request',
    provider: whatsgateProvider,
  });
}

/**
 * Creates an account client from the API key (registered as a secret). Every command is
 * `POST {baseUrl}/api/v1/<command>` with `X-Api-Key`, the session chosen by `WhatsappID`.
 *
 * @example
 * ```ts
 * import { createWhatsgateAccount } from '@switchboard/whatsgate';
 *
 * const account = createWhatsgateAccount({ apiKey: process.env.WHATSGATE_API_KEY! });
 * const session = await account.sessions.create({ name: 'Shop' }); // scan session.info.qrLink
 * const messenger = session.messenger(); // or account.messenger(session.id)
 * ```
 */
export function createWhatsgateAccount(options: WhatsgateAccountOptions): WhatsgateAccount {
  const resolved = resolveWhatsgateAccountOptions(options);
  const raw = createWhatsgateClient(resolved);
  const { receiving } = resolved;
  return {
    raw,
    sessions: buildWhatsgateSessionManager(raw, receiving),
    messenger(whatsappId, overrides = {}) {
      const parsed = parseWhatsgateOptions(whatsgateMessengerOverridesSchema, overrides, 'messenger');
      const sessionReceiving = resolveReceivingOptions(parsed, receiving, resolved.redactor);
      return createWhatsgateSessionMessenger(raw, readWhatsappId(whatsappId), sessionReceiving);
    },
    async setWebhook(whatsappId, url) {
      const callback = createWhatsgateWebhookUrl(
        url,
        receiving.webhookSecret,
        receiving.webhookSecretParameter,
      );
      await raw.setHook({ WhatsappID: readWhatsappId(whatsappId), callback });
    },
  };
}
