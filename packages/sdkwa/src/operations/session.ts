import {
  type CodeChannel,
  type CodeRequest,
  isMessengerError,
  MessengerError,
  phoneFromChatId,
  type SessionOperations,
} from '@switchboard/core';
import { asText, createGreenApiSessionBasics } from '@switchboard/green-api-protocol';
import { mapCodeRequest } from '../mappers/map-code-request.js';
import { mapSettingsToSdkwa } from '../mappers/map-settings-to-sdkwa.js';
import { sdkwaProvider } from '../sdkwa-provider.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/**
 * Builds `messenger.session`: state (`getStateInstance`), profile (the settings' `wid`), QR (`qr`),
 * pairing code (`getAuthorizationCode`, falling back to `getPairingCode`), code registration
 * (WhatsApp: `requestRegistrationCode` by SMS or voice, falling back to the `requestAuthorizationCode`
 * alias, then `sendRegistrationCode`; Telegram: `sendConfirmationCode` to the app, then
 * `signInWithConfirmationCode`), logout, reboot and settings.
 *
 * @example
 * ```ts
 * const session = createSdkwaSession(context);
 * const request = await session.requestCode({ phone: '79001234567', channel: 'sms' });
 * ```
 */
export function createSdkwaSession(context: SdkwaOperationContext): Partial<SessionOperations> {
  const { client } = context;
  const basics = createGreenApiSessionBasics(client, mapSettingsToSdkwa);
  const { getState } = basics;
  return {
    ...basics,
    getProfile: async () => {
      const settings = await client.getSettings();
      const chatId = asText(settings.wid);
      const phone = chatId === undefined ? undefined : phoneFromChatId(chatId);
      return {
        ...(chatId === undefined ? {} : { chatId }),
        ...(phone === undefined ? {} : { phone }),
        raw: settings,
      };
    },
    getQrCode: async () => {
      const answer = await client.qr();
      const message = asText(answer.message);
      if (answer.type === 'qrCode' && message !== undefined) {
        return { status: 'pending', imageBase64: message.replace(/^data:image\/\w+;base64,/, '') };
      }
      if (answer.type === 'alreadyLogged') return { status: 'authorized' };
      throw new MessengerError(`SDKWA qr: ${message ?? `unexpected answer type ${String(answer.type)}`}`, {
        code: 'session-not-ready',
        provider: sdkwaProvider,
        details: { type: answer.type },
      });
    },
    requestPairingCode: async ({ phone }) => {
      const code = await withAlias(
        async () => asText((await client.getAuthorizationCode({ phoneNumber: phone })).code),
        async () => asText((await client.getPairingCode({ phoneNumber: phone })).data?.pairingCode),
      );
      if (code === undefined) {
        throw new MessengerError('SDKWA gave no pairing code', {
          code: 'invalid-response',
          provider: sdkwaProvider,
        });
      }
      return code;
    },
    requestCode: ({ phone, channel }) =>
      context.network === 'telegram'
        ? requestTelegramCode(context, phone, channel)
        : requestRegistration(context, phone, channel),
    confirmCode: async (code) => {
      if (context.network === 'telegram') {
        await client.signInWithConfirmationCode({ code });
        return getState();
      }
      const answer = await client.sendRegistrationCode({ code });
      return answer.type === 'alreadyLogged' ? 'authorized' : getState();
    },
  };
}

async function requestRegistration(
  context: SdkwaOperationContext,
  phone: string,
  channel: CodeChannel,
): Promise<CodeRequest> {
  if (channel === 'app') {
    throw channelError('SDKWA registers WhatsApp numbers with a code by sms or voice, not in the app');
  }
  const input = { phoneNumber: phone, method: channel };
  const answer = await withAlias(
    () => context.client.requestRegistrationCode(input),
    () => context.client.requestAuthorizationCode(input),
  );
  if (answer.type === 'alreadyLogged') {
    throw new MessengerError(
      'SDKWA requestRegistrationCode: the instance is already authorized (log out first)',
      {
        code: 'invalid-request',
        provider: sdkwaProvider,
        details: { state: 'authorized' },
      },
    );
  }
  return mapCodeRequest(answer, channel);
}

async function requestTelegramCode(
  context: SdkwaOperationContext,
  phone: string,
  channel: CodeChannel,
): Promise<CodeRequest> {
  if (channel === 'voice')
    throw channelError('Telegram sends login codes to the app (or by SMS), not by voice');
  await context.client.sendConfirmationCode({ phoneNumber: phone });
  return { channel };
}

/**
 * Calls a method and, when SDKWA answers 404 (the route does not exist on this server), its
 * documented alias; when the alias fails too, the first error is thrown.
 */
async function withAlias<Output>(call: () => Promise<Output>, alias: () => Promise<Output>): Promise<Output> {
  try {
    return await call();
  } catch (error) {
    if (!isMessengerError(error, 'not-found')) throw error;
    try {
      return await alias();
    } catch {
      throw error;
    }
  }
}

function channelError(message: string): MessengerError {
  return new MessengerError(message, { code: 'invalid-request', provider: sdkwaProvider });
}
