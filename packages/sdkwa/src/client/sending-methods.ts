import { omitUndefined } from '@switchboard/core/adapter';
import {
  type IdMessageResponse,
  idMessageSchema,
  multipartForm,
  toBlob,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import {
  callPost,
  type SdkwaCallOptions,
  type SdkwaClientCore,
  type SdkwaUploadFile,
} from './sdkwa-client-core.js';
import type {
  SendButtonsInput,
  SendContactInput,
  SendFileByUploadInput,
  SendFileByUrlInput,
  SendListMessageInput,
  SendLocationInput,
  SendMessageInput,
  SendTemplateButtonsInput,
} from './sending-types.js';

const uploadSchema = v.looseObject({ urlFile: v.string() });

/**
 * How `uploadFile` sends the bytes: `multipart` (a `file` part, as the JS and Go SDKs do) or `binary`
 * (the raw bytes with their content type, as the OpenAPI and the Python SDK do). SDKWA's sources
 * conflict; both are accepted by the server as far as known.
 */
export type SdkwaUploadEncoding = 'multipart' | 'binary';

/** Sending methods. Every send is queued by SDKWA and answers `{idMessage}` at once. */
export const sdkwaSendingMethods = {
  /** `POST sendMessage`. */
  sendMessage(
    this: SdkwaClientCore,
    input: SendMessageInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(this, 'sendMessage', input, idMessageSchema, options);
  },

  /** `POST sendContact`. */
  sendContact(
    this: SdkwaClientCore,
    input: SendContactInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(
      this,
      'sendContact',
      { ...input, contact: omitUndefined(input.contact) },
      idMessageSchema,
      options,
    );
  },

  /** `POST sendLocation`. */
  sendLocation(
    this: SdkwaClientCore,
    input: SendLocationInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(this, 'sendLocation', input, idMessageSchema, options);
  },

  /** `POST sendFileByUrl`. */
  sendFileByUrl(
    this: SdkwaClientCore,
    input: SendFileByUrlInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(this, 'sendFileByUrl', input, idMessageSchema, options);
  },

  /**
   * `POST sendFileByUpload` (multipart): the file goes under `file` with its name as the part's
   * filename, and the name is also sent as a `fileName` field (the SDKs disagree on which one the
   * server reads, so both are given).
   */
  sendFileByUpload(
    this: SdkwaClientCore,
    input: SendFileByUploadInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    const { file, ...fields } = input;
    return this.call('sendFileByUpload', {
      verb: 'POST',
      body: multipartForm(file, { ...fields, fileName: file.fileName }),
      schema: idMessageSchema,
      ...options,
    });
  },

  /** `POST uploadFile`: stores a file and answers its URL (valid 14 days) for `sendFileByUrl`. */
  uploadFile(
    this: SdkwaClientCore,
    file: SdkwaUploadFile,
    options: SdkwaCallOptions & { encoding?: SdkwaUploadEncoding } = {},
  ): Promise<v.InferOutput<typeof uploadSchema>> {
    const { encoding = 'multipart', ...callOptions } = options;
    const blob = toBlob(file.data, file.mimeType);
    return this.call('uploadFile', {
      verb: 'POST',
      ...(encoding === 'binary'
        ? { body: blob, headers: { 'content-type': blob.type || 'application/octet-stream' } }
        : { body: multipartForm(file, {}) }),
      schema: uploadSchema,
      ...callOptions,
    });
  },

  /** `POST sendButtons` (Postman collection). */
  sendButtons(
    this: SdkwaClientCore,
    input: SendButtonsInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(this, 'sendButtons', input, idMessageSchema, options);
  },

  /** `POST sendTemplateButtons` (Postman collection). */
  sendTemplateButtons(
    this: SdkwaClientCore,
    input: SendTemplateButtonsInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(this, 'sendTemplateButtons', input, idMessageSchema, options);
  },

  /** `POST sendListMessage` (Postman collection). */
  sendListMessage(
    this: SdkwaClientCore,
    input: SendListMessageInput,
    options?: SdkwaCallOptions,
  ): Promise<IdMessageResponse> {
    return callPost(this, 'sendListMessage', input, idMessageSchema, options);
  },
};

/** The type of {@link sdkwaSendingMethods}. */
export type SdkwaSendingMethods = typeof sdkwaSendingMethods;
