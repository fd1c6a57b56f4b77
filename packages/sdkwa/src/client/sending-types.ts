import type { SdkwaUploadFile } from './sdkwa-client-core.js';

/** Fields every send accepts: the chat and an optional quoted message. */
export interface SdkwaSendTarget {
  /** Chat to send to: `79001234567@c.us` for a person, `…@g.us` for a group. */
  chatId: string;
  /** `idMessage` of the message to reply to. */
  quotedMessageId?: string | undefined;
  [field: string]: unknown;
}

/** `sendMessage`: text up to 4096 characters; `linkPreview` (default true), `archiveChat`. */
export interface SendMessageInput extends SdkwaSendTarget {
  /** Text of the message, at most 4096 characters. */
  message: string;
  /** `true` archives the chat after sending. */
  archiveChat?: boolean | undefined;
  /** `false` sends links without a preview; `true` when absent. */
  linkPreview?: boolean | undefined;
}

/** A contact card of `sendContact`: the phone as an integer and at least one name or the company. */
export interface SdkwaContact {
  /** Phone number with country code, digits only (`79001234567`). */
  phoneContact: number | string;
  /** Contact's first name. */
  firstName?: string | undefined;
  /** Contact's middle name. */
  middleName?: string | undefined;
  /** Contact's last name. */
  lastName?: string | undefined;
  /** Contact's company. */
  company?: string | undefined;
}

/** `sendContact`. */
export interface SendContactInput extends SdkwaSendTarget {
  /** The contact card to send. */
  contact: SdkwaContact;
}

/** `sendLocation`. */
export interface SendLocationInput extends SdkwaSendTarget {
  /** Latitude in decimal degrees. */
  latitude: number;
  /** Longitude in decimal degrees. */
  longitude: number;
  /** Name of the place. */
  nameLocation?: string | undefined;
  /** Address of the place. */
  address?: string | undefined;
}

/**
 * `sendFileByUrl`: the file name (with its extension) decides the kind; captions show on images and videos.
 */
export interface SendFileByUrlInput extends SdkwaSendTarget {
  /** Public URL SDKWA downloads the file from. */
  urlFile: string;
  /** File name with its extension, e.g. `report.pdf`; the extension decides how the file is sent. */
  fileName: string;
  /** Caption, shown on images and videos only. */
  caption?: string | undefined;
  /** `true` archives the chat after sending. */
  archiveChat?: boolean | undefined;
}

/** `sendFileByUpload` (multipart, up to 100 MB). */
export interface SendFileByUploadInput extends SdkwaSendTarget {
  /** The file bytes and their name, sent as the multipart `file` field. */
  file: SdkwaUploadFile;
  /** Caption, shown on images and videos only. */
  caption?: string | undefined;
}

/** A reply button of `sendButtons` (Postman collection). */
export interface SdkwaButton {
  /** Id the button's reply carries back. */
  buttonId: string;
  /** Label of the button. */
  buttonText: string;
}

/** `sendButtons` (Postman collection; WhatsApp may not show buttons to every client). */
export interface SendButtonsInput extends SdkwaSendTarget {
  /** Text above the buttons. */
  message: string;
  /** Grey text below the message. */
  footer?: string | undefined;
  /** The reply buttons. */
  buttons: SdkwaButton[];
}

/** `sendTemplateButtons` (Postman collection): URL, call and quick-reply buttons. */
export interface SendTemplateButtonsInput extends SdkwaSendTarget {
  /** Text above the buttons. */
  message: string;
  /** Heading above the message. */
  title?: string | undefined;
  /** Grey text below the message. */
  footer?: string | undefined;
  /** URL, call and quick-reply buttons, as SDKWA's Postman collection shapes them. */
  templateButtons: Array<Record<string, unknown>>;
}

/** `sendListMessage` (Postman collection): a menu of sections and rows. */
export interface SendListMessageInput extends SdkwaSendTarget {
  /** Text of the menu. */
  message: string;
  /** Label of the button that opens the menu. */
  buttonText: string;
  /** Heading above the message. */
  title?: string | undefined;
  /** Grey text below the message. */
  footer?: string | undefined;
  /** Sections of the menu, each with a title and rows, as SDKWA's Postman collection shapes them. */
  sections: Array<Record<string, unknown>>;
}
