import type { QueueOperations } from '@switchboard/core';
import { asIdentifier, asRecord } from '@switchboard/green-api-protocol';
import type { GreenApiOperationContext } from './green-api-operation-context.js';

/**
 * Builds `messenger.queue`: listOutgoing (`showMessagesQueue`, `{}` read as `[]`), clearOutgoing
 * (`clearMessagesQueue`), countNotifications (`getWebhooksCount`) and clearNotifications
 * (`clearWebhooksQueue`; its once-a-minute refusal rejects with `rate-limited` and `retryAfterMilliseconds`).
 *
 * @example
 * ```ts
 * const queue = createGreenApiQueue(context);
 * console.log(await queue.countNotifications());
 * ```
 */
export function createGreenApiQueue(context: GreenApiOperationContext): QueueOperations {
  const { client } = context;
  return {
    listOutgoing: async () =>
      (await client.showMessagesQueue()).map((item) => {
        const chatId = asIdentifier(asRecord(item.body).chatId);
        return {
          ...(item.messageID === undefined ? {} : { messageId: item.messageID }),
          ...(chatId === undefined ? {} : { chatId }),
          kind: item.type ?? 'unknown',
          raw: item,
        };
      }),
    clearOutgoing: async () => {
      await client.clearMessagesQueue();
    },
    countNotifications: async () => (await client.getWebhooksCount()).count,
    clearNotifications: async () => {
      await client.clearWebhooksQueue();
    },
  };
}
