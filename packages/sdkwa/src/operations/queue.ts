import type { QueuedMessage, QueueOperations } from '@switchboard/core';
import type { SdkwaQueuedMessage } from '../client/journal-methods.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';

/**
 * Builds `messenger.queue`: listOutgoing (`showMessagesQueue`) and clearOutgoing
 * (`clearMessagesQueue`). SDKWA has no method to count or clear the notification queue.
 *
 * @example
 * ```ts
 * const queue = createSdkwaQueue(context);
 * const waiting = await queue.listOutgoing();
 * ```
 */
export function createSdkwaQueue(context: SdkwaOperationContext): Partial<QueueOperations> {
  return {
    listOutgoing: async () => (await context.client.showMessagesQueue()).map(mapQueuedMessage),
    clearOutgoing: async () => {
      await context.client.clearMessagesQueue();
    },
  };
}

/**
 * Maps a `showMessagesQueue` entry (`{typeMessage, chatId, message?|fileName?}`) to a
 * {@link QueuedMessage}; SDKWA gives no message id for queued sends.
 */
export function mapQueuedMessage(entry: SdkwaQueuedMessage): QueuedMessage {
  return {
    ...(entry.chatId === undefined ? {} : { chatId: entry.chatId }),
    kind: entry.typeMessage ?? 'unknown',
    raw: entry,
  };
}
