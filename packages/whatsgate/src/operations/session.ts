import {
  createMessengerSettings,
  MessengerError,
  phoneFromChatId,
  type QrCode,
  type SessionOperations,
} from '@switchboard/core';
import { mapSessionState } from '../mappers/map-session-state.js';
import { mapSettings } from '../mappers/map-settings.js';
import { findWhatsgateSession } from '../session/list-whatsgate-sessions.js';
import { createWhatsgateWebhookUrl } from '../webhook/whatsgate-webhook-url.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import type { WhatsgateOperationContext } from './whatsgate-operation-context.js';

type WhatsgateSessionOperations = Pick<
  SessionOperations,
  'getState' | 'getProfile' | 'getQrCode' | 'getSettings' | 'updateSettings'
>;

const supportedSettings = new Set(['webhookUrl', 'webhookToken']);

/**
 * The `session` group, all from `sessions-get` (filtered by the session's id) and `set-hook`:
 * `getState` (`PENDING`/`AUTH` → `not-authorized`, `READY` → `authorized`, `DESTROYING` →
 * `deleting`), `getProfile` (`wid`, `pushname`), `getQrCode` (`authorized`, or the `qr_link` page
 * that shows the QR or pairing code), `getSettings`/`updateSettings` (the webhook URL and its secret: `updateSettings({ webhookUrl })`
 * adds `webhookToken`, else the configured `webhookSecret`, as the secret parameter; `''` turns the
 * webhook off).
 *
 * @example
 * ```ts
 * const session = createSessionOperations(context);
 * if ((await session.getState()) !== 'authorized') console.log(await session.getQrCode());
 * ```
 */
export function createSessionOperations(context: WhatsgateOperationContext): WhatsgateSessionOperations {
  const { client, whatsappId, receiving } = context;
  const read = () => findWhatsgateSession(client, whatsappId);
  const getSettings = async () => mapSettings((await read()).callback, receiving.webhookSecretParameter);
  return {
    async getState() {
      return mapSessionState((await read()).status);
    },
    async getProfile() {
      const session = await read();
      const chatId = session.wid || undefined;
      const phone = chatId === undefined ? undefined : phoneFromChatId(chatId);
      // The callback URL carries the webhook secret; the profile's raw session shows it without.
      const callback = session.callback
        ? mapSettings(session.callback, receiving.webhookSecretParameter).webhookUrl
        : session.callback;
      return {
        ...(chatId === undefined ? {} : { chatId }),
        ...(phone === undefined ? {} : { phone }),
        ...(session.pushname ? { name: session.pushname } : {}),
        raw: callback === session.callback ? session : { ...session, callback },
      };
    },
    async getQrCode(): Promise<QrCode> {
      const session = await read();
      if (mapSessionState(session.status) === 'authorized') return { status: 'authorized' };
      return {
        status: 'pending',
        ...(session.qr_link ? { link: session.qr_link } : {}),
        ...(session.qr ? { value: session.qr } : {}),
      };
    },
    getSettings,
    async updateSettings(input) {
      const settings = createMessengerSettings(input);
      const unsupported = Object.keys(settings).filter((key) => !supportedSettings.has(key));
      if (unsupported.length > 0) {
        throw new MessengerError(
          `Whatsgate sessions have no settings ${unsupported.join(', ')} (only the webhook URL)`,
          {
            code: 'unsupported',
            provider: whatsgateProvider,
          },
        );
      }
      if (settings.webhookUrl === undefined && settings.webhookToken === undefined) return;
      // Only a new secret: keep the current URL. The secret is webhookToken, else the configured webhookSecret.
      const url = settings.webhookUrl ?? (await getSettings()).webhookUrl ?? '';
      const secret = settings.webhookToken ?? receiving.webhookSecret;
      await client.setHook({
        callback: createWhatsgateWebhookUrl(url, secret, receiving.webhookSecretParameter),
      });
    },
  };
}
