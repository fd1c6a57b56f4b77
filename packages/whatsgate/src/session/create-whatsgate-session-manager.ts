import { type ManagedSession, MessengerError, type SessionManager } from '@switchboard/core';
import { defineSessionManager } from '@switchboard/core/adapter';
import { createWhatsgateClient } from '../client/create-whatsgate-client.js';
import type { WhatsgateSession } from '../client/schemas/whatsgate-session-schema.js';
import type { WhatsgateClient } from '../client/whatsgate-client.js';
import { createWhatsgateSessionMessenger } from '../create-whatsgate-messenger.js';
import { mapSession } from '../mappers/map-session.js';
import { createWhatsgateWebhookUrl } from '../webhook/whatsgate-webhook-url.js';
import type { ResolvedWhatsgateReceivingOptions } from '../whatsgate-account-options.js';
import {
  parseWhatsgateOptions,
  resolveParsedAccountOptions,
  type WhatsgateAccountOptions,
} from '../whatsgate-account-options.js';
import {
  type WhatsgateSessionManagerOptions,
  whatsgateSessionManagerOptionsSchema,
} from '../whatsgate-messenger-options.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import { listWhatsgateSessions, type WhatsgateSessionFilter } from './list-whatsgate-sessions.js';
import { readSessionCreateOptions } from './whatsgate-session-create-options.js';

/**
 * The Whatsgate session manager: a core {@link SessionManager} whose `list` also takes
 * `sessions-get` filters (paging is done for the caller).
 *
 * @example
 * ```ts
 * const ready = await manager.list({ status: 'READY' });
 * ```
 */
export interface WhatsgateSessionManager extends SessionManager {
  /**
   * Lists sessions (every page), optionally filtered by id, name or Whatsgate status.
   *
   * @example
   * ```ts
   * const sessions = await manager.list({ name: 'shop' });
   * ```
   */
  list(filter?: WhatsgateSessionFilter): Promise<ManagedSession[]>;
}

/**
 * Builds the session manager over an account's raw client: `list` ← `sessions-get`, `create` ←
 * `session-create` (QR link in `qrLink`; with a number in `providerOptions`, pairing code in
 * `pairingCode`), `rename` ← `set-name`, `delete` ← `session-delete` (logs out and frees the plan slot).
 *
 * @example
 * ```ts
 * const manager = buildWhatsgateSessionManager(account.raw, receiving);
 * ```
 */
export function buildWhatsgateSessionManager(
  client: WhatsgateClient,
  receiving: ResolvedWhatsgateReceivingOptions,
): WhatsgateSessionManager {
  const offset = receiving.eventTimeZoneOffsetMinutes;
  const map = (session: WhatsgateSession) => mapSession(session, offset, receiving.webhookSecretParameter);
  const list = async (filter?: WhatsgateSessionFilter) =>
    (await listWhatsgateSessions(client, filter)).map(map);
  const manager = defineSessionManager({
    provider: whatsgateProvider,
    networks: ['whatsapp'],
    list,
    async create(input) {
      const { number, webhookUrl } = readSessionCreateOptions(input.providerOptions);
      const callback =
        webhookUrl === undefined
          ? undefined
          : createWhatsgateWebhookUrl(webhookUrl, receiving.webhookSecret, receiving.webhookSecretParameter);
      const response = await client.createSession({
        name: input.name ?? 'Switchboard',
        ...(callback === undefined ? {} : { callback }),
        ...(number === undefined ? {} : { auth_type: 'CODE' as const, number }),
      });
      if (response.data === undefined) {
        throw new MessengerError('Whatsgate session-create answered without the new session', {
          code: 'invalid-response',
          provider: whatsgateProvider,
        });
      }
      return map(response.data);
    },
    async rename({ id, name }) {
      await client.setName({ WhatsappID: id, name });
    },
    async delete(id) {
      await client.deleteSession({ WhatsappID: id });
    },
    openMessenger: (session) => createWhatsgateSessionMessenger(client, session.id, receiving),
  });
  return manager as WhatsgateSessionManager;
}

/**
 * Creates the account-level Whatsgate session manager from the API key (a `whatsappId` in the options
 * is ignored, so one config can build both a messenger and this).
 *
 * @example
 * ```ts
 * const manager = createWhatsgateSessionManager({ apiKey: process.env.WHATSGATE_API_KEY! });
 * const session = await manager.create({ name: 'Shop' });
 * console.log(`scan the QR code at ${session.info.qrLink}`);
 * await session.messenger().sendText({ phone: '79001234567' }, 'Hello');
 * ```
 */
export function createWhatsgateSessionManager(
  options: WhatsgateSessionManagerOptions,
): WhatsgateSessionManager {
  const {
    whatsappId: _whatsappId,
    network: _network,
    ...rest
  } = parseWhatsgateOptions(whatsgateSessionManagerOptionsSchema, options, 'session manager');
  const resolved = resolveParsedAccountOptions(rest as WhatsgateAccountOptions);
  return buildWhatsgateSessionManager(createWhatsgateClient(resolved), resolved.receiving);
}
