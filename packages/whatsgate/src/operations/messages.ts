import {
  type DownloadedMedia,
  isMessengerError,
  type MediaReference,
  type MessagesOperations,
  MessengerError,
} from '@switchboard/core';
import { mapDownloadedMedia } from '../mappers/map-downloaded-media.js';
import { recipientForChat } from '../mappers/map-recipient.js';
import { whatsgateProvider } from '../whatsgate-provider.js';
import type { WhatsgateOperationContext } from './whatsgate-operation-context.js';

const longMessageId = /^(?:true|false)_/;

function withFallbacks(media: DownloadedMedia, reference: MediaReference): DownloadedMedia {
  return {
    ...media,
    ...(media.mimeType === undefined && reference.mimeType !== undefined
      ? { mimeType: reference.mimeType }
      : {}),
    ...(media.fileName === undefined && reference.fileName !== undefined
      ? { fileName: reference.fileName }
      : {}),
  };
}

async function download(
  context: WhatsgateOperationContext,
  reference: MediaReference,
): Promise<DownloadedMedia> {
  const { messageId, mediaKey } = reference;
  if (messageId !== undefined && longMessageId.test(messageId)) {
    try {
      return mapDownloadedMedia((await context.client.getMessageMedia({ MessageID: messageId })).media);
    } catch (error) {
      if (mediaKey === undefined || !isMessengerError(error, 'not-found')) throw error;
    }
  }
  if (mediaKey !== undefined) return mapDownloadedMedia((await context.client.getMedia({ mediaKey })).media);
  throw new MessengerError(
    'Whatsgate downloads media by mediaKey or by the long message id (true_…/false_…): give one of them',
    { code: 'invalid-request', provider: whatsgateProvider },
  );
}

/**
 * The `messages` group: `markRead` (`seen`: the whole chat; `messageId` is not needed) and
 * `downloadMedia`, by the long message id (`get-messagemedia`, falling back to the media key when the
 * message is unknown or has no media: a `not-found`) or by media key alone (`get-media`, the seed's
 * "attached media file by key").
 *
 * @example
 * ```ts
 * const { markRead, downloadMedia } = createMessagesOperations(context);
 * const file = await downloadMedia({ mediaKey: 'TuM9wXQZBmERUCzwnIZe80GwZ5lPDIDsNE+vewnAxho=' });
 * ```
 */
export function createMessagesOperations(
  context: WhatsgateOperationContext,
): Pick<MessagesOperations, 'markRead' | 'downloadMedia'> {
  return {
    async markRead({ chatId }) {
      await context.client.seen({ recipient: recipientForChat(chatId) });
    },
    async downloadMedia(reference) {
      return withFallbacks(await download(context, reference), reference);
    },
  };
}
