import {
  type ContactCard,
  type MediaFile,
  MessengerError,
  type OutgoingMessage,
  type SentMessage,
} from '@switchboard/core';
import { mimeTypeForFileName, resolveMediaPath } from '@switchboard/core/adapter';
import { phoneFromVcard } from '@switchboard/green-api-protocol';
import { phoneNumberValue } from '../client/sdkwa-client-core.js';
import type { SdkwaContact } from '../client/sending-types.js';
import { sdkwaProvider } from '../sdkwa-provider.js';
import { resolveRecipientChatId } from './resolve-chat-id.js';
import type { SdkwaOperationContext } from './sdkwa-operation-context.js';
import { readSdkwaSendOptions, type SdkwaSendOptions } from './sdkwa-send-options.js';

/**
 * Builds `send`: text (`sendMessage` with `linkPreview`), files by URL (`sendFileByUrl`), by bytes or
 * path (`sendFileByUpload`, multipart), location, contact card, replies (`quotedMessageId`).
 * `providerOptions.sdkwa` ({@link SdkwaSendOptions}: `archiveChat`) are checked and never replace a
 * contract field.
 *
 * @example
 * ```ts
 * const send = createSdkwaSend(context);
 * await send(createOutgoingMessage({ recipient: { phone: '79001234567' }, message: { type: 'text', text: 'Hi' } }));
 * ```
 */
export function createSdkwaSend(
  context: SdkwaOperationContext,
): (outgoing: OutgoingMessage) => Promise<SentMessage> {
  const { client } = context;
  return async (outgoing) => {
    const chatId = resolveRecipientChatId(context.network, outgoing.recipient);
    const { message } = outgoing;
    const extra = readSdkwaSendOptions(message.type, outgoing.providerOptions);
    const common = { chatId, quotedMessageId: outgoing.replyTo };
    switch (message.type) {
      case 'text':
        return sent(
          await client.sendMessage({
            ...extra,
            ...common,
            message: message.text,
            linkPreview: message.linkPreview,
          }),
          chatId,
        );
      case 'media':
        return sendMedia(context, message.media, { ...extra, ...common, caption: message.caption });
      case 'location': {
        const { latitude, longitude, name, address } = message.location;
        return sent(
          await client.sendLocation({
            ...common,
            latitude,
            longitude,
            nameLocation: name,
            address,
          }),
          chatId,
        );
      }
      case 'contact':
        return sent(await client.sendContact({ ...common, contact: sdkwaContact(message.contact) }), chatId);
      default:
        throw new MessengerError(`SDKWA cannot send ${message.type} messages`, {
          code: 'unsupported',
          provider: sdkwaProvider,
        });
    }
  };
}

async function sendMedia(
  context: SdkwaOperationContext,
  media: MediaFile,
  fields: {
    chatId: string;
    quotedMessageId: string | undefined;
    caption: string | undefined;
    archiveChat?: boolean | undefined;
  },
): Promise<SentMessage> {
  if (media.url !== undefined) {
    const answer = await context.client.sendFileByUrl({
      ...fields,
      urlFile: media.url,
      fileName: media.fileName,
    });
    return sent(answer, fields.chatId);
  }
  if (media.mediaKey !== undefined) {
    throw new MessengerError('SDKWA has no media keys: send the file by url, data or path', {
      code: 'invalid-request',
      provider: sdkwaProvider,
    });
  }
  const resolved = await resolveMediaPath(media);
  if (resolved.data === undefined) {
    throw new MessengerError('SDKWA needs the file as url, data or path', {
      code: 'invalid-request',
      provider: sdkwaProvider,
    });
  }
  const file = {
    data: resolved.data,
    fileName: resolved.fileName,
    mimeType: resolved.mimeType ?? mimeTypeForFileName(resolved.fileName),
  };
  return sent(await context.client.sendFileByUpload({ ...fields, file }), fields.chatId);
}

/**
 * Shapes a contact card for `sendContact`: the phone as an integer and the names; a card with only a
 * `displayName` sends it as the first name. SDKWA needs a phone and at least one name or the company.
 */
export function sdkwaContact(card: ContactCard): SdkwaContact {
  const phone = card.phone ?? (card.vcard === undefined ? undefined : phoneFromVcard(card.vcard));
  const firstName =
    card.firstName ?? ((card.middleName ?? card.lastName ?? card.company) ? undefined : card.displayName);
  if (
    phone === undefined ||
    [firstName, card.middleName, card.lastName, card.company].every((name) => !name)
  ) {
    throw new MessengerError(
      'SDKWA contact cards need a phone and a first, middle or last name or a company',
      {
        code: 'invalid-request',
        provider: sdkwaProvider,
        details: { fields: ['contact.phone', 'contact.firstName'] },
      },
    );
  }
  return {
    phoneContact: phoneNumberValue(phone),
    firstName,
    middleName: card.middleName,
    lastName: card.lastName,
    company: card.company,
  };
}

function sent(answer: { idMessage: string }, chatId: string): SentMessage {
  return { status: 'accepted', messageId: answer.idMessage, chatId, raw: answer };
}
