import { type HistoryMessage, type MessagesOperations, MessengerError } from '@switchboard/core';
import { mapHistoryMessage } from '@switchboard/green-api-protocol';
import { greenApiProvider } from '../green-api-provider.js';
import { downloadMediaBytes } from './download-media-bytes.js';
import type { GreenApiOperationContext } from './green-api-operation-context.js';

/**
 * Builds `messenger.messages`: edit (`editMessage`), delete (`deleteMessage`, `onlySenderDelete` for
 * `forEveryone: false`), forward (`forwardMessages`), markRead (`readChat`), history
 * (`getChatHistory`), get (`getMessage`), the incoming/outgoing journals (`{}` read as `[]`), and
 * downloadMedia by URL or by chat and message id (`downloadFile`, then a fetch of the link).
 *
 * @example
 * ```ts
 * const messages = createGreenApiMessages(context);
 * await messages.markRead({ chatId: '79001234567@c.us' });
 * ```
 */
export function createGreenApiMessages(context: GreenApiOperationContext): MessagesOperations {
  const { client } = context;
  const journal = (entries: Parameters<typeof mapHistoryMessage>[0][]): HistoryMessage[] =>
    entries.map((entry) => mapHistoryMessage(entry));
  return {
    edit: async ({ chatId, messageId, text }) => {
      const answer = await client.editMessage({ chatId, idMessage: messageId, message: text });
      return { status: 'accepted', messageId: answer.idMessage ?? messageId, chatId, raw: answer };
    },
    delete: async ({ chatId, messageId, forEveryone }) => {
      await client.deleteMessage({
        chatId,
        idMessage: messageId,
        ...(forEveryone === false ? { onlySenderDelete: true } : {}),
      });
    },
    forward: async ({ fromChatId, toChatId, messageIds }) =>
      (await client.forwardMessages({ chatId: toChatId, chatIdFrom: fromChatId, messages: messageIds }))
        .messages,
    markRead: async ({ chatId, messageId }) => {
      await client.readChat({ chatId, ...(messageId === undefined ? {} : { idMessage: messageId }) });
    },
    history: async ({ chatId, count }) =>
      (await client.getChatHistory({ chatId, ...(count === undefined ? {} : { count }) })).map((entry) =>
        mapHistoryMessage(entry, chatId),
      ),
    get: async ({ chatId, messageId }) =>
      mapHistoryMessage(await client.getMessage({ chatId, idMessage: messageId }), chatId),
    lastIncoming: async (input = {}) => journal(await client.lastIncomingMessages(input)),
    lastOutgoing: async (input = {}) => journal(await client.lastOutgoingMessages(input)),
    downloadMedia: async (reference) => {
      let url = reference.url;
      if (url === undefined && reference.chatId !== undefined && reference.messageId !== undefined) {
        url = (await client.downloadFile({ chatId: reference.chatId, idMessage: reference.messageId }))
          .downloadUrl;
      }
      if (url?.trim() === '{{SWE002}}') {
        throw new MessengerError('GREEN-API keeps no bytes of files over 100 MB ({{SWE002}})', {
          code: 'not-found',
          provider: greenApiProvider,
        });
      }
      if (url === undefined) {
        throw new MessengerError('downloadMedia needs a url, or a chatId and a messageId', {
          code: 'invalid-request',
          provider: greenApiProvider,
        });
      }
      return downloadMediaBytes(url, {
        ...context.mediaDownload,
        redactor: context.redactor,
        fetch: context.fetch,
        timeoutMilliseconds: Math.max(context.timeoutMilliseconds, 60_000),
        fileName: reference.fileName,
        mimeType: reference.mimeType,
      });
    },
  };
}
