import {
  type ContactCard,
  createRecipient,
  type MediaFile,
  MessengerError,
  type OutgoingMessage,
  type SendOperations,
  type SentMessage,
} from '@switchboard/core';
import { resolveMediaPath } from '@switchboard/core/adapter';
import { phoneFromVcard } from '@switchboard/green-api-protocol';
import type { GreenApiContact } from '../client/sending-types.js';
import { greenApiProvider } from '../green-api-provider.js';
import type { GreenApiOperationContext } from './green-api-operation-context.js';
import {
  type GreenApiMediaSendOptions,
  type GreenApiSendOptions,
  readGreenApiSendOptions,
} from './green-api-send-options.js';
import { phoneNumberOf, resolvePhoneChatId, resolveRecipientChatId } from './resolve-chat-id.js';

const minimumTypingTime = 1000;
const maximumTypingTime = 20_000;

/**
 * Builds the sending operations: text (`sendMessage` with `linkPreview`), files by URL
 * (`sendFileByUrl`) and by bytes or path (`sendFileByUpload` to the media host), location, contact
 * (shaped per network), poll, replies (`quotedMessageId`), `typingMilliseconds` → `typingTime`, and
 * `sendTyping`. `providerOptions['green-api']` ({@link GreenApiSendOptions}) are checked and never
 * replace a contract field.
 *
 * @example
 * ```ts
 * const { send, sendTyping } = createGreenApiSend(context);
 * ```
 */
export function createGreenApiSend(context: GreenApiOperationContext): {
  send: (outgoing: OutgoingMessage) => Promise<SentMessage>;
  sendTyping: SendOperations['sendTyping'];
} {
  const { client } = context;
  const send = async (outgoing: OutgoingMessage): Promise<SentMessage> => {
    // No await when the chat id is given: sends are hot, and each await costs a turn of the queue.
    const chatId = outgoing.recipient.chatId ?? (await resolveRecipientChatId(context, outgoing.recipient));
    const { message } = outgoing;
    const extra = readGreenApiSendOptions(message.type, outgoing.providerOptions);
    const common = { chatId, quotedMessageId: outgoing.replyTo };
    const typingTime = typingTimeOf(outgoing.typingMilliseconds);
    if (message.type === 'text') {
      const answer = await client.sendMessage({
        ...extra,
        ...common,
        message: message.text,
        linkPreview: message.linkPreview,
        typingTime,
      });
      return sent(answer, chatId);
    }
    if (message.type === 'media')
      return sendMedia(
        context,
        message.media,
        { ...common, caption: message.caption, typingTime },
        extra as GreenApiMediaSendOptions,
      );
    if (typingTime !== undefined && context.network !== 'max')
      await client.sendTyping({ chatId, typingTime });
    if (message.type === 'location') {
      const { latitude, longitude, name, address } = message.location;
      const details = context.network === 'whatsapp' ? { nameLocation: name, address } : {};
      return sent(await client.sendLocation({ ...common, latitude, longitude, ...details }), chatId);
    }
    if (message.type === 'contact') {
      const contact = await contactFor(context, message.contact);
      return sent(await client.sendContact({ ...common, contact }), chatId);
    }
    const { question, options, multipleAnswers } = message.poll;
    const answer = await client.sendPoll({
      ...common,
      message: question,
      options: options.map((optionName) => ({ optionName })),
      multipleAnswers,
    });
    return sent(answer, chatId);
  };
  const sendTyping: SendOperations['sendTyping'] = async (to, options = {}) => {
    const chatId = await resolveRecipientChatId(
      context,
      createRecipient(typeof to === 'string' ? { chatId: to } : to),
    );
    await client.sendTyping({
      chatId,
      typingTime: typingTimeOf(options.durationMilliseconds),
      typingType: options.kind === 'recording' ? 'recording' : undefined,
    });
  };
  return { send, sendTyping };
}

async function sendMedia(
  context: GreenApiOperationContext,
  media: MediaFile,
  fields: {
    chatId: string;
    quotedMessageId: string | undefined;
    caption: string | undefined;
    typingTime: number | undefined;
  },
  extra: GreenApiMediaSendOptions,
): Promise<SentMessage> {
  if (media.url !== undefined) {
    const answer = await context.client.sendFileByUrl({
      ...extra,
      ...fields,
      urlFile: media.url,
      fileName: media.fileName,
    });
    return sent(answer, fields.chatId);
  }
  if (media.mediaKey !== undefined) {
    throw new MessengerError('GREEN-API has no media keys: send the file by url, data or path', {
      code: 'invalid-request',
      provider: greenApiProvider,
    });
  }
  const resolved = await resolveMediaPath(media);
  const answer = await context.client.sendFileByUpload({
    ...extra,
    ...fields,
    file: resolved.data ?? new Uint8Array(),
    fileName: resolved.fileName,
    mimeType: resolved.mimeType,
  });
  return sent(answer, fields.chatId);
}

async function contactFor(context: GreenApiOperationContext, card: ContactCard): Promise<GreenApiContact> {
  const phone = card.phone ?? (card.vcard === undefined ? undefined : phoneFromVcard(card.vcard));
  if (context.network === 'max') {
    if (card.chatId !== undefined) return { chatId: card.chatId };
    if (phone !== undefined) return { chatId: await resolvePhoneChatId(context, phone) };
    throw contactError('a MAX contact needs the chatId or phone of a MAX user');
  }
  if (phone === undefined) throw contactError(`a ${context.network} contact needs a phone number`);
  const firstName = card.firstName ?? card.displayName;
  const hasName = [firstName, card.middleName, card.lastName, card.company].some(
    (name) => name !== undefined,
  );
  if (context.network === 'telegram') {
    return {
      phoneContact: phoneNumberOf(phone),
      firstName: firstName ?? phone,
      lastName: card.lastName,
      company: card.company,
    };
  }
  return {
    phoneContact: phoneNumberOf(phone),
    firstName: hasName ? firstName : phone,
    middleName: card.middleName,
    lastName: card.lastName,
    company: card.company,
  };
}

function contactError(message: string): MessengerError {
  return new MessengerError(message, { code: 'invalid-request', provider: greenApiProvider });
}

/** Converts `typingMilliseconds` to GREEN-API's `typingTime` (1000–20000 ms); `undefined` for none. */
export function typingTimeOf(milliseconds: number | undefined): number | undefined {
  if (milliseconds === undefined || milliseconds <= 0) return undefined;
  return Math.min(maximumTypingTime, Math.max(minimumTypingTime, Math.round(milliseconds)));
}

function sent(answer: { idMessage: string; urlFile?: string | undefined }, chatId: string): SentMessage {
  return {
    status: 'accepted',
    messageId: answer.idMessage,
    chatId,
    ...(answer.urlFile === undefined ? {} : { fileUrl: answer.urlFile }),
    raw: answer,
  };
}
