import { MessengerError, type SessionOperations } from '@switchboard/core';
import {
  asIdentifier,
  asText,
  createGreenApiSessionBasics,
  mapSettingsToGreenApi,
} from '@switchboard/green-api-protocol';
import { greenApiProvider } from '../green-api-provider.js';
import type { GreenApiOperationContext } from './green-api-operation-context.js';
import { phoneNumberOf } from './resolve-chat-id.js';

/**
 * Builds `messenger.session`: state (`getStateInstance`; a `null` body while the instance is created
 * reads as `starting`), profile (`getWaSettings` / `getAccountSettings`), QR (`qr`), pairing code
 * (`getAuthorizationCode`), code login (`startAuthorization`, `sendAuthorizationCode`,
 * `sendAuthorizationPassword`, each followed by a state read), logout, reboot and settings.
 *
 * @example
 * ```ts
 * const session = createGreenApiSession(context);
 * const qr = await session.getQrCode();
 * ```
 */
export function createGreenApiSession(context: GreenApiOperationContext): SessionOperations {
  const { client } = context;
  const basics = createGreenApiSessionBasics(client, mapSettingsToGreenApi);
  const { getState } = basics;
  return {
    ...basics,
    getProfile: async () => {
      const answer =
        context.network === 'whatsapp' ? await client.getWaSettings() : await client.getAccountSettings();
      const chatId = asText(answer.chatId);
      const phone = asIdentifier(answer.phone);
      const avatarUrl = asText(answer.avatar);
      return {
        ...(chatId === undefined ? {} : { chatId }),
        ...(phone === undefined ? {} : { phone }),
        ...(avatarUrl === undefined ? {} : { avatarUrl }),
        raw: answer,
      };
    },
    getQrCode: async () => {
      const answer = await client.qr();
      if (answer.type === 'qrCode' && answer.message !== undefined)
        return { status: 'pending', imageBase64: answer.message };
      if (answer.type === 'alreadyLogged' || answer.type === 'already_registered')
        return { status: 'authorized' };
      const reason =
        answer.type === 'pending_password'
          ? 'the account waits for its two-factor password (session.confirmPassword)'
          : (answer.message ?? `unexpected QR answer ${answer.type}`);
      throw new MessengerError(`GREEN-API qr: ${reason}`, {
        code: 'session-not-ready',
        provider: greenApiProvider,
      });
    },
    requestPairingCode: async ({ phone }) =>
      (await client.getAuthorizationCode({ phoneNumber: phoneNumberOf(phone) })).code,
    requestCode: async ({ phone, channel }) => {
      if (channel === 'voice') {
        throw new MessengerError(
          `GREEN-API sends ${context.network} login codes to the app or by SMS, not by voice`,
          {
            code: 'invalid-request',
            provider: greenApiProvider,
          },
        );
      }
      await client.startAuthorization({ phoneNumber: phoneNumberOf(phone) });
      return { channel };
    },
    confirmCode: async (code) => {
      await client.sendAuthorizationCode({ code });
      return getState();
    },
    confirmPassword: async (password) => {
      await client.sendAuthorizationPassword({ password });
      return getState();
    },
  };
}
