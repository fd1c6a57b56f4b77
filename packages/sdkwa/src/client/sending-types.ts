import type { SdkwaUploadFile } from './sdkwa-client-core.js';

/** Fields every send accepts: the chat and an optional quoted message. */
export interface SdkwaSendTarget {
  chatId: string;
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/** `sendMessage`: text up to 4096 characters; `linkPreview` (default true), `archiveChat`. */
export interface SendMessageInput extends SdkwaSendTarget {
  message: string;
  archiveChat?: boolean | undefined;
  linkPreview?: boolean | undefined;
}

/** A contact card of `sendContact`: the phone as an integer and at least one name or the company. */
export interface SdkwaContact {
  phoneContact: number | string;
  firstName?: string | undefined;
  middleName?: string | undefined;
  lastName?: string | undefined;
  company?: string | undefined;
}

/** `sendContact`. */
export interface SendContactInput extends SdkwaSendTarget {
  contact: SdkwaContact;
}

/** `sendLocation`. */
export interface SendLocationInput extends SdkwaSendTarget {
  latitude: number;
  longitude: number;
  nameLocation?: string | undefined;
  address?: string | undefined;
}

/**
 * `sendFileByUrl`: the file name (with its extension) decides the kind; captions show on images and videos.
 */
export interface SendFileByUrlInput extends SdkwaSendTarget {
  urlFile: string;
  fileName: string;
  caption?: string | undefined;
  archiveChat?: boolean | undefined;
}

/** `sendFileByUpload` (multipart, up to 100 MB). */
export interface SendFileByUploadInput extends SdkwaSendTarget {
  file: SdkwaUploadFile;
  caption?: string | undefined;
}

/** A reply button of `sendButtons` (Postman collection). */
export interface SdkwaButton {
  buttonId: string;
  buttonText: string;
}

/** `sendButtons` (Postman collection; WhatsApp may not show buttons to every client). */
export interface SendButtonsInput extends SdkwaSendTarget {
  message: string;
  footer?: string | undefined;
  buttons: SdkwaButton[];
}

/** `sendTemplateButtons` (Postman collection): URL, call and quick-reply buttons. */
export interface SendTemplateButtonsInput extends SdkwaSendTarget {
  message: string;
  title?: string | undefined;
  footer?: string | undefined;
  templateButtons: Array<Record<string, unknown>>;
}

/** `sendListMessage` (Postman collection): a menu of sections and rows. */
export interface SendListMessageInput extends SdkwaSendTarget {
  message: string;
  buttonText: string;
  title?: string | undefined;
  footer?: string | undefined;
  sections: Array<Record<string, unknown>>;
}
