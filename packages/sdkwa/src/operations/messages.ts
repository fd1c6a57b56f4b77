import { type MessagesOperations, MessengerError } from '@switchboard/core';
import { mapHistoryMessage } from '@switchboard/green-api-protocol';
import { sdkwaProvider } from '../sdkwa-provider.js';
import { downloadMediaBytes } from './download-media-bytes.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/**
 * Builds `messenger.messages`: delete (`deleteMessage`, for everyone only), markRead (`readChat`),
 * history (`getChatHistory`), lastIncoming/lastOutgoing (`lastIncomingMessages`/`lastOutgoingMessages`)
 * and downloadMedia (`downloadFile`, binary). SDKWA cannot edit, forward or read a single message.
 *
 * @example
 * ```ts
 * const messages = createSdkwaMessages(context);
 * const history = await messages.history({ chatId: '7900123456858@c.us', count: 100 });
 * ```
 */
export function createSdkwaMessages(context: SdkwaOperationContext): Partial<MessagesOperations> {
  const { client } = context;
  return {
    delete: async ({ chatId, messageId, forEveryone }) => {
      if (forEveryone === false) {
        throw new MessengerError(
          'SDKWA deletes messages for everyone only (forEveryone: false is not available)',
          {
            code: 'invalid-request',
            provider: sdkwaProvider,
          },
        );
      }
      await client.deleteMessage({ chatId, idMessage: messageId });
    },
    markRead: async ({ chatId, messageId }) => {
      await client.readChat({ chatId, idMessage: messageId });
    },
    history: async ({ chatId, count }) =>
      (await client.getChatHistory({ chatId, count })).map((entry) => mapHistoryMessage(entry, chatId)),
    lastIncoming: async (input = {}) =>
      (await client.lastIncomingMessages({ minutes: input.minutes })).map((entry) =>
        mapHistoryMessage(entry),
      ),
    lastOutgoing: async (input = {}) =>
      (await client.lastOutgoingMessages({ minutes: input.minutes })).map((entry) =>
        mapHistoryMessage(entry),
      ),
    downloadMedia: (reference) => downloadMediaBytes(context, reference),
  };
}
