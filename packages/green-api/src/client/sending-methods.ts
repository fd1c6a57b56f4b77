import { omitUndefined } from '@switchboard/core/adapter';
import {
  type EmptyOrObjectResponse,
  emptyOrObjectSchema,
  type IdMessageResponse,
  multipartForm,
  toBlob,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiCallOptions, GreenApiClientCore } from './green-api-client-core.js';
import { postIdMessage } from './green-api-client-core.js';
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
 */
export const greenApiSendingMethods = {
  /** `POST sendMessage`. */
  sendMessage(
    this: GreenApiClientCore,
    input: SendMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendMessage', input, options);
  },

  /** `POST sendFileByUrl`. */
  sendFileByUrl(
    this: GreenApiClientCore,
    input: SendFileByUrlInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendFileByUrl', input, options);
  },

  /** `POST sendFileByUpload`: multipart to the media host; answers with `urlFile` too. */
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

  /** `POST sendLocation`. */
  sendLocation(
    this: GreenApiClientCore,
    input: SendLocationInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendLocation', input, options);
  },

  /** `POST sendContact`. */
  sendContact(
    this: GreenApiClientCore,
    input: { chatId: string; contact: GreenApiContact; quotedMessageId?: string | undefined },
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendContact', input, options);
  },

  /** `POST sendPoll` (WhatsApp, Telegram). */
  sendPoll(
    this: GreenApiClientCore,
    input: SendPollInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendPoll', input, options);
  },

  /** `POST forwardMessages` (WhatsApp, Telegram): answers with the new message ids. */
  forwardMessages(
    this: GreenApiClientCore,
    input: { chatId: string; chatIdFrom: string; messages: string[] },
    options?: GreenApiCallOptions,
  ): Promise<{ messages: string[]; [field: string]: unknown }> {
    return this.call('forwardMessages', { verb: 'POST', json: input, schema: forwardSchema, ...options });
  },

  /** `POST sendTyping` (WhatsApp, Telegram): shows "typing…" (or "recording…") in a chat. */
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

  /** `POST editMessage` (WhatsApp, Telegram): replaces the text of a message the account sent. */
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

  /** `POST deleteMessage` (WhatsApp, Telegram); `onlySenderDelete: true` deletes only for the account. */
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

  /** `POST sendInteractiveButtons` (WhatsApp beta): up to three copy/call/url buttons. */
  sendInteractiveButtons(
    this: GreenApiClientCore,
    input: SendInteractiveButtonsInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendInteractiveButtons', input, options);
  },

  /** `POST sendInteractiveButtonsReply` (WhatsApp beta): quick-reply buttons. */
  sendInteractiveButtonsReply(
    this: GreenApiClientCore,
    input: SendInteractiveButtonsInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendInteractiveButtonsReply', input, options);
  },

  /** `POST sendButtons` (WhatsApp, deprecated by GREEN-API). */
  sendButtons(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendButtons', input, options);
  },

  /** `POST sendTemplateButtons` (WhatsApp, deprecated by GREEN-API). */
  sendTemplateButtons(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendTemplateButtons', input, options);
  },

  /** `POST sendListMessage` (WhatsApp, deprecated by GREEN-API). */
  sendListMessage(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendListMessage', input, options);
  },

  /** `POST sendLink` (WhatsApp, deprecated: use `sendMessage`, which previews links). */
  sendLink(
    this: GreenApiClientCore,
    input: LegacyMessageInput,
    options?: GreenApiCallOptions,
  ): Promise<IdMessageResponse> {
    return postIdMessage(this, 'sendLink', input, options);
  },
};

/** The type of {@link greenApiSendingMethods}. */
export type GreenApiSendingMethods = typeof greenApiSendingMethods;

function headerSafe(fileName: string): string {
  return /^[\x20-\x7e]*$/.test(fileName) ? fileName : encodeURIComponent(fileName);
}
