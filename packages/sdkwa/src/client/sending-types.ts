import type { SdkwaUploadFile } from './sdkwa-client-core.js';

/**
 * Fields every send accepts: the chat and an optional quoted message.
 *
 * @example
 * ```ts
 * const target: SdkwaSendTarget = { chatId: '79001234567@c.us', quotedMessageId: '3EB0C767D097B7C7C030' };
 * ```
 */
export interface SdkwaSendTarget {
  chatId: string;
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/**
 * `sendMessage`: text up to 4096 characters; `linkPreview` (default true), `archiveChat`.
 *
 * @example
 * ```ts
 * const input: SendMessageInput = { chatId: '79001234567@c.us', message: 'Hello', linkPreview: false };
 * ```
 */
export interface SendMessageInput extends SdkwaSendTarget {
  message: string;
  archiveChat?: boolean | undefined;
  linkPreview?: boolean | undefined;
}

/**
 * A contact card of `sendContact`: the phone as an integer and at least one name or the company.
 *
 * @example
 * ```ts
 * const contact: SdkwaContact = { phoneContact: 79001234567, firstName: 'Anna' };
 * ```
 */
export interface SdkwaContact {
  phoneContact: number | string;
  firstName?: string | undefined;
  middleName?: string | undefined;
  lastName?: string | undefined;
  company?: string | undefined;
}

/**
 * `sendContact`.
 *
 * @example
 * ```ts
 * const input: SendContactInput = { chatId, contact: { phoneContact: 79001234567, firstName: 'Anna' } };
 * ```
 */
export interface SendContactInput extends SdkwaSendTarget {
  contact: SdkwaContact;
}

/**
 * `sendLocation`.
 *
 * @example
 * ```ts
 * const input: SendLocationInput = { chatId, latitude: 55.74093, longitude: 37.620508, nameLocation: "I'm here" };
 * ```
 */
export interface SendLocationInput extends SdkwaSendTarget {
  latitude: number;
  longitude: number;
  nameLocation?: string | undefined;
  address?: string | undefined;
}

/**
 * `sendFileByUrl`: the file name (with its extension) decides the kind; captions show on images and videos.
 *
 * @example
 * ```ts
 * const input: SendFileByUrlInput = { chatId, urlFile: 'https://example.com/wa.png', fileName: 'wa.png', caption: 'wa' };
 * ```
 */
export interface SendFileByUrlInput extends SdkwaSendTarget {
  urlFile: string;
  fileName: string;
  caption?: string | undefined;
  archiveChat?: boolean | undefined;
}

/**
 * `sendFileByUpload` (multipart, up to 100 MB).
 *
 * @example
 * ```ts
 * const input: SendFileByUploadInput = { chatId, file: { data: zipBytes, fileName: 'temp.zip' } };
 * ```
 */
export interface SendFileByUploadInput extends SdkwaSendTarget {
  file: SdkwaUploadFile;
  caption?: string | undefined;
}

/**
 * A reply button of `sendButtons` (Postman collection).
 *
 * @example
 * ```ts
 * const button: SdkwaButton = { buttonId: '1', buttonText: 'Yes' };
 * ```
 */
export interface SdkwaButton {
  buttonId: string;
  buttonText: string;
}

/**
 * `sendButtons` (Postman collection; WhatsApp may not show buttons to every client).
 *
 * @example
 * ```ts
 * const input: SendButtonsInput = { chatId, message: 'Continue?', footer: 'Shop', buttons: [{ buttonId: '1', buttonText: 'Yes' }] };
 * ```
 */
export interface SendButtonsInput extends SdkwaSendTarget {
  message: string;
  footer?: string | undefined;
  buttons: SdkwaButton[];
}

/**
 * `sendTemplateButtons` (Postman collection): URL, call and quick-reply buttons.
 *
 * @example
 * ```ts
 * const input: SendTemplateButtonsInput = { chatId, message: 'Hi', templateButtons: [{ index: 1, urlButton: { displayText: 'Site', url: 'https://example.com' } }] };
 * ```
 */
export interface SendTemplateButtonsInput extends SdkwaSendTarget {
  message: string;
  title?: string | undefined;
  footer?: string | undefined;
  templateButtons: Array<Record<string, unknown>>;
}

/**
 * `sendListMessage` (Postman collection): a menu of sections and rows.
 *
 * @example
 * ```ts
 * const input: SendListMessageInput = { chatId, message: 'Menu', buttonText: 'Open', sections: [{ title: 'Pizza', rows: [{ rowId: '1', title: 'Margherita' }] }] };
 * ```
 */
export interface SendListMessageInput extends SdkwaSendTarget {
  message: string;
  buttonText: string;
  title?: string | undefined;
  footer?: string | undefined;
  sections: Array<Record<string, unknown>>;
}
