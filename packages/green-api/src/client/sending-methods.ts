import { omitUndefined } from '@switchboard/core';
import {
  type EmptyOrObjectResponse,
  emptyOrObjectSchema,
  type IdMessageResponse,
  idMessageSchema,
  multipartForm,
  toBlob,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';
import type {
  GreenApiContact,
  GreenApiTyping,
  LegacyMessageInput,
  SendFileByUploadInput,
  SendFileByUrlInput,
  SendInteractiveButtonsInput,
  SendLocationInput,
  SendMessageInput,
  SendPollInput,
} from './sending-types.js';

const uploadSchema = v.looseObject({ idMessage: v.string(), urlFile: v.optional(v.string()) });
const urlFileSchema = v.looseObject({ urlFile: v.string() });
const forwardSchema = v.looseObject({ messages: v.optional(v.array(v.string()), []) });

/**
 * Sending methods (reference §2.2): text, files by URL and by upload, location, contact, poll,
 * forward, typing, edit, delete and the WhatsApp button messages.
 *
 * @example
 * ```ts
 * const { idMessage } = await client.sendMessage({ chatId: '79001234567@c.us', message: 'Hi' });
 * ```
 */
export const greenApiSendingMethods = {
  /**
   * `POST sendMessage`.
   *
   * @example
   * ```ts
   * await client.sendMessage({ chatId: '10000000', message: 'Hello', typingTime: 2000 });
   * ```
   */
  sendMessage(
    this: GreenApiClientCore,
    input: SendMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendMessage', input, options);
  },

  /**
   * `POST sendFileByUrl`.
   *
   * @example
   * ```ts
   * await client.sendFileByUrl({ chatId, urlFile: 'https://example.com/a.pdf', fileName: 'a.pdf', caption: 'Invoice' });
   * ```
   */
  sendFileByUrl(
    this: GreenApiClientCore,
    input: SendFileByUrlInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendFileByUrl', input, options);
  },

  /**
   * `POST sendFileByUpload`: multipart to the media host; answers with `urlFile` too.
   *
   * @example
   * ```ts
   * const { idMessage, urlFile } = await client.sendFileByUpload({ chatId, file: bytes, fileName: 'a.jpg' });
   * ```
   */
  sendFileByUpload(
    this: GreenApiClientCore,
    input: SendFileByUploadInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse & { urlFile?: string | undefined }> {
    const { file, fileName, mimeType, ...fields } = input;
    return this.call('sendFileByUpload', {
      verb: 'POST',
      host: 'media',
      body: multipartForm({ data: file, fileName, mimeType }, { ...fields, fileName }),
      schema: uploadSchema,
      ...options,
    });
  },

  /**
   * `POST uploadFile`: raw bytes to the media host (`Content-Type`, `GA-Filename`); the link it answers
   * with stays valid about 15 days and can be sent with `sendFileByUrl`.
   *
   * @example
   * ```ts
   * const { urlFile } = await client.uploadFile({ data: bytes, fileName: 'report.pdf', mimeType: 'application/pdf' });
   * ```
   */
  uploadFile(
    this: GreenApiClientCore,
    file: { data: Uint8Array | Blob; fileName?: string | undefined; mimeType?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<{ urlFile: string; [field: string]: unknown }> {
    const blob = toBlob(file.data, file.mimeType);
    const headers: Record<string, string> = { 'content-type': blob.type || 'application/octet-stream' };
    if (file.fileName !== undefined) headers['GA-Filename'] = headerSafe(file.fileName);
    return this.call('uploadFile', {
      verb: 'POST',
      host: 'media',
      body: blob,
      headers,
      schema: urlFileSchema,
      ...options,
    });
  },

  /**
   * `POST sendLocation`.
   *
   * @example
   * ```ts
   * await client.sendLocation({ chatId, latitude: 55.7558, longitude: 37.6173 });
   * ```
   */
  sendLocation(
    this: GreenApiClientCore,
    input: SendLocationInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendLocation', input, options);
  },

  /**
   * `POST sendContact`.
   *
   * @example
   * ```ts
   * await client.sendContact({ chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } });
   * ```
   */
  sendContact(
    this: GreenApiClientCore,
    input: { chatId: string; contact: GreenApiContact; quotedMessageId?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendContact', input, options);
  },

  /**
   * `POST sendPoll` (WhatsApp, Telegram).
   *
   * @example
   * ```ts
   * await client.sendPoll({ chatId, message: 'Lunch?', options: [{ optionName: 'Pizza' }, { optionName: 'Sushi' }] });
   * ```
   */
  sendPoll(
    this: GreenApiClientCore,
    input: SendPollInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendPoll', input, options);
  },

  /**
   * `POST forwardMessages` (WhatsApp, Telegram): answers with the new message ids.
   *
   * @example
   * ```ts
   * const { messages } = await client.forwardMessages({ chatId: to, chatIdFrom: from, messages: ['3EB0…'] });
   * ```
   */
  forwardMessages(
    this: GreenApiClientCore,
    input: { chatId: string; chatIdFrom: string; messages: string[] },
    options?: GreenApiCallOptions,
  ): Promise<{ messages: string[]; [field: string]: unknown }> {
    return this.call('forwardMessages', { verb: 'POST', json: input, schema: forwardSchema, ...options });
  },

  /**
   * `POST sendTyping` (WhatsApp, Telegram): shows "typing…" (or "recording…") in a chat.
   *
   * @example
   * ```ts
   * await client.sendTyping({ chatId, typingTime: 3000 });
   * ```
   */
  sendTyping(
    this: GreenApiClientCore,
    input: { chatId: string; typingTime?: number | undefined; typingType?: GreenApiTyping['typingType'] },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return this.call('sendTyping', {
      verb: 'POST',
      json: omitUndefined(input),
      schema: emptyOrObjectSchema,
      ...options,
    });
  },

  /**
   * `POST editMessage` (WhatsApp, Telegram): replaces the text of a message the account sent.
   *
   * @example
   * ```ts
   * await client.editMessage({ chatId, idMessage, message: 'Corrected' });
   * ```
   */
  editMessage(
    this: GreenApiClientCore,
    input: { chatId: string; idMessage: string; message: string },
    options?: GreenApiCallOptions,
  ): Promise<Partial<IdMessageResponse> & Record<string, unknown>> {
    return this.call('editMessage', {
      verb: 'POST',
      json: input,
      schema: v.looseObject({ idMessage: v.optional(v.string()) }),
      ...options,
    });
  },

  /**
   * `POST deleteMessage` (WhatsApp, Telegram); `onlySenderDelete: true` deletes only for the account.
   *
   * @example
   * ```ts
   * await client.deleteMessage({ chatId, idMessage });
   * ```
   */
  deleteMessage(
    this: GreenApiClientCore,
    input: { chatId: string; idMessage: string; onlySenderDelete?: boolean | undefined },
    options?: GreenApiCallOptions,
  ): Promise<EmptyOrObjectResponse> {
    return this.call('deleteMessage', {
      verb: 'POST',
      json: omitUndefined(input),
      schema: emptyOrObjectSchema,
      ...options,
    });
  },

  /**
   * `POST sendInteractiveButtons` (WhatsApp beta): up to three copy/call/url buttons.
   *
   * @example
   * ```ts
   * await client.sendInteractiveButtons({ chatId, body: 'Call us', buttons: [{ buttonText: 'Call', type: 'call', phoneNumber: '79001234567' }] });
   * ```
   */
  sendInteractiveButtons(
    this: GreenApiClientCore,
    input: SendInteractiveButtonsInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendInteractiveButtons', input, options);
  },

  /**
   * `POST sendInteractiveButtonsReply` (WhatsApp beta): quick-reply buttons.
   *
   * @example
   * ```ts
   * await client.sendInteractiveButtonsReply({ chatId, body: 'Agree?', buttons: [{ buttonId: '1', buttonText: 'Yes' }] });
   * ```
   */
  sendInteractiveButtonsReply(
    this: GreenApiClientCore,
    input: SendInteractiveButtonsInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendInteractiveButtonsReply', input, options);
  },

  /**
   * `POST sendButtons` (WhatsApp, deprecated by GREEN-API).
   *
   * @example
   * ```ts
   * await client.sendButtons({ chatId, message: 'Choose', buttons: [{ buttonId: 1, buttonText: 'Yes' }] });
   * ```
   */
  sendButtons(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendButtons', input, options);
  },

  /**
   * `POST sendTemplateButtons` (WhatsApp, deprecated by GREEN-API).
   *
   * @example
   * ```ts
   * await client.sendTemplateButtons({ chatId, message: 'Visit', templateButtons: [] });
   * ```
   */
  sendTemplateButtons(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendTemplateButtons', input, options);
  },

  /**
   * `POST sendListMessage` (WhatsApp, deprecated by GREEN-API).
   *
   * @example
   * ```ts
   * await client.sendListMessage({ chatId, message: 'Menu', buttonText: 'Open', sections: [] });
   * ```
   */
  sendListMessage(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendListMessage', input, options);
  },

  /**
   * `POST sendLink` (WhatsApp, deprecated: use `sendMessage`, which previews links).
   *
   * @example
   * ```ts
   * await client.sendLink({ chatId, urlLink: 'https://green-api.com' });
   * ```
   */
  sendLink(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postSend(this, 'sendLink', input, options);
  },
};

/** The type of {@link greenApiSendingMethods}. */
export type GreenApiSendingMethods = typeof greenApiSendingMethods;

function headerSafe(fileName: string): string {
  return /^[\x20-\x7e]*$/.test(fileName) ? fileName : encodeURIComponent(fileName);
}

function postSend(
  client: GreenApiClientCore,
  method: string,
  input: object,
  options: GreenApiCallOptions | undefined,
): Promise<IdMessageResponse> {
  return client.call(method, {
    verb: 'POST',
    json: omitUndefined(input),
    schema: idMessageSchema,
    ...options,
  });
}
